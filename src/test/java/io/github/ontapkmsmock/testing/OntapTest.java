package io.github.ontapkmsmock.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.github.ontapkmsmock.ontap.state.Clusters;
import io.github.ontapkmsmock.ontap.state.MockState;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;
import io.github.ontapkmsmock.ontap.version.OntapRelease;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Base of every {@code @QuarkusTest}: the state is back to the seeded start before each test, every request
 * authenticates as the cluster admin, and every response of the run is checked for leaked secrets and for ONTAP's
 * answer form (a JSON body, one Content-Type form).
 */
public abstract class OntapTest {

    public static final String USER = "admin";
    public static final String PASSWORD = "netapp1!";

    static {
        RestAssured.filters(new SecretLeakFilter(), new OntapAnswerFilter());
    }

    @Inject
    protected MockState state;

    @Inject
    protected EmulatedVersion version;

    @Inject
    protected Clusters clusters;

    /** The default cluster back to its seeded start, and no tenant (a test that uses tenants makes its own). */
    @BeforeEach
    void resetState() {
        clusters.dropTenants();
        state.reset();
    }

    @AfterEach
    void configuredRelease() {
        version.reset();
    }

    /** Behave as this ONTAP release until the test ends. */
    protected void emulate(String release) {
        version.set(OntapRelease.parse(release));
    }

    /**
     * The same over HTTPS, on the mock's self-signed certificate (the port is {@code quarkus.http.test-ssl-port}),
     * as a real ONTAP client reaches a cluster.
     */
    protected static RequestSpecification https() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-ssl-port", Integer.class);
        return api().baseUri("https://127.0.0.1").port(port).relaxedHTTPSValidation();
    }

    /** A request as an ONTAP client sends it: basic auth, JSON body, HAL accepted. */
    protected static RequestSpecification api() {
        return given().auth().preemptive().basic(USER, PASSWORD)
                .contentType("application/json").accept("application/hal+json");
    }

    /** An ONTAP error answer: status, code (a string) and target. */
    protected static ValidatableResponse assertError(ValidatableResponse answer, int status, String code,
            String target) {
        return answer.statusCode(status).body("error.code", equalTo(code)).body("error.target", equalTo(target));
    }
}

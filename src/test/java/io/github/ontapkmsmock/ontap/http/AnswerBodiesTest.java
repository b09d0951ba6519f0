package io.github.ontapkmsmock.ontap.http;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every answer has a JSON body, {@code {}} where there is no data (NetApp, "Interpret an ONTAP REST API
 * response"). {@code testing.OntapAnswerFilter} checks the same on every answer of the test run; these name the
 * cases. The Content-Type form: {@link ContentNegotiationTest}.
 */
@QuarkusTest
class AnswerBodiesTest extends OntapTest {

    private static final String KEY_MANAGERS = "/api/security/key-managers";
    private static final Map<String, Object> ONBOARD = Map.of("onboard",
            Map.of("passphrase", Secrets.passphrase(40, 'p')));

    @Test
    void createWithoutReturnRecordsAnswersAnEmptyObject() {
        api().body(ONBOARD).post(KEY_MANAGERS).then().statusCode(201)
                .header("Location", startsWith(KEY_MANAGERS + "/"))
                .contentType(equalTo("application/hal+json"))
                .body(equalTo("{}"));
    }

    @Test
    void patchAndDeleteAnswerAnEmptyObject() {
        String location = api().body(ONBOARD).post(KEY_MANAGERS).then().statusCode(201).extract().header("Location");
        api().body(Map.of("onboard", Map.of("existing_passphrase", Secrets.passphrase(40, 'p'),
                "passphrase", Secrets.passphrase(50, 'q')))).patch(location).then().statusCode(200)
                .contentType(equalTo("application/hal+json"))
                .body(equalTo("{}"));
        api().delete(location).then().statusCode(200).contentType(equalTo("application/hal+json")).body(equalTo("{}"));
        api().get(location).then().statusCode(404);
    }

    @Test
    void controlApiAnswersAnEmptyObjectWhereItHasNoData() {
        control().post("/_mock/reset").then().statusCode(200).contentType(equalTo("application/json"))
                .body(equalTo("{}"));
        control().delete("/_mock/requests").then().statusCode(200).body(equalTo("{}"));
    }
}

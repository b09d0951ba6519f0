package io.github.ontapkmsmock.testing;

import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;

import io.github.ontapkmsmock.ontap.version.EmulatedVersion;
import io.github.ontapkmsmock.ontap.version.OntapRelease;
import io.restassured.response.ValidatableResponse;

/** An {@link OntapTest} that sets the emulated release per test (back to the configured one after each). */
public abstract class ReleaseTest extends OntapTest {

    @Inject
    protected EmulatedVersion version;

    @AfterEach
    void configuredRelease() {
        version.reset();
    }

    protected void emulate(String release) {
        version.set(OntapRelease.parse(release));
    }

    /** An ONTAP error answer: status, code (a string) and target. */
    protected static ValidatableResponse assertError(ValidatableResponse answer, int status, String code,
            String target) {
        return answer.statusCode(status).body("error.code", equalTo(code)).body("error.target", equalTo(target));
    }
}

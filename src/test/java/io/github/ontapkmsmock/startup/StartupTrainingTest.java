package io.github.ontapkmsmock.startup;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.StartupTraining;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** The training run of the start-up archives ({@code -Pappcds}, {@code -Paot}) against a running mock. */
@QuarkusTest
class StartupTrainingTest extends OntapTest {

    @Inject
    StartupTraining training;

    @Test
    void trainingGetsTheAnswersItExpectsAndLeavesNoRecord() throws Exception {
        assertEquals(0, training.run());

        api().get("/api/security/aws-kms").then().statusCode(200).body("num_records", equalTo(0));
    }
}

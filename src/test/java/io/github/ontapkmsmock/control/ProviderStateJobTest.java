package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ProviderStatesTest.UUID_1;
import static io.github.ontapkmsmock.control.ProviderStatesTest.UUID_2;
import static io.github.ontapkmsmock.control.ProviderStatesTest.setup;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The state {@code a job exists} promises a finished job to poll, also when the mock runs every job for a while
 * ({@code ontap-mock.jobs.duration}, as the Ansible suite sets it next to a Pact verification in one instance).
 */
@QuarkusTest
@TestProfile(ProviderStateJobTest.SlowJobs.class)
class ProviderStateJobTest extends OntapTest {

    public static class SlowJobs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ontap-mock.jobs.duration", "1m");
        }
    }

    @Test
    void jobStateLeavesAFinishedJobWhenJobsRunForAWhile() {
        setup(ProviderStateCatalogue.JOB, Map.of("uuid", UUID_1)).statusCode(200);
        api().get("/api/cluster/jobs/" + UUID_1).then().statusCode(200).body("state", equalTo("success"));
        setup(ProviderStateCatalogue.JOB, Map.of("uuid", UUID_2, "operation_id", "aws_kms_rekey_external", "code",
                "65537547")).statusCode(200);
        api().get("/api/cluster/jobs/" + UUID_2).then().statusCode(200).body("state", equalTo("failure"))
                .body("code", equalTo(65537547));
    }
}

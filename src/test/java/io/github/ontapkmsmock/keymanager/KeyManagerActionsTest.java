package io.github.ontapkmsmock.keymanager;

import static io.github.ontapkmsmock.testing.Inventory.NODE1_UUID;
import static io.github.ontapkmsmock.testing.Inventory.VS1;
import static io.github.ontapkmsmock.testing.Inventory.VS1_CLIENT_CERT;
import static io.github.ontapkmsmock.testing.Inventory.VS1_SERVER_CA;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.github.ontapkmsmock.testing.Jobs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The asynchronous key-manager operations of later releases: {@code migrate} (9.7), {@code restore} (9.13) and PATCH
 * with {@code validate_certificates} (9.16), each a job.
 */
@QuarkusTest
class KeyManagerActionsTest extends KeyManagerFixtures {

    @Inject
    Reachability reachability;

    @Test
    void migrateBetweenTheClustersAndAnSvmsKeyManagerIsAJob() {
        String cluster = createOnboard();
        String vs0 = create(externalVs0("10.0.0.1"));
        JsonPath job = Jobs.awaitJob(accepted(migrate(vs0, cluster)));
        assertEquals("success", job.getString("state"));
        assertEquals(2, allKeyManagers().getList("records").size());
    }

    @Test
    void migrateRefusesItselfUnknownKeyManagersAndTwoSvms() {
        String cluster = createOnboard();
        String vs0 = create(externalVs0("10.0.0.1"));
        String vs1 = create(external(VS1, VS1_CLIENT_CERT, List.of(VS1_SERVER_CA), "10.0.0.2"));
        refused(migrate(cluster, cluster), "65536959");
        refused(migrate(vs0, "00000000-0000-0000-0000-000000000000"), "65537117");
        refused(migrate("00000000-0000-0000-0000-000000000000", cluster), "65537117");
        refused(migrate(vs0, vs1), "65536886");
    }

    @Test
    void migrateIsUnknownBeforeOntap97() {
        String cluster = createOnboard();
        String vs0 = create(externalVs0("10.0.0.1"));
        emulate("9.6");
        migrate(vs0, cluster).statusCode(404);
    }

    @Test
    void restoreIsAJobOfAnExternalKeyManagerFromOntap913() {
        String external = createExternalCluster("10.0.0.1");
        assertEquals("success", Jobs.awaitJob(accepted(restore(external))).getString("state"));
        emulate("9.12.1");
        restore(external).statusCode(404);
    }

    @Test
    void restoreRefusesAnOnboardKeyManager() {
        refused(restore(createOnboard()), "65536843");
    }

    @Test
    void validateCertificatesAnswersAJobThatTestsTheKeyServers() {
        String uuid = createExternalCluster("10.0.0.1");
        assertEquals("success", Jobs.awaitJob(accepted(validate(uuid))).getString("state"));
        reachability.mark(KeyService.KMIP, Optional.of(NODE1_UUID), false);
        JsonPath failed = Jobs.awaitJob(accepted(validate(uuid)));
        assertEquals("failure", failed.getString("state"));
        assertEquals("66060341", failed.getString("code"));
    }

    @Test
    void validateCertificatesIsUnknownBeforeOntap916AndNeedsAnExternalKeyManager() {
        refused(validate(createOnboard()), "65536828");
        String uuid = create(externalVs0("10.0.0.1"));
        emulate("9.15.1");
        refused(validate(uuid), "262179").body("error.target", equalTo("validate_certificates"));
    }

    private static ValidatableResponse migrate(String source, String destination) {
        return api().body(Map.of("uuid", destination)).post(KEY_MANAGERS + "/" + source + "/migrate").then();
    }

    private static ValidatableResponse restore(String uuid) {
        return api().post(KEY_MANAGERS + "/" + uuid + "/restore").then();
    }

    private static ValidatableResponse validate(String uuid) {
        return api().body(Map.of()).patch(KEY_MANAGERS + "/" + uuid + "?validate_certificates=true").then();
    }

    private static String accepted(ValidatableResponse answer) {
        return answer.statusCode(202).extract().jsonPath().getString("job._links.self.href");
    }

    private static ValidatableResponse refused(ValidatableResponse answer, String code) {
        return answer.statusCode(400).body("error.code", equalTo(code));
    }
}

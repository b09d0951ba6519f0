package io.github.ontapkmsmock.keystore;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** PATCH /api/security/key-stores/{uuid}: enable (switch) and, from 9.17, disable a configuration. */
@QuarkusTest
class KeystoreModifyTest extends KeystoreFixtures {

    @Test
    void enablingSwitchesTheSvmAndLeavesThePreviousInactive() {
        fourConfigurations();
        api().body(Map.of("enabled", true)).patch(PATH + "/" + VS0_SPARE + "?return_timeout=30").then()
                .statusCode(200).body("job.uuid", notNullValue());
        assertTrue(enabled(VS0_SPARE));
        assertFalse(enabled(VS0_ACTIVE));
        assertTrue(enabled(CLUSTER_ACTIVE), "another SVM's configuration is untouched");
        assertFalse(enabled(CLUSTER_SPARE));
    }

    @Test
    void answersWithAJobByDefault() {
        fourConfigurations();
        String job = api().body(Map.of("enabled", true)).patch(PATH + "/" + CLUSTER_SPARE).then().statusCode(202)
                .extract().path("job._links.self.href");
        JsonPath done = Jobs.awaitJob(job);
        assertEquals("success", done.getString("state"));
        assertTrue(enabled(CLUSTER_SPARE));
        assertFalse(enabled(CLUSTER_ACTIVE));
    }

    @Test
    void enablingTheEnabledConfigurationChangesNothing() {
        fourConfigurations();
        api().body(Map.of("enabled", true)).patch(PATH + "/" + VS0_ACTIVE + "?return_timeout=30").then()
                .statusCode(200);
        assertTrue(enabled(VS0_ACTIVE));
        assertFalse(enabled(VS0_SPARE));
    }

    @Test
    void enablingOnAnSvmWithoutKeyManagerOnlyEnables() {
        standIns.add(VS0_SPARE, Keystore.Type.akv, Inventory.VS1_UUID, false, "spare", false, true);
        api().body(Map.of("enabled", true)).patch(PATH + "/" + VS0_SPARE + "?return_timeout=30").then()
                .statusCode(200);
        assertTrue(enabled(VS0_SPARE));
    }

    @Test
    void disablingFrom917LeavesTheSvmWithoutEnabledConfiguration() {
        fourConfigurations();
        api().body(Map.of("enabled", false)).patch(PATH + "/" + VS0_ACTIVE + "?return_timeout=30").then()
                .statusCode(200);
        assertFalse(enabled(VS0_ACTIVE));
        assertFalse(enabled(VS0_SPARE));
    }

    @Test
    void disablingIsRefusedBefore917() {
        fourConfigurations();
        emulate("9.16.1");
        assertError(api().body(Map.of("enabled", false)).patch(PATH + "/" + VS0_ACTIVE).then(), 400, CommonErrors.INVALID_FIELD_VALUE,
                "enabled");
        assertTrue(enabled(VS0_ACTIVE));
    }

    @Test
    void enabledIsRequired() {
        fourConfigurations();
        assertError(api().body(Map.of()).patch(PATH + "/" + VS0_SPARE).then(), 400, CommonErrors.MISSING_VALUE, "enabled");
        assertError(api().patch(PATH + "/" + VS0_SPARE).then(), 400, CommonErrors.MISSING_VALUE, "enabled");
        assertFalse(enabled(VS0_SPARE));
    }

    @Test
    void readOnlyPropertiesCannotBeSet() {
        fourConfigurations();
        api().body(Map.of("enabled", true, "type", "aws")).patch(PATH + "/" + VS0_SPARE).then().statusCode(400)
                .body("error.code", equalTo(CommonErrors.UNEXPECTED_ARGUMENT));
        assertFalse(enabled(VS0_SPARE));
    }

    @Test
    void aConfigurationThatCannotBeInactiveIsNotSwitchedAway() {
        standIns.add(VS0_ACTIVE, Keystore.Type.aws, Inventory.VS0_UUID, false, "default", true, false);
        standIns.add(VS0_SPARE, Keystore.Type.akv, Inventory.VS0_UUID, false, "spare", false, true);
        assertError(api().body(Map.of("enabled", true)).patch(PATH + "/" + VS0_SPARE).then(), 400, CommonErrors.INVALID_FIELD_VALUE,
                "enabled");
        assertError(api().body(Map.of("enabled", false)).patch(PATH + "/" + VS0_ACTIVE).then(), 400, CommonErrors.INVALID_FIELD_VALUE,
                "enabled");
        assertTrue(enabled(VS0_ACTIVE));
        assertFalse(enabled(VS0_SPARE));
    }

    @Test
    void unknownUuidIsNotFound() {
        assertError(api().body(Map.of("enabled", true)).patch(PATH + "/no-such-keystore").then(), 404, "4", "uuid");
    }

    @Test
    void before914ThereIsNoPatch() {
        fourConfigurations();
        emulate("9.13.1");
        api().body(Map.of("enabled", true)).patch(PATH + "/" + VS0_SPARE).then().statusCode(404);
        emulate("9.17.1");
        assertFalse(enabled(VS0_SPARE));
    }
}

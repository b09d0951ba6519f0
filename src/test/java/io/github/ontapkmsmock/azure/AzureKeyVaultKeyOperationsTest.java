package io.github.ontapkmsmock.azure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.Jobs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** rekey-external (003:2311-2557), rekey-internal (003:4014-4237) and restore (003:4238-4414). */
@QuarkusTest
class AzureKeyVaultKeyOperationsTest extends AzureKeyVaultFixtures {

    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    @Test
    void rekeyExternalRunsAsJobAndTheConfigurationTakesTheNewKey() {
        String uuid = create(svmBody(Inventory.VS0));
        String job = api().body(Map.of("key_id", OTHER_KEY_ID)).post(PATH + "/" + uuid + "/rekey-external").then()
                .statusCode(202).body("job.uuid", notNullValue()).extract().jsonPath()
                .getString("job._links.self.href");
        JsonPath done = Jobs.awaitJob(job);
        assertEquals("success", done.getString("state"));
        assertEquals(OTHER_KEY_ID, record(uuid, null).getString("key_id"));
    }

    @Test
    void rekeyExternalWithinReturnTimeoutAnswers201() {
        String uuid = create(svmBody(Inventory.VS0));
        api().body(Map.of("key_id", OTHER_KEY_ID)).post(PATH + "/" + uuid + "/rekey-external?return_timeout=10")
                .then().statusCode(201).body("job.uuid", notNullValue());
        assertEquals(OTHER_KEY_ID, record(uuid, null).getString("key_id"));
    }

    @Test
    void rekeyExternalRefusesKeyIdNotOfTheDocumentedForm() {
        String uuid = create(svmBody(Inventory.VS0));
        assertError(api().body(Map.of("key_id", "https://kv.vault.azure.net/keys/")).post(PATH + "/" + uuid
                + "/rekey-external").then(), 400, AzureKeyVaultService.INVALID_KEY_ID, "key_id");
        assertError(api().body(Map.of()).post(PATH + "/" + uuid + "/rekey-external").then(), 400, "262177",
                "key_id");
        assertEquals(KEY_ID, record(uuid, null).getString("key_id"));
    }

    @Test
    void rekeyInternalAndRestoreRunAsJobs() {
        String uuid = create(svmBody(Inventory.VS0));
        for (String operation : List.of("rekey-internal", "restore")) {
            JsonPath accepted = api().post(PATH + "/" + uuid + "/" + operation).then().statusCode(202)
                    .extract().jsonPath();
            JsonPath job = Jobs.awaitJob(accepted.getString("job._links.self.href"));
            assertEquals("success", job.getString("state"));
            assertEquals("POST " + PATH + "/" + uuid + "/" + operation, job.getString("description"));
            api().post(PATH + "/" + uuid + "/" + operation + "?return_timeout=10").then().statusCode(201)
                    .body("job.uuid", notNullValue());
        }
        assertEquals(KEY_ID, record(uuid, null).getString("key_id"));
    }

    @Test
    void keyOperationsOnUnknownUuidAreNotFound() {
        for (String operation : List.of("rekey-internal", "restore")) {
            assertError(api().post(PATH + "/" + UNKNOWN + "/" + operation).then(), 404, "4", "uuid")
                    .body("error.message", equalTo("entry doesn't exist"));
        }
        assertError(api().body(Map.of("key_id", OTHER_KEY_ID)).post(PATH + "/" + UNKNOWN + "/rekey-external")
                .then(), 404, "4", "uuid");
    }

    @Test
    void keyOperationsOnDeletedConfigurationAreNotFound() {
        String uuid = create(clusterBody());
        api().delete(PATH + "/" + uuid + "?return_timeout=10").then().statusCode(200);
        assertError(api().post(PATH + "/" + uuid + "/restore").then(), 404, "4", "uuid");
    }
}

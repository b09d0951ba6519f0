package io.github.ontapkmsmock.azure;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** An ONTAP client's whole round over HTTPS: every operation answers 202 and the client polls each job. */
@QuarkusTest
class AzureKeyVaultLifecycleTest extends AzureKeyVaultFixtures {

    @Test
    void fullLifecycleOverHttpsWithJobPolling() {
        Response created = https().body(svmBody(Inventory.VS0)).post(PATH).then().statusCode(202).extract()
                .response();
        awaitSuccess(created);
        String uuid = createdUuid(created);

        https().get(PATH + "/" + uuid + "?fields=**").then().statusCode(200)
                .body("enabled", equalTo(true))
                .body("state.available", equalTo(true))
                .body("azure_reachability.reachable", equalTo(true));

        awaitSuccess(https().body(Map.of("client_secret", Secrets.secret("rotated"), "proxy_host", "proxy.corp"))
                .patch(PATH + "/" + uuid).then().statusCode(202).extract().response());
        assertEquals("proxy.corp", get(uuid).getString("proxy_host"));

        awaitSuccess(https().body(Map.of("key_id", OTHER_KEY_ID)).post(PATH + "/" + uuid + "/rekey-external").then()
                .statusCode(202).extract().response());
        assertEquals(OTHER_KEY_ID, get(uuid).getString("key_id"));

        awaitSuccess(https().post(PATH + "/" + uuid + "/rekey-internal").then().statusCode(202).extract().response());
        awaitSuccess(https().post(PATH + "/" + uuid + "/restore").then().statusCode(202).extract().response());

        awaitSuccess(https().delete(PATH + "/" + uuid).then().statusCode(202).extract().response());
        https().get(PATH + "/" + uuid).then().statusCode(404).body("error.code", equalTo("4"));
        https().get(PATH).then().statusCode(200).body("num_records", equalTo(0));
    }

    private static JsonPath get(String uuid) {
        return https().get(PATH + "/" + uuid).then().statusCode(200).extract().jsonPath();
    }

    /** Polls the job as an ONTAP client does, over HTTPS; it must succeed. */
    private static void awaitSuccess(Response accepted) {
        JsonPath job = Jobs.awaitJob(OntapTest::https, accepted.jsonPath().getString("job._links.self.href"));
        assertEquals("success", job.getString("state"), job::prettify);
    }
}

package io.github.ontapkmsmock.awskms;

import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.PATH;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What an ONTAP client does with AWS KMS, over HTTPS with basic auth: create, read, update, the three key actions
 * (each job polled until it ends), delete.
 */
@QuarkusTest
class AwsKmsClientRunTest extends OntapTest {

    @Test
    void aClientRunsTheWholeLifecycleOverHttps() {
        JsonPath created = https().body(AwsKmsFixtures.requiredBody(Inventory.VS0))
                .post(PATH + "?return_records=true").then().statusCode(201)
                .body("records[0].svm.name", equalTo(Inventory.VS0))
                .extract().jsonPath();
        String uuid = created.getString("records[0].uuid");
        String href = PATH + "/" + uuid;

        https().get(href + "?fields=*,state").then().statusCode(200)
                .body("key_id", equalTo(AwsKmsFixtures.KEY_ID))
                .body("state.cluster_state", equalTo(true));

        https().body(Map.of("access_key_id", "AKNEWACCESSKEY000001", "secret_access_key", Secrets.secret("rotated"),
                "polling_period", 30)).patch(href).then().statusCode(200).body(equalTo("{}"));
        https().get(href).then().statusCode(200)
                .body("access_key_id", equalTo("AKNEWACCESSKEY000001"))
                .body("polling_period", equalTo(30))
                .body("$", not(hasKey("secret_access_key")));

        String rekeyExternal = https().body(Map.of("key_id", "key01")).post(href + "/rekey-external").then()
                .statusCode(202).extract().path("job._links.self.href");
        assertEquals("success", pollOverHttps(rekeyExternal).getString("state"));
        https().get(href).then().statusCode(200).body("key_id", equalTo("key01"));

        String rekeyInternal = https().post(href + "/rekey-internal").then().statusCode(202).extract()
                .path("job._links.self.href");
        assertEquals("success", pollOverHttps(rekeyInternal).getString("state"));

        String restore = https().post(href + "/restore").then().statusCode(202).extract()
                .path("job._links.self.href");
        assertEquals("success", pollOverHttps(restore).getString("state"));

        https().delete(href).then().statusCode(200).body(equalTo("{}"));
        https().get(href).then().statusCode(404).body("error.code", equalTo("4"));
        https().get(PATH).then().statusCode(200).body("num_records", equalTo(0));
    }

    private static JsonPath pollOverHttps(String jobHref) {
        return Jobs.awaitJob(OntapTest::https, jobHref);
    }
}

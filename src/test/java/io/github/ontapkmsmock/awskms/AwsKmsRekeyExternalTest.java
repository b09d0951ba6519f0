package io.github.ontapkmsmock.awskms;

import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.PATH;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.create;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.get;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.model.AwsKmsKey;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** POST /api/security/aws-kms/{aws_kms.uuid}/rekey-external (000 l.997-1048, 001). */
@QuarkusTest
class AwsKmsRekeyExternalTest extends OntapTest {

    @Inject
    AwsKmsService service;

    private String uuid;

    @BeforeEach
    void oneConfiguration() {
        uuid = create(Inventory.VS0);
    }

    @Test
    void rekeyExternalAnswers202WithAJobThatGivesTheNewKey() {
        JsonPath accepted = api().body(Map.of("key_id", "key01")).post(PATH + "/" + uuid + "/rekey-external")
                .then().statusCode(202)
                .body("job.uuid", notNullValue())
                .body("job._links.self.href", matchesPattern("/api/cluster/jobs/[0-9a-f-]{36}"))
                .extract().jsonPath();

        JsonPath job = Jobs.awaitJob(accepted.getString("job._links.self.href"));

        assertEquals("success", job.getString("state"));
        assertEquals(accepted.getString("job.uuid"), job.getString("uuid"));
        assertEquals("key01", get(uuid).getString("key_id"));
    }

    @Test
    void rekeyExternalAnswers201WhenReturnTimeoutLetsTheJobFinish() {
        JsonPath finished = api().body(Map.of("key_id", "key02"))
                .post(PATH + "/" + uuid + "/rekey-external?return_timeout=10").then().statusCode(201)
                .body("job.uuid", notNullValue())
                .extract().jsonPath();

        assertEquals("success", Jobs.awaitJob(finished.getString("job._links.self.href")).getString("state"));
        assertEquals("key02", get(uuid).getString("key_id"));
    }

    @Test
    void rekeyExternalKeepsEverythingButTheKey() {
        Map<String, Object> before = get(uuid).getMap("");

        api().body(Map.of("key_id", "key03")).post(PATH + "/" + uuid + "/rekey-external?return_timeout=10")
                .then().statusCode(201);

        Map<String, Object> after = get(uuid).getMap("");
        after.put("key_id", before.get("key_id"));
        assertEquals(before, after);
    }

    @Test
    void rekeyExternalOfAnUnknownConfigurationAnswers65537926() {
        api().body(Map.of("key_id", "key01")).post(PATH + "/6b6a3f1e-0000-0000-0000-000000000000/rekey-external")
                .then().statusCode(404)
                .body("error.code", equalTo("65537926"))
                .body("error.message", equalTo("AWS KMS is not configured for the given SVM."))
                .body("error.target", equalTo("aws_kms.uuid"));
        assertEquals(AwsKmsFixtures.KEY_ID, get(uuid).getString("key_id"));
    }

    @Test
    void rekeyExternalRequiresAKeyId() {
        api().body(Map.of()).post(PATH + "/" + uuid + "/rekey-external").then().statusCode(400)
                .body("error.code", equalTo("262177"))
                .body("error.target", equalTo("key_id"));
        assertEquals(AwsKmsFixtures.KEY_ID, get(uuid).getString("key_id"));
    }

    @Test
    void rekeyExternalRejectsAnEmptyKeyId() {
        api().body(Map.of("key_id", "")).post(PATH + "/" + uuid + "/rekey-external").then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("key_id"));
        assertEquals(AwsKmsFixtures.KEY_ID, get(uuid).getString("key_id"));
    }

    @Test
    void rekeyExternalRejectsAReturnTimeoutOutOfRange() {
        api().body(Map.of("key_id", "key01")).post(PATH + "/" + uuid + "/rekey-external?return_timeout=121")
                .then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("return_timeout"));
        assertEquals(AwsKmsFixtures.KEY_ID, get(uuid).getString("key_id"));
    }

    @Test
    void rekeyExternalJobFailsWith65537926WhenTheConfigurationIsGoneBeforeItRuns() {
        Runnable work = service.rekeyExternal(uuid, new AwsKmsKey().keyId("key04"));
        service.delete(uuid);

        OntapException failure = assertThrows(OntapException.class, work::run);

        assertEquals(AwsKmsService.NOT_CONFIGURED, failure.code());
        assertEquals(0, AwsKmsFixtures.count());
    }

    /** A key given as a number is refused, not turned into the string "123" (issue 11). */
    @Test
    void rekeyExternalRejectsAKeyIdOfTheWrongType() {
        api().body(Map.of("key_id", 123)).post(PATH + "/" + uuid + "/rekey-external").then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("key_id"))
                .body("error.message", equalTo("Invalid value for field \"key_id\": expected a string."));
        assertEquals(AwsKmsFixtures.KEY_ID, get(uuid).getString("key_id"));
    }
}

package io.github.ontapkmsmock.awskms;

import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.PATH;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.count;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.create;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.fullBody;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.get;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.requiredBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.testing.StandInKeystores;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** POST /api/security/aws-kms (000 l.588-859). */
@QuarkusTest
class AwsKmsCreateTest extends OntapTest {

    /** Properties of the record that POST's body does not take (000 l.596-618), with a value of the right type. */
    private static final Map<String, Object> NOT_FOR_POST = Map.of("timeout", 20, "verify", true, "skip_verify",
            true, "uuid", "f72098a2-e908-11ea-bd56-005056bb4222", "scope", "svm");

    @Inject
    StandInKeystores standIns;

    @Test
    void createAnswers201WithLocationAndNoBody() {
        var answer = api().body(requiredBody(Inventory.VS0)).post(PATH);

        answer.then().statusCode(201).body(equalTo("{}"));
        String uuid = answer.header("Location").substring(PATH.length() + 1);
        JsonPath stored = get(uuid);
        assertEquals(Inventory.VS0_UUID, stored.getString("svm.uuid"));
        assertEquals(1, count());
    }

    @Test
    void createWithReturnRecordsAnswersWhatWasSentWithoutTheSecret() {
        var answer = api().body(requiredBody(Inventory.VS0)).post(PATH + "?return_records=true");

        answer.then().statusCode(201)
                .body("num_records", equalTo(1))
                .body("records[0].svm.uuid", equalTo(Inventory.VS0_UUID))
                .body("records[0].svm.name", equalTo(Inventory.VS0))
                .body("records[0].region", equalTo(AwsKmsFixtures.REGION))
                .body("records[0].key_id", equalTo(AwsKmsFixtures.KEY_ID))
                .body("records[0].access_key_id", equalTo(AwsKmsFixtures.ACCESS_KEY_ID))
                .body("records[0]", not(hasKey("secret_access_key")))
                .body("records[0]", not(hasKey("state")));
        String uuid = answer.jsonPath().getString("records[0].uuid");
        answer.then().header("Location", equalTo(PATH + "/" + uuid))
                .body("records[0]._links.self.href", equalTo(PATH + "/" + uuid));
    }

    @Test
    void createBySvmUuidNamesTheSvm() {
        Map<String, Object> body = requiredBody(Inventory.VS1);
        body.put("svm", Map.of("uuid", Inventory.VS1_UUID));

        String uuid = create(body);

        JsonPath stored = get(uuid);
        assertEquals(Inventory.VS1, stored.getString("svm.name"));
        assertEquals("svm", stored.getString("scope"));
    }

    @Test
    void createKeepsEveryOptionalPropertyButShowsNoPassword() {
        String uuid = create(fullBody(Inventory.VS0));

        api().get(PATH + "/" + uuid).then().statusCode(200)
                .body("region", equalTo("us-west-2"))
                .body("service", equalTo("dynamodb.*.amazonaws.com"))
                .body("default_domain", equalTo("example.com"))
                .body("host", equalTo("aws-host.host.com"))
                .body("port", equalTo(8443))
                .body("proxy_type", equalTo("http"))
                .body("proxy_host", equalTo("proxy.eng.com"))
                .body("proxy_port", equalTo(1234))
                .body("proxy_username", equalTo("proxyuser"))
                .body("polling_period", equalTo(55))
                .body("encryption_context", equalTo("aws:fsx:fs-id=fs-0785c8beceb895999"))
                .body("$", not(hasKey("proxy_password")))
                .body("$", not(hasKey("secret_access_key")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"region", "key_id", "access_key_id", "secret_access_key"})
    void createRejectsAMissingRequiredProperty(String field) {
        Map<String, Object> body = requiredBody(Inventory.VS0);
        body.remove(field);

        api().body(body).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("262177"))
                .body("error.target", equalTo(field));
        assertEquals(0, count());
    }

    @Test
    void createRejectsAMissingSvm() {
        Map<String, Object> body = requiredBody(Inventory.VS0);
        body.remove("svm");

        api().body(body).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("262177"))
                .body("error.target", equalTo("svm"));
        assertEquals(0, count());
    }

    @Test
    void createRejectsAnSvmNameThatDoesNotExist() {
        api().body(requiredBody("nope")).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("2621462"))
                .body("error.message", equalTo("SVM \"nope\" does not exist."))
                .body("error.target", equalTo("svm.name"));
        assertEquals(0, count());
    }

    @Test
    void createRejectsAnSvmUuidThatDoesNotExist() {
        Map<String, Object> body = requiredBody(Inventory.VS0);
        body.put("svm", Map.of("uuid", "00000000-0000-0000-0000-000000000000"));

        api().body(body).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("2621462"))
                .body("error.message", equalTo("SVM \"00000000-0000-0000-0000-000000000000\" does not exist."))
                .body("error.target", equalTo("svm.uuid"));
        assertEquals(0, count());
    }

    @Test
    void createRejectsSvmUuidAndNameOfDifferentSvms() {
        Map<String, Object> body = requiredBody(Inventory.VS0);
        body.put("svm", Map.of("uuid", Inventory.VS0_UUID, "name", Inventory.VS1));

        api().body(body).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("262186"))
                .body("error.target", equalTo("svm.name"));
        assertEquals(0, count());
    }

    @Test
    void createRejectsTheAdminSvm() {
        api().body(requiredBody(Inventory.ADMIN_SVM)).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("65537908"))
                .body("error.message",
                        equalTo("The Amazon Web Service Key Management Service is not supported for the admin SVM."))
                .body("error.target", equalTo("svm"));
        assertEquals(0, count());
    }

    @Test
    void createRejectsSecondKeyManagerForSameSvm() {
        String first = create(Inventory.VS0);
        Map<String, Object> second = requiredBody(Inventory.VS0);
        second.put("key_id", "another-key");

        api().body(second).post(PATH).then().statusCode(409)
                .body("error.code", equalTo("65537910"))
                .body("error.message", equalTo("Failed to configure Amazon Web Service Key Management Service for an"
                        + " SVM because a key manager has already been configured for the SVM."));
        assertEquals(1, count());
        assertEquals(AwsKmsFixtures.KEY_ID, get(first).getString("key_id"));
    }

    @Test
    void createRejectsSvmWithAKeyManagerOfAnotherFamily() {
        standIns.add("33333333-0000-4000-8000-000000000001", Keystore.Type.akv, Inventory.VS1_UUID, false, "default",
                true, true);

        api().body(requiredBody(Inventory.VS1)).post(PATH).then().statusCode(409)
                .body("error.code", equalTo("65537910"));
        assertEquals(0, count());
    }

    @Test
    void createForAnotherSvmIsIndependent() {
        create(Inventory.VS0);
        create(Inventory.VS1);

        assertEquals(2, count());
    }

    @Test
    void createRejectsAnEmptySecretAccessKey() {
        Map<String, Object> body = requiredBody(Inventory.VS0);
        body.put("secret_access_key", "");

        api().body(body).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("65537900"))
                .body("error.target", equalTo("secret_access_key"));
        assertEquals(0, count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"region", "key_id", "access_key_id"})
    void createRejectsAnEmptyRequiredValue(String field) {
        Map<String, Object> body = requiredBody(Inventory.VS0);
        body.put(field, "");

        api().body(body).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo(field));
        assertEquals(0, count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeout", "verify", "skip_verify", "uuid", "scope"})
    void createRejectsPropertiesPostDoesNotTake(String field) {
        Map<String, Object> body = requiredBody(Inventory.VS0);
        body.put(field, NOT_FOR_POST.get(field));

        api().body(body).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("262179"))
                .body("error.target", equalTo(field));
        assertEquals(0, count());
    }

    @Test
    void createRejectsAnUnknownProperty() {
        Map<String, Object> body = requiredBody(Inventory.VS0);
        body.put("colour", "blue");

        api().body(body).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("262179"))
                .body("error.target", equalTo("colour"));
        assertEquals(0, count());
    }

    @Test
    void createRejectsAWrongType() {
        Map<String, Object> body = requiredBody(Inventory.VS0);
        body.put("port", "https");

        api().body(body).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("port"));
        assertEquals(0, count());
    }

    @Test
    void concurrentCreatesForOneSvmLetOneWin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> creates = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                creates.add(() -> api().body(requiredBody(Inventory.VS0)).post(PATH).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(creates)) {
                statuses.add(f.get());
            }

            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
            assertEquals(1, count());
        } finally {
            pool.shutdownNow();
        }
    }

    /** AWS documents a key ID of at most 2048 characters and an access key ID of at most 128 (docs/aws-kms.md). */
    @ParameterizedTest
    @ValueSource(strings = {"key_id:2049", "access_key_id:129", "region:256", "proxy_host:256"})
    void createRejectsAnOverLongValue(String fieldAndLength) {
        String field = fieldAndLength.split(":")[0];
        int length = Integer.parseInt(fieldAndLength.split(":")[1]);
        Map<String, Object> body = requiredBody(Inventory.VS0);
        body.put(field, "x".repeat(length));

        api().body(body).post(PATH).then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo(field))
                .body("error.message", equalTo("Invalid value for field \"" + field + "\": expected at most "
                        + (length - 1) + " characters."));
        assertEquals(0, count());
    }
}

package io.github.ontapkmsmock.awskms;

import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.PATH;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.create;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.get;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/** PATCH /api/security/aws-kms/{uuid} (000 l.1574-1738, examples l.233-259). */
@QuarkusTest
class AwsKmsModifyTest extends OntapTest {

    /** What the configuration shows before each test; a refused PATCH must leave it exactly so. */
    private Map<String, Object> before;
    private String uuid;

    @BeforeEach
    void oneConfiguration() {
        uuid = create(Inventory.VS0);
        before = get(uuid).getMap("");
    }

    @Test
    void modifyChangesEveryDocumentedConfigurationProperty() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", "eu-west-1");
        body.put("service", "10");
        body.put("default_domain", "216.9");
        body.put("port", 8000);
        body.put("proxy_type", "https");
        body.put("proxy_host", "proxy.eng.com");
        body.put("proxy_port", 3128);
        body.put("proxy_username", "proxyuser");
        body.put("proxy_password", Secrets.secret("proxy"));
        body.put("polling_period", 30);
        body.put("timeout", 20);
        body.put("verify", false);
        body.put("verify_host", false);
        body.put("verify_ip", true);
        body.put("host", "172.20.216.9");
        body.put("encryption_context", "aws:fsx:fs-id=fs-1");

        api().body(body).patch(PATH + "/" + uuid).then().statusCode(200).body(equalTo("{}"));

        api().get(PATH + "/" + uuid).then().statusCode(200)
                .body("region", equalTo("eu-west-1"))
                .body("service", equalTo("10"))
                .body("default_domain", equalTo("216.9"))
                .body("port", equalTo(8000))
                .body("proxy_type", equalTo("https"))
                .body("proxy_host", equalTo("proxy.eng.com"))
                .body("proxy_port", equalTo(3128))
                .body("proxy_username", equalTo("proxyuser"))
                .body("polling_period", equalTo(30))
                .body("timeout", equalTo(20))
                .body("verify", equalTo(false))
                .body("verify_host", equalTo(false))
                .body("verify_ip", equalTo(true))
                .body("host", equalTo("172.20.216.9"))
                .body("encryption_context", equalTo("aws:fsx:fs-id=fs-1"))
                .body("key_id", equalTo(AwsKmsFixtures.KEY_ID))
                .body("access_key_id", equalTo(AwsKmsFixtures.ACCESS_KEY_ID))
                .body("$", not(hasKey("proxy_password")));
    }

    @Test
    void modifyChangesOnlyWhatTheBodyGives() {
        api().body(Map.of("polling_period", 15)).patch(PATH + "/" + uuid).then().statusCode(200);

        Map<String, Object> after = get(uuid).getMap("");
        assertEquals(15, after.get("polling_period"));
        after.put("polling_period", before.get("polling_period"));
        assertEquals(before, after);
    }

    @Test
    void modifyReplacesTheCredentials() {
        Map<String, Object> body = Map.of("access_key_id", "AKNEWACCESSKEY000001", "secret_access_key",
                Secrets.secret("rotated"), "skip_verify", true);

        api().body(body).patch(PATH + "/" + uuid).then().statusCode(200).body(equalTo("{}"));

        api().get(PATH + "/" + uuid).then().statusCode(200)
                .body("access_key_id", equalTo("AKNEWACCESSKEY000001"))
                .body("$", not(hasKey("secret_access_key")))
                .body("$", not(hasKey("skip_verify")));
    }

    @Test
    void modifyRejectsAnEmptyBody() {
        api().body(Map.of()).patch(PATH + "/" + uuid).then().statusCode(400)
                .body("error.code", equalTo("65537541"))
                .body("error.message", equalTo("No inputs provided for the REST API PATCH request."));
        assertEquals(before, get(uuid).getMap(""));
    }

    @Test
    void modifyRejectsAnEmptySecretAccessKey() {
        api().body(Map.of("access_key_id", "AKNEWACCESSKEY000001", "secret_access_key", "")).patch(PATH + "/" + uuid)
                .then().statusCode(400)
                .body("error.code", equalTo("65537920"))
                .body("error.message", equalTo("Secret access key cannot be empty."))
                .body("error.target", equalTo("secret_access_key"));
        assertEquals(before, get(uuid).getMap(""));
    }

    @Test
    void modifyRejectsAnEmptyAccessKeyId() {
        api().body(Map.of("access_key_id", "", "secret_access_key", Secrets.secret("rotated")))
                .patch(PATH + "/" + uuid).then().statusCode(400)
                .body("error.code", equalTo("65537924"))
                .body("error.message", equalTo("Access key ID cannot be empty."))
                .body("error.target", equalTo("access_key_id"));
        assertEquals(before, get(uuid).getMap(""));
    }

    @Test
    void modifyRejectsSkipVerifyWithoutAccessKeyId() {
        api().body(Map.of("skip_verify", true, "secret_access_key", Secrets.secret("rotated")))
                .patch(PATH + "/" + uuid).then().statusCode(400)
                .body("error.code", equalTo("262186"))
                .body("error.message",
                        equalTo("\"skip_verify\" can only be specified together with \"access_key_id\"."))
                .body("error.target", equalTo("skip_verify"));
        assertEquals(before, get(uuid).getMap(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"svm", "key_id", "uuid", "scope"})
    void modifyRejectsAFieldThatCannotBeSet(String field) {
        Object value = field.equals("svm") ? Map.of("name", Inventory.VS1) : "svm";

        api().body(Map.of(field, value, "region", "eu-west-1")).patch(PATH + "/" + uuid).then().statusCode(400)
                .body("error.code", equalTo("262179"))
                .body("error.message", equalTo("Field \"" + field + "\" cannot be set in this operation."))
                .body("error.target", equalTo(field));
        assertEquals(before, get(uuid).getMap(""));
    }

    @Test
    void modifyOfAnUnknownUuidAnswers404Code4() {
        api().body(Map.of("region", "eu-west-1")).patch(PATH + "/6b6a3f1e-0000-0000-0000-000000000000").then()
                .statusCode(404)
                .body("error.code", equalTo("4"))
                .body("error.target", equalTo("uuid"));
        assertEquals(before, get(uuid).getMap(""));
    }

    @Test
    void modifyRejectsAWrongType() {
        api().body(Map.of("polling_period", "hourly")).patch(PATH + "/" + uuid).then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("polling_period"));
        assertEquals(before, get(uuid).getMap(""));
    }

    /**
     * A value of the wrong JSON type is refused as it is on POST (issue 11): never coerced, a number is not a string,
     * a string not a number, a fraction not an integer, a boolean not a string.
     */
    @ParameterizedTest
    @MethodSource("wrongTypes")
    void modifyRefusesAValueOfTheWrongTypeWithoutCoercingIt(String field, Object value, String expected) {
        api().body(Map.of(field, value)).patch(PATH + "/" + uuid).then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo(field))
                .body("error.message", equalTo("Invalid value for field \"" + field + "\": expected " + expected
                        + "."));
        assertEquals(before, get(uuid).getMap(""));
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("access_key_id", 123, "a string"),
                Arguments.of("secret_access_key", true, "a string"),
                Arguments.of("region", 1.5, "a string"),
                Arguments.of("port", 1.5, "an integer"),
                Arguments.of("port", "443", "an integer"),
                Arguments.of("timeout", true, "an integer"),
                Arguments.of("verify", 1, "true or false"),
                Arguments.of("verify_ip", "true", "true or false"),
                Arguments.of("host", List.of("a"), "a string"),
                Arguments.of("proxy_port", Map.of("v", 1), "an integer"));
    }

    /** Every string has a length limit (docs/aws-kms.md): a host name at most 255 characters, a key ID 2048. */
    @Test
    void modifyRefusesAnOverLongValue() {
        api().body(Map.of("host", "h".repeat(256))).patch(PATH + "/" + uuid).then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("host"))
                .body("error.message", equalTo("Invalid value for field \"host\": expected at most 255 characters."));
        api().body(Map.of("encryption_context", "c".repeat(1025))).patch(PATH + "/" + uuid).then().statusCode(400)
                .body("error.code", equalTo("262197")).body("error.target", equalTo("encryption_context"));
        assertEquals(before, get(uuid).getMap(""));
        api().body(Map.of("host", "h".repeat(255))).patch(PATH + "/" + uuid).then().statusCode(200);
    }
}

package io.github.ontapkmsmock.azure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What an older emulated release does differently: the 9.11.1 page (seed 004) against the 9.17.1 page (seed 003),
 * and the "Introduced in" notes of the latter.
 */
@QuarkusTest
class AzureKeyVaultVersionTest extends AzureKeyVaultFixtures {

    @Test
    void before914CreateAnswers201DirectlyWithLocation() {
        emulate("9.11.1");
        api().body(svmBody(Inventory.VS0)).post(PATH + "?return_records=true").then().statusCode(201)
                .header("Location", startsWith(PATH + "/"))
                .body("num_records", equalTo(1))
                .body("records[0].svm.name", equalTo(Inventory.VS0))
                .body("$", not(hasKey("job")));
        api().body(svmBody(Inventory.VS1)).post(PATH).then().statusCode(201).body(equalTo("{}"));
        assertEquals(2, uuids().size());
    }

    @Test
    void before914AJobFaultOnCreateIsRefusedAndCreatesNothing() {
        emulate("9.11.1");
        api().header("X-Mock-Job-Error", "65537500").body(svmBody(Inventory.VS0)).post(PATH).then().statusCode(400)
                .body("error.target", equalTo("X-Mock-Job-Error"))
                .body("error.message", startsWith("ontap-kms-mock: "));
        assertNoConfigurations();
    }

    @Test
    void before914DeleteAnswers200Directly() {
        emulate("9.11.1");
        String uuid = create(svmBody(Inventory.VS0));
        api().delete(PATH + "/" + uuid).then().statusCode(200).body(equalTo("{}"));
        assertNoConfigurations();
    }

    @Test
    void before914RecordsHaveNoFieldsIntroducedLater() {
        emulate("9.11.1");
        String uuid = create(svmBody(Inventory.VS0));
        api().get(PATH + "/" + uuid + "?fields=**").then().statusCode(200)
                .body("authentication_method", equalTo("client_secret"))
                .body("scope", equalTo("svm"))
                .body("state.available", equalTo(true))
                .body("$", not(hasKey("configuration")))
                .body("$", not(hasKey("enabled")))
                .body("$", not(hasKey("oauth_host")))
                .body("$", not(hasKey("port")))
                .body("$", not(hasKey("vault_host")))
                .body("$", not(hasKey("verify_host")))
                .body("$", not(hasKey("verify_ip")));
        api().get(PATH + "?fields=*").then().statusCode(200)
                .body("records[0]", not(hasKey("configuration")))
                .body("records[0]", not(hasKey("enabled")));
    }

    @Test
    void before914FieldsIntroducedLaterAreRefusedOnInput() {
        emulate("9.11.1");
        for (String field : List.of("oauth_host", "vault_host")) {
            assertError(api().body(with(svmBody(Inventory.VS0), field, "x.example.com")).post(PATH).then(), 400,
                    "262179", field);
        }
        assertError(api().body(with(svmBody(Inventory.VS0), "port", 8443)).post(PATH).then(), 400, "262179", "port");
        assertError(api().body(with(svmBody(Inventory.VS0), "configuration", Map.of())).post(PATH).then(), 400,
                "262179", "configuration");
        assertNoConfigurations();

        String uuid = create(svmBody(Inventory.VS0));
        assertError(api().body(Map.of("verify_ip", true)).patch(PATH + "/" + uuid).then(), 400, "262179",
                "verify_ip");
        assertError(api().body(Map.of("client_secret", Secrets.secret("s"), "skip_verification", true))
                .patch(PATH + "/" + uuid).then(), 400, "262179", "skip_verification");
    }

    @Test
    void before914QueriesOnFieldsIntroducedLaterAreRefused() {
        emulate("9.11.1");
        create(svmBody(Inventory.VS0));
        assertError(api().get(PATH + "?enabled=true").then(), 400, "262179", "enabled");
        assertError(api().get(PATH + "?configuration.name=default").then(), 400, "262179", "configuration.name");
        assertError(api().get(PATH + "?fields=oauth_host").then(), 400, "262197", "fields");
        assertError(api().get(PATH + "?order_by=port").then(), 400, "262197", "order_by");
        api().get(PATH + "?client_id=client1").then().statusCode(200).body("num_records", equalTo(1));
    }

    @Test
    void before914KeyIdNeedsNoVersion() {
        emulate("9.11.1");
        String uuid = create(with(svmBody(Inventory.VS0), "key_id", KEY_ID_WITHOUT_VERSION));
        assertEquals(KEY_ID_WITHOUT_VERSION, record(uuid, null).getString("key_id"));
        api().body(Map.of("key_id", "https://keyvault-test.vault.azure.net/keys/key2")).post(PATH + "/" + uuid
                + "/rekey-external?return_timeout=10").then().statusCode(201);
        assertEquals("https://keyvault-test.vault.azure.net/keys/key2", record(uuid, null).getString("key_id"));
        assertError(api().body(with(svmBody(Inventory.VS1), "key_id", "https://kv.vault.azure.net/key1")).post(PATH)
                .then(), 400, AzureKeyVaultService.INVALID_KEY_ID, "key_id");
    }

    @Test
    void from914KeyIdNeedsItsVersion() {
        emulate("9.14.1");
        assertError(api().body(with(svmBody(Inventory.VS0), "key_id", KEY_ID_WITHOUT_VERSION)).post(PATH).then(),
                400, AzureKeyVaultService.INVALID_KEY_ID, "key_id");
        String uuid = create(svmBody(Inventory.VS0));
        assertEquals(true, record(uuid, null).getBoolean("enabled"));
        assertEquals("default", record(uuid, null).getString("configuration.name"));
    }

    @Test
    void before916SkipVerificationIsRefused() {
        emulate("9.15.1");
        String uuid = create(svmBody(Inventory.VS0));
        assertError(api().body(Map.of("client_secret", Secrets.secret("s"), "skip_verification", true))
                .patch(PATH + "/" + uuid).then(), 400, "262179", "skip_verification");
        api().body(Map.of("verify_ip", true)).patch(PATH + "/" + uuid + "?return_timeout=10").then().statusCode(200);
        assertEquals(true, record(uuid, null).getBoolean("verify_ip"));
    }

    /** 9.17.1 lists skip_verification among the properties POST takes; the mock accepts it from 9.16 on. */
    @Test
    void createTakesSkipVerificationFrom916() {
        emulate("9.15.1");
        assertError(api().body(with(svmBody(Inventory.VS0), "skip_verification", true)).post(PATH).then(), 400,
                "262179", "skip_verification");
        assertNoConfigurations();
        emulate("9.16.1");
        String uuid = create(with(svmBody(Inventory.VS0), "skip_verification", true));
        assertEquals(List.of(uuid), uuids());
    }

    @Test
    void before911RekeyExternalDoesNotExist() {
        emulate("9.10.1");
        String uuid = create(with(svmBody(Inventory.VS0), "key_id", KEY_ID_WITHOUT_VERSION));
        assertError(api().body(Map.of("key_id", KEY_ID_WITHOUT_VERSION)).post(PATH + "/" + uuid + "/rekey-external")
                .then(), 404, "4", null).body("error.message", equalTo("API not found"));
        api().post(PATH + "/" + uuid + "/rekey-internal?return_timeout=10").then().statusCode(201);
    }

    @Test
    void before910NoAuthenticationMethodNorRekeyInternalOrRestore() {
        emulate("9.9.1");
        String uuid = create(with(svmBody(Inventory.VS0), "key_id", KEY_ID_WITHOUT_VERSION));
        api().get(PATH + "/" + uuid).then().statusCode(200)
                .body("client_id", equalTo("client1"))
                .body("$", not(hasKey("authentication_method")));
        for (String operation : List.of("rekey-internal", "restore")) {
            assertError(api().post(PATH + "/" + uuid + "/" + operation).then(), 404, "4", null);
        }
        assertError(api().get(PATH + "?authentication_method=client_secret").then(), 400, "262179",
                "authentication_method");
    }
}

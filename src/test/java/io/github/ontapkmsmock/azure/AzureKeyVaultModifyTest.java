package io.github.ontapkmsmock.azure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** PATCH /api/security/azure-key-vaults/{uuid} (003:474-504, 003:3319-3705). */
@QuarkusTest
class AzureKeyVaultModifyTest extends AzureKeyVaultFixtures {

    @Test
    void modifyClientSecretRunsAsJob() {
        String uuid = create(svmBody(Inventory.VS0));
        String job = api().body(Map.of("client_secret", Secrets.secret("new"))).patch(PATH + "/" + uuid).then()
                .statusCode(202).body("job.uuid", notNullValue()).extract().jsonPath()
                .getString("job._links.self.href");
        assertEquals("success", Jobs.awaitJob(job).getString("state"));
        assertEquals("client_secret", record(uuid, null).getString("authentication_method"));
    }

    @Test
    void modifyWithinReturnTimeoutAnswers200AndChangesTheConfiguration() {
        String uuid = create(svmBody(Inventory.VS0));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("proxy_type", "https");
        body.put("proxy_host", "proxy.example.com");
        body.put("proxy_port", 3128);
        body.put("proxy_username", "user");
        body.put("proxy_password", Secrets.secret("proxy"));
        body.put("port", 8443);
        body.put("oauth_host", "login.example.com");
        body.put("vault_host", "vault.example.com");
        body.put("verify_host", false);
        body.put("verify_ip", true);
        api().body(body).patch(PATH + "/" + uuid + "?return_timeout=10").then().statusCode(200);
        JsonPath r = record(uuid, null);
        assertEquals("https", r.getString("proxy_type"));
        assertEquals("proxy.example.com", r.getString("proxy_host"));
        assertEquals(3128, r.getInt("proxy_port"));
        assertEquals("user", r.getString("proxy_username"));
        assertEquals(8443, r.getInt("port"));
        assertEquals("login.example.com", r.getString("oauth_host"));
        assertEquals("vault.example.com", r.getString("vault_host"));
        assertEquals(false, r.getBoolean("verify_host"));
        assertEquals(true, r.getBoolean("verify_ip"));
        assertEquals(false, r.getMap("$").containsKey("proxy_password"));
        assertEquals(KEY_ID, r.getString("key_id"));
    }

    @Test
    void modifyCertificateSwitchesAuthenticationMethod() {
        String uuid = create(svmBody(Inventory.VS0));
        api().body(Map.of("client_certificate", certificate("patched"))).patch(PATH + "/" + uuid
                + "?return_timeout=10").then().statusCode(200);
        assertEquals("certificate", record(uuid, null).getString("authentication_method"));
        api().body(Map.of("client_secret", Secrets.secret("back"))).patch(PATH + "/" + uuid + "?return_timeout=10")
                .then().statusCode(200);
        assertEquals("client_secret", record(uuid, null).getString("authentication_method"));
    }

    @Test
    void modifyOfNothingIsRefused() {
        String uuid = create(svmBody(Inventory.VS0));
        assertError(api().body(Map.of()).patch(PATH + "/" + uuid).then(), 400, AzureKeyVaultService.NO_INPUTS, null)
                .body("error.message", equalTo("No inputs were provided for the patch request."));
        assertError(api().patch(PATH + "/" + uuid).then(), 400, AzureKeyVaultService.NO_INPUTS, null);
        assertError(api().body(Map.of("skip_verification", true)).patch(PATH + "/" + uuid).then(), 400,
                AzureKeyVaultService.NO_INPUTS, null);
    }

    @Test
    void modifyRefusesFieldsThatCannotBePatched() {
        String uuid = create(svmBody(Inventory.VS0));
        assertError(api().body(Map.of("key_id", OTHER_KEY_ID)).patch(PATH + "/" + uuid).then(), 400, "262179",
                "key_id");
        assertError(api().body(Map.of("name", "https://other.vault.azure.net/")).patch(PATH + "/" + uuid).then(),
                400, "262179", "name");
        assertError(api().body(Map.of("svm", Map.of("name", Inventory.VS1))).patch(PATH + "/" + uuid).then(), 400,
                "262179", "svm");
        assertError(api().body(Map.of("configuration", Map.of("name", "x"))).patch(PATH + "/" + uuid).then(), 400,
                "262179", "configuration");
        JsonPath r = record(uuid, null);
        assertEquals(KEY_ID, r.getString("key_id"));
        assertEquals(VAULT, r.getString("name"));
        assertEquals(Inventory.VS0, r.getString("svm.name"));
    }

    @Test
    void modifyOfApplicationNeedsItsClientSecret() {
        String uuid = create(svmBody(Inventory.VS0));
        assertError(api().body(Map.of("client_id", "client9")).patch(PATH + "/" + uuid).then(), 400,
                AzureKeyVaultService.CLIENT_SECRET_REQUIRED, "client_secret")
                .body("error.message", equalTo("The field \"client_secret\" must be specified."));
        assertError(api().body(Map.of("tenant_id", "tenant9")).patch(PATH + "/" + uuid).then(), 400,
                AzureKeyVaultService.CLIENT_SECRET_REQUIRED, "client_secret");
        assertEquals("client1", record(uuid, null).getString("client_id"));

        api().body(Map.of("client_id", "client1")).patch(PATH + "/" + uuid + "?return_timeout=10").then()
                .statusCode(200);
        api().body(Map.of("client_id", "client9", "client_secret", Secrets.secret("client9")))
                .patch(PATH + "/" + uuid + "?return_timeout=10").then().statusCode(200);
        assertEquals("client9", record(uuid, null).getString("client_id"));
    }

    @Test
    void modifyOfCertificateApplicationNeedsNoSecret() {
        Map<String, Object> body = without(svmBody(Inventory.VS0), "client_secret");
        body.put("client_certificate", certificate("cert"));
        String uuid = create(body);
        api().body(Map.of("tenant_id", "tenant9")).patch(PATH + "/" + uuid + "?return_timeout=10").then()
                .statusCode(200);
        assertEquals("tenant9", record(uuid, null).getString("tenant_id"));
    }

    @Test
    void modifyRefusesSecretAzureRejectsUnlessVerificationIsSkipped() {
        String uuid = create(svmBody(Inventory.VS0));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_id", "client9");
        body.put("client_secret", Secrets.secret("rejected"));
        assertError(api().body(body).patch(PATH + "/" + uuid).then(), 400, AzureKeyVaultService.INVALID_CLIENT_SECRET,
                "client_secret").body("error.message", equalTo("Invalid client secret."));
        assertEquals("client1", record(uuid, null).getString("client_id"));

        body.put("skip_verification", true);
        api().body(body).patch(PATH + "/" + uuid + "?return_timeout=10").then().statusCode(200);
        assertEquals("client9", record(uuid, null).getString("client_id"));
    }

    @Test
    void modifyRefusesCertificateThatIsNotPkcs12() {
        String uuid = create(svmBody(Inventory.VS0));
        for (Map<String, Object> body : java.util.List.<Map<String, Object>>of(
                Map.of("client_certificate", Secrets.secret("garbage")),
                Map.of("client_certificate", Secrets.secret("garbage"), "skip_verification", true))) {
            assertError(api().body(body).patch(PATH + "/" + uuid).then(), 400,
                    AzureKeyVaultService.INVALID_CLIENT_CERTIFICATE, "client_certificate");
        }
        assertEquals("client_secret", record(uuid, null).getString("authentication_method"));
    }

    @Test
    void modifyRefusesSecretAndCertificateTogether() {
        String uuid = create(svmBody(Inventory.VS0));
        assertError(api().body(Map.of("client_secret", Secrets.secret("s"), "client_certificate",
                certificate("c"))).patch(PATH + "/" + uuid).then(), 400, "262186", "client_certificate");
        assertEquals("client_secret", record(uuid, null).getString("authentication_method"));
    }

    @Test
    void modifyOfUnknownUuidIsNotFound() {
        assertError(api().body(Map.of("proxy_host", "p")).patch(PATH + "/00000000-0000-0000-0000-000000000000")
                .then(), 404, "4", "uuid");
    }

    @Test
    void modifyRefusesWrongType() {
        String uuid = create(svmBody(Inventory.VS0));
        assertError(api().body(Map.of("port", "not-a-number")).patch(PATH + "/" + uuid).then(), 400, "262197",
                "port");
        assertEquals(443, record(uuid, null).getInt("port"));
    }

    /** Values of the wrong JSON type are refused, never coerced (issue 11: 123 was stored as true, "443" as 443). */
    @Test
    void modifyRefusesValuesOfTheWrongTypeWithoutCoercingThem() {
        String uuid = create(svmBody(Inventory.VS0));
        JsonPath before = record(uuid, "*");
        assertError(api().body(Map.of("verify_ip", 123)).patch(PATH + "/" + uuid).then(), 400, "262197",
                "verify_ip").body("error.message", equalTo("Invalid value for field \"verify_ip\": expected true or false."));
        assertError(api().body(Map.of("port", "443")).patch(PATH + "/" + uuid).then(), 400, "262197", "port")
                .body("error.message", equalTo("Invalid value for field \"port\": expected an integer."));
        assertError(api().body(Map.of("proxy_host", 8080)).patch(PATH + "/" + uuid).then(), 400, "262197",
                "proxy_host");
        assertEquals(before.getMap(""), record(uuid, "*").getMap(""));
    }
}

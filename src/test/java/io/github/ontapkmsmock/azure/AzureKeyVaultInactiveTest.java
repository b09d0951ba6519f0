package io.github.ontapkmsmock.azure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.state.KeystoreConfiguration;
import io.github.ontapkmsmock.testing.Inventory;
import io.quarkus.test.junit.QuarkusTest;

/** POST with {@code create_inactive=true} and {@code configuration.name} (003:94-163, 003:1476-1480, 003:1936-1963). */
@QuarkusTest
class AzureKeyVaultInactiveTest extends AzureKeyVaultFixtures {

    @Test
    void createInactiveMakesConfigurationThatIsNotEnabled() {
        String uuid = createInactive(svmBody(Inventory.VS0), "myConfiguration");
        api().get(PATH + "/" + uuid + "?fields=**").then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("configuration.name", equalTo("myConfiguration"))
                .body("configuration.uuid", equalTo(uuid))
                .body("svm.name", equalTo(Inventory.VS0))
                .body("authentication_method", equalTo("client_secret"))
                .body("$", not(hasKey("state")))
                .body("$", not(hasKey("azure_reachability")))
                .body("$", not(hasKey("ekmip_reachability")))
                .body("$", not(hasKey("client_secret")));
    }

    @Test
    void inactiveConfigurationIsNotTheSvmsKeyManager() {
        String inactive = createInactive(svmBody(Inventory.VS0), "spare");
        String active = create(svmBody(Inventory.VS0));
        String secondInactive = createInactive(svmBody(Inventory.VS0), "another");
        assertEquals(List.of(inactive, active, secondInactive), uuids());
        api().get(PATH + "?svm.name=" + Inventory.VS0 + "&enabled=true").then().statusCode(200)
                .body("num_records", equalTo(1)).body("records[0].uuid", equalTo(active));
    }

    @Test
    void createInactiveRequiresConfigurationName() {
        assertError(api().body(svmBody(Inventory.VS0)).post(PATH + "?create_inactive=true").then(), 400,
                KeystoreConfiguration.NAME_REQUIRED, "configuration.name")
                .body("error.message", equalTo(
                        "The configuration.name field is required when the create_inactive flag is set to true."));
        assertError(api().body(with(svmBody(Inventory.VS0), "configuration", Map.of())).post(
                PATH + "?create_inactive=true").then(), 400, KeystoreConfiguration.NAME_REQUIRED,
                "configuration.name");
        assertNoConfigurations();
    }

    @Test
    void configurationNameOnlyWithCreateInactive() {
        Map<String, Object> body = with(svmBody(Inventory.VS0), "configuration", Map.of("name", "cfg"));
        assertError(api().body(body).post(PATH).then(), 400,
                KeystoreConfiguration.NAME_ONLY_WHEN_INACTIVE, "configuration.name");
        assertError(api().body(body).post(PATH + "?create_inactive=false").then(), 400,
                KeystoreConfiguration.NAME_ONLY_WHEN_INACTIVE, "configuration.name");
        assertNoConfigurations();
    }

    @Test
    void configurationNameCannotBeEmpty() {
        Map<String, Object> body = with(svmBody(Inventory.VS0), "configuration", Map.of("name", ""));
        assertError(api().body(body).post(PATH + "?create_inactive=true").then(), 400,
                KeystoreConfiguration.NAME_EMPTY, "configuration.name")
                .body("error.message", equalTo("The configuration.name field cannot be an empty string."));
        assertNoConfigurations();
    }

    @Test
    void configurationNameDefaultIsReserved() {
        Map<String, Object> body = with(svmBody(Inventory.VS0), "configuration", Map.of("name", "default"));
        assertError(api().body(body).post(PATH + "?create_inactive=true").then(), 400,
                KeystoreConfiguration.NAME_RESERVED, "configuration.name")
                .body("error.message", equalTo("The configuration.name is reserved for use by the system."));
        assertNoConfigurations();
    }

    @Test
    void configurationNameMustBeNewOnTheSvm() {
        String first = createInactive(svmBody(Inventory.VS0), "cfg");
        Map<String, Object> again = with(svmBody(Inventory.VS0), "configuration", Map.of("name", "cfg"));
        assertError(api().body(again).post(PATH + "?create_inactive=true").then(), 409,
                KeystoreConfiguration.NAME_EXISTS, "configuration.name")
                .body("error.message", equalTo("The specified configuration.name already exists on the given SVM."));
        assertEquals(List.of(first), uuids());
        String otherSvm = createInactive(svmBody(Inventory.VS1), "cfg");
        String cluster = createInactive(clusterBody(), "cfg");
        assertEquals(List.of(first, otherSvm, cluster), uuids());
    }

    @Test
    void createInactiveNeedsRelease914() {
        emulate("9.13.1");
        Map<String, Object> body = with(svmBody(Inventory.VS0), "configuration", Map.of("name", "cfg"));
        assertError(api().body(body).post(PATH + "?create_inactive=true").then(), 400,
                KeystoreConfiguration.CREATE_INACTIVE_NEEDS_9_14, "create_inactive")
                .body("error.message", equalTo(
                        "The create_inactive flag requires an effective cluster version of 9.14.0 or greater."));
        assertError(api().body(body).post(PATH).then(), 400, KeystoreConfiguration.NAME_NEEDS_9_14,
                "configuration.name")
                .body("error.message", equalTo("The configuration.name field requires an ECV of 9.14.0 or greater."));
        assertNoConfigurations();
    }

    @Test
    void createInactiveWorksFrom914AlthoughThePageSays916() {
        emulate("9.14.1");
        String uuid = createInactive(svmBody(Inventory.VS0), "cfg");
        assertEquals(false, record(uuid, null).getBoolean("enabled"));
    }

    @Test
    void keyOperationsRefuseInactiveConfiguration() {
        String uuid = createInactive(svmBody(Inventory.VS0), "cfg");
        for (String operation : List.of("rekey-internal", "restore")) {
            assertError(api().post(PATH + "/" + uuid + "/" + operation).then(), 404,
                    AzureKeyVaultService.NOT_CONFIGURED, null)
                    .body("error.message", equalTo("Azure Key Vault is not configured for the given SVM."));
        }
        assertError(api().body(Map.of("key_id", OTHER_KEY_ID)).post(PATH + "/" + uuid + "/rekey-external").then(),
                404, AzureKeyVaultService.NOT_CONFIGURED, null);
        assertEquals(KEY_ID, record(uuid, null).getString("key_id"));
    }

    @Test
    void inactiveConfigurationCanBeModifiedAndDeleted() {
        String uuid = createInactive(svmBody(Inventory.VS0), "cfg");
        api().body(Map.of("proxy_host", "proxy.example.com")).patch(PATH + "/" + uuid + "?return_timeout=10")
                .then().statusCode(200);
        assertEquals("proxy.example.com", record(uuid, null).getString("proxy_host"));
        api().delete(PATH + "/" + uuid + "?return_timeout=10").then().statusCode(200);
        assertNoConfigurations();
    }
}

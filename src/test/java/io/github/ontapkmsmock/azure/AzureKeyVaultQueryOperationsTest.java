package io.github.ontapkmsmock.azure;

import static io.github.ontapkmsmock.control.ControlClient.addRule;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.quarkus.test.junit.QuarkusTest;

/**
 * PATCH and DELETE /api/security/azure-key-vaults with a query. A client_id change needs the new application's
 * secret for a configuration that authenticates with a secret (65537517), not for one with a certificate: one
 * query then selects a record that accepts and one that refuses.
 */
@QuarkusTest
class AzureKeyVaultQueryOperationsTest extends AzureKeyVaultFixtures {

    /** azure_key_vault_delete: "One or more Storage Encryption devices are assigned an authentication key." */
    private static final String DEVICES_ASSIGNED = "65536242";

    private String certificateVs0;
    private String secretVs1;

    @BeforeEach
    void certificateThenSecretConfiguration() {
        Map<String, Object> body = without(svmBody(Inventory.VS0), "client_secret");
        body.put("client_certificate", certificate("cert"));
        certificateVs0 = create(body);
        secretVs1 = create(svmBody(Inventory.VS1));
    }

    @Test
    void patchChangesEveryConfigurationTheQuerySelects() {
        api().body(Map.of("proxy_host", "proxy.example.com", "proxy_port", 3128)).patch(PATH + "?svm.name=vs*")
                .then().statusCode(200).body("num_records", equalTo(2));
        assertEquals("proxy.example.com", record(certificateVs0, null).getString("proxy_host"));
        assertEquals("proxy.example.com", record(secretVs1, null).getString("proxy_host"));
    }

    @Test
    void oneRefusalUndoesTheChangesAlreadyMade() {
        assertError(api().body(Map.of("client_id", "client2")).patch(PATH + "?svm.name=vs*").then(), 400,
                AzureKeyVaultService.CLIENT_SECRET_REQUIRED, "client_secret")
                .body("error.arguments[0].message", containsString("uuid " + secretVs1));
        assertEquals("client1", record(certificateVs0, null).getString("client_id"));
        assertEquals("client1", record(secretVs1, null).getString("client_id"));
    }

    @Test
    void withContinueOnFailureTheOthersAreChanged() {
        assertError(api().body(Map.of("client_id", "client2")).patch(PATH + "?svm.name=vs*&continue_on_failure=true")
                .then(), 400, AzureKeyVaultService.CLIENT_SECRET_REQUIRED, "client_secret")
                .body("error.message", containsString("1 of 2 records (uuid " + secretVs1 + ")"))
                .body("error.arguments.code", contains(AzureKeyVaultService.CLIENT_SECRET_REQUIRED));
        assertEquals("client2", record(certificateVs0, null).getString("client_id"));
        assertEquals("client1", record(secretVs1, null).getString("client_id"));
    }

    @Test
    void deleteRemovesTheSelectedConfigurationsDirectly() {
        api().delete(PATH + "?svm.name=vs1").then().statusCode(200).body("num_records", equalTo(1));
        assertEquals(List.of(certificateVs0), uuids());
    }

    @Test
    void deleteWithARefusingRecordDeletesNoneUnlessToldToContinue() {
        addRule(Map.of("operation_id", "azure_key_vault_delete", "path", PATH + "/" + certificateVs0, "code",
                DEVICES_ASSIGNED));
        assertError(api().delete(PATH + "?uuid=*").then(), 409, DEVICES_ASSIGNED, null);
        assertEquals(List.of(certificateVs0, secretVs1), uuids());
        assertError(api().delete(PATH + "?uuid=*&continue_on_failure=true").then(), 409, DEVICES_ASSIGNED, null)
                .body("error.arguments[0].message", containsString("uuid " + certificateVs0));
        assertEquals(List.of(certificateVs0), uuids());
    }

    @Test
    void aQueryThatSelectsNothingAndNoQueryAtAllChangeNothing() {
        api().delete(PATH + "?svm.name=vs0&name=other").then().statusCode(200).body("num_records", equalTo(0));
        assertError(api().delete(PATH).then(), 400, "262177", "query");
        assertError(api().body(Map.of("client_id", "client2")).patch(PATH).then(), 400, "262177", "query");
        assertEquals(List.of(certificateVs0, secretVs1), uuids());
    }

    @Test
    void queryOperationsExistInTheOldestReleaseOfTheFamily() {
        emulate("9.8");
        api().delete(PATH + "?svm.name=vs1").then().statusCode(200).body("num_records", equalTo(1));
    }
}

package io.github.ontapkmsmock.azure;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.quarkus.test.junit.QuarkusTest;

/** AKV configurations, enabled and inactive, as keystores of type akv: listed, switched and deleted there. */
@QuarkusTest
class AzureKeystoresTest extends AzureKeyVaultFixtures {

    static final String KEY_STORES = "/api/security/key-stores";

    @Test
    void everyAkvConfigurationIsAKeystore() {
        String active = create(svmBody(Inventory.VS0));
        String spare = createInactive(svmBody(Inventory.VS0), "spare");
        String cluster = create(clusterBody());
        api().get(KEY_STORES + "?fields=*").then().statusCode(200)
                .body("records.uuid", contains(active, spare, cluster))
                .body("records.type", contains("akv", "akv", "akv"))
                .body("records.location", contains("external", "external", "external"))
                .body("records.scope", contains("svm", "svm", "cluster"))
                .body("records.enabled", contains(true, false, true))
                .body("records.configuration.name", contains("default", "spare", "default"))
                .body("records[1].svm.name", equalTo(Inventory.VS0))
                .body("records[1].configuration._links.self.href", equalTo(PATH + "/" + spare))
                .body("records[2]", not(hasKey("svm")));
    }

    @Test
    void enablingAnInactiveAkvSwitchesTheSvmToIt() {
        String active = create(svmBody(Inventory.VS0));
        String spare = createInactive(svmBody(Inventory.VS0), "spare");
        api().body(Map.of("enabled", true)).patch(KEY_STORES + "/" + spare + "?return_timeout=30").then()
                .statusCode(200);
        assertTrue(record(spare, null).getBoolean("enabled"));
        assertFalse(record(active, null).getBoolean("enabled"));
        assertEquals("spare", record(spare, null).getString("configuration.name"));
        api().get(PATH + "?svm.name=" + Inventory.VS0 + "&enabled=true").then().statusCode(200)
                .body("records.uuid", contains(spare));
        // the switched-away configuration is inactive: it has no advanced properties and takes no key operation
        api().get(PATH + "/" + active + "?fields=**").then().statusCode(200).body("$", not(hasKey("state")));
        api().get(PATH + "/" + spare + "?fields=state").then().statusCode(200).body("$", hasKey("state"));
    }

    @Test
    void theSvmStaysOneKeyManagerAfterASwitch() {
        create(svmBody(Inventory.VS0));
        String spare = createInactive(svmBody(Inventory.VS0), "spare");
        api().body(Map.of("enabled", true)).patch(KEY_STORES + "/" + spare + "?return_timeout=30").then()
                .statusCode(200);
        assertError(api().body(svmBody(Inventory.VS0)).post(PATH + "?return_timeout=30").then(), 409,
                AzureKeyVaultService.KEY_MANAGER_EXISTS, "svm");
        assertEquals(2, uuids().size());
    }

    @Test
    void deletingAnInactiveAkvThroughKeyStoresRemovesIt() {
        String active = create(svmBody(Inventory.VS0));
        String spare = createInactive(svmBody(Inventory.VS0), "spare");
        api().delete(KEY_STORES + "/" + spare).then().statusCode(200);
        assertEquals(List.of(active), uuids());
    }
}

package io.github.ontapkmsmock.keymanager;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.ontap.state.KeystoreConfiguration;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.StandInKeystores;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Inactive keystore configurations of key managers ({@code create_inactive}, 9.16 and later), with the rules every
 * family shares, and the service methods /api/security/key-stores enables and deletes them with.
 */
@QuarkusTest
class KeyManagerInactiveTest extends KeyManagerFixtures {

    private static final String INACTIVE = KEY_MANAGERS + "?create_inactive=true";

    @Inject
    KeyManagerService service;

    @Inject
    StandInKeystores standIns;

    @Test
    void createInactiveAddsAConfigurationBesideTheSvmKeyManager() {
        String active = create(externalVs0("10.0.0.1"));
        String inactive = uuidOf(api().body(named(externalVs0("10.0.0.2"), "spare")).post(INACTIVE).then()
                .statusCode(201).extract().response());
        api().get(KEY_MANAGERS + "/" + inactive + "?fields=**").then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("configuration.name", equalTo("spare"))
                .body("configuration.uuid", equalTo(inactive))
                .body("$", not(hasKey("status")))
                .body("external.servers[0]", not(hasKey("connectivity")));
        api().get(keyServers(inactive) + "?fields=**").then().statusCode(200)
                .body("records[0].server", equalTo("10.0.0.2:5696"))
                .body("records[0]", not(hasKey("connectivity")));
        api().get(KEY_MANAGERS + "?svm.name=vs0&enabled=true").then().body("num_records", equalTo(1))
                .body("records[0].uuid", equalTo(active));
    }

    @Test
    void configurationNamesFollowTheSharedRules() {
        assertRefused(api().body(externalVs0("10.0.0.1")).post(INACTIVE).then(),
                KeystoreConfiguration.NAME_REQUIRED, "configuration.name");
        assertRefused(api().body(named(externalVs0("10.0.0.1"), "spare")).post(KEY_MANAGERS).then(),
                KeystoreConfiguration.NAME_ONLY_WHEN_INACTIVE, "configuration.name");
        assertRefused(api().body(named(externalVs0("10.0.0.1"), "default")).post(INACTIVE).then(),
                KeystoreConfiguration.NAME_RESERVED, "configuration.name");
        assertRefused(api().body(named(externalVs0("10.0.0.1"), "")).post(INACTIVE).then(),
                KeystoreConfiguration.NAME_EMPTY, "configuration.name");
        api().body(named(externalVs0("10.0.0.1"), "spare")).post(INACTIVE).then().statusCode(201);
        api().body(named(externalVs0("10.0.0.2"), "spare")).post(INACTIVE).then().statusCode(409)
                .body("error.code", equalTo(KeystoreConfiguration.NAME_EXISTS));
        assertEquals(1, allKeyManagers().getList("records").size());
    }

    @Test
    void configurationNamesAreDistinctAcrossFamilies() {
        standIns.add("33333333-0000-4000-8000-000000000001", Keystore.Type.akv, Inventory.VS0_UUID, false, "spare",
                false, true);
        api().body(named(externalVs0("10.0.0.1"), "spare")).post(INACTIVE).then().statusCode(409)
                .body("error.code", equalTo(KeystoreConfiguration.NAME_EXISTS))
                .body("error.target", equalTo("configuration.name"));
        assertEquals(0, allKeyManagers().getList("records").size());
    }

    @Test
    void createInactiveIsUnknownBeforeOntap916() {
        emulate("9.15.1");
        assertRefused(api().body(named(externalVs0("10.0.0.1"), "spare")).post(INACTIVE).then(), "262179",
                "create_inactive");
        assertRefused(api().body(named(externalVs0("10.0.0.1"), "spare")).post(KEY_MANAGERS).then(), "262179",
                "configuration");
        assertEquals(0, allKeyManagers().getList("records").size());
    }

    @Test
    void enableMakesAnInactiveConfigurationTheSvmKeyManager() {
        String inactive = uuidOf(api().body(named(externalVs0("10.0.0.2"), "spare")).post(INACTIVE).then()
                .statusCode(201).extract().response());
        service.enable(inactive);
        api().get(KEY_MANAGERS + "/" + inactive).then().body("enabled", equalTo(true))
                .body("configuration.name", equalTo("spare"));
        api().body(externalVs0("10.0.0.3")).post(KEY_MANAGERS).then().statusCode(409)
                .body("error.code", equalTo("65536870"));
    }

    @Test
    void enableRefusesAnSvmThatHasAKeyManager() {
        create(externalVs0("10.0.0.1"));
        String inactive = uuidOf(api().body(named(externalVs0("10.0.0.2"), "spare")).post(INACTIVE).then()
                .statusCode(201).extract().response());
        OntapException refused = assertThrows(OntapException.class, () -> service.enable(inactive));
        assertEquals(KeyManagerService.SVM_HAS_KEY_MANAGER, refused.code());
        api().get(KEY_MANAGERS + "/" + inactive).then().body("enabled", equalTo(false));
        service.delete(inactive);
        api().get(KEY_MANAGERS + "/" + inactive).then().statusCode(404);
    }

    private static Map<String, Object> named(Map<String, Object> body, String name) {
        Map<String, Object> named = new LinkedHashMap<>(body);
        named.put("configuration", Map.of("name", name));
        return named;
    }

    private static void assertRefused(ValidatableResponse answer, String code,
            String target) {
        answer.statusCode(400).body("error.code", equalTo(code)).body("error.target", equalTo(target));
    }
}

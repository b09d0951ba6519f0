package io.github.ontapkmsmock.keymanager;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Key managers as keystores, onboard ({@code okm}) and external ({@code kmip}): listed, switched and deleted in
 * /api/security/key-stores (security_keystore.txt's example lists both types, enabled and not).
 */
@QuarkusTest
class KeyManagerKeystoresTest extends KeyManagerFixtures {

    static final String KEY_STORES = "/api/security/key-stores";

    @Test
    void everyKeyManagerIsAKeystore() {
        String onboard = createOnboard();
        String external = create(externalVs0("10.0.0.1"));
        String spare = createInactive(externalVs0("10.0.0.2"), "spare");
        api().get(KEY_STORES + "?fields=*").then().statusCode(200)
                .body("records.uuid", contains(onboard, external, spare))
                .body("records.type", contains("okm", "kmip", "kmip"))
                .body("records.location", contains("onboard", "external", "external"))
                .body("records.scope", contains("cluster", "svm", "svm"))
                .body("records.enabled", contains(true, true, false))
                .body("records.configuration.name", contains("default", "default", "spare"))
                .body("records[2].configuration._links.self.href", equalTo(KEY_MANAGERS + "/" + spare));
    }

    @Test
    void enablingAnInactiveKeyManagerSwitchesTheSvmToIt() {
        String external = create(externalVs0("10.0.0.1"));
        String spare = createInactive(externalVs0("10.0.0.2"), "spare");
        api().body(Map.of("enabled", true)).patch(KEY_STORES + "/" + spare + "?return_timeout=30").then()
                .statusCode(200);
        assertTrue(keyManager(spare).getBoolean("enabled"));
        assertFalse(keyManager(external).getBoolean("enabled"));
        api().get(KEY_MANAGERS + "?svm.name=vs0&enabled=true").then().body("records.uuid", contains(spare));
    }

    @Test
    void deletingAnInactiveKeyManagerThroughKeyStoresRemovesIt() {
        String external = create(externalVs0("10.0.0.1"));
        String spare = createInactive(externalVs0("10.0.0.2"), "spare");
        api().delete(KEY_STORES + "/" + spare).then().statusCode(200);
        assertEquals(List.of(external), allKeyManagers().getList("records.uuid"));
    }

    @Test
    void ccModeTakesTheEnabledOnboardKeyManager() {
        createOnboard();
        api().body(Map.of("cc_mode_enabled", true, "passphrase", PASSPHRASE))
                .patch("/api/security/key-manager-configs").then().statusCode(200);
        api().get("/api/security/key-manager-configs").then().body("cc_mode_enabled", equalTo(true));
    }

    @Test
    void ccModeRefusesAnotherPassphrase() {
        createOnboard();
        api().body(Map.of("cc_mode_enabled", true, "passphrase", NEW_PASSPHRASE))
                .patch("/api/security/key-manager-configs").then().statusCode(400)
                .body("error.code", equalTo("65536139")).body("error.target", equalTo("passphrase"))
                .body("error.message", equalTo("Cluster-wide passphrase is incorrect."));
        api().get("/api/security/key-manager-configs").then().body("cc_mode_enabled", equalTo(false));
    }

    private static String createInactive(Map<String, Object> body, String name) {
        Map<String, Object> named = new LinkedHashMap<>(body);
        named.put("configuration", Map.of("name", name));
        return uuidOf(api().body(named).post(KEY_MANAGERS + "?create_inactive=true").then().statusCode(201)
                .extract().response());
    }
}

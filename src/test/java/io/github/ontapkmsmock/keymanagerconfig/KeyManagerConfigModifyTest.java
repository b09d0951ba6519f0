package io.github.ontapkmsmock.keymanagerconfig;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** PATCH /api/security/key-manager-configs: ranges, CC mode and its passphrase, the polling period, the policy. */
@QuarkusTest
class KeyManagerConfigModifyTest extends KeyManagerConfigFixtures {

    static final String PASSPHRASE = Secrets.passphrase(40, 'p');

    @Test
    void retryCountAndPollingIntervalChangeWithAnExternalKeyManager() {
        externalKeyManager(Keystore.Type.akv, true);
        api().body(Map.of("health_monitor_polling_interval", 20, "cloud_kms_retry_count", 5)).patch(PATH).then()
                .statusCode(200);
        JsonPath config = config();
        assertEquals(20, config.getInt("health_monitor_polling_interval"));
        assertEquals(5, config.getInt("cloud_kms_retry_count"));
    }

    @Test
    void rangesAreEnforced() {
        externalKeyManager(Keystore.Type.kmip, true);
        assertError(api().body(Map.of("cloud_kms_retry_count", 11)).patch(PATH).then(), 400,
                CommonErrors.INVALID_FIELD_VALUE, "cloud_kms_retry_count");
        assertError(api().body(Map.of("cloud_kms_retry_count", -1)).patch(PATH).then(), 400,
                CommonErrors.INVALID_FIELD_VALUE, "cloud_kms_retry_count");
        assertError(api().body(Map.of("health_monitor_polling_interval", 14)).patch(PATH).then(), 400,
                CommonErrors.INVALID_FIELD_VALUE, "health_monitor_polling_interval");
        assertError(api().body(Map.of("health_monitor_polling_interval", 31)).patch(PATH).then(), 400,
                CommonErrors.INVALID_FIELD_VALUE, "health_monitor_polling_interval");
        api().body(Map.of("cloud_kms_retry_count", 0, "health_monitor_polling_interval", 30)).patch(PATH).then()
                .statusCode(200);
        assertEquals(0, config().getInt("cloud_kms_retry_count"));
    }

    @Test
    void pollingIntervalNeedsExternalKeyManagement() {
        onboardKeyManager();
        externalKeyManager(Keystore.Type.aws, false);
        assertError(api().body(Map.of("health_monitor_polling_interval", 20, "cloud_kms_retry_count", 5))
                .patch(PATH).then(), 400, KeyManagerConfigService.NO_EXTERNAL_KEY_MANAGEMENT,
                "health_monitor_polling_interval")
                .body("error.message", equalTo(
                        "Unable to modify polling period because no external key management is configured on the cluster."));
        assertEquals(15, config().getInt("health_monitor_polling_interval"));
        assertEquals(3, config().getInt("cloud_kms_retry_count"), "nothing changed");
    }

    @Test
    void ccModeNeedsTheOnboardKeyManagersPassphrase() {
        onboardKeyManager();
        api().body(Map.of("cc_mode_enabled", true, "passphrase", PASSPHRASE)).patch(PATH).then().statusCode(200);
        assertTrue(config().getBoolean("cc_mode_enabled"));
        // already on: no passphrase needed to say so again, nor to turn it off
        api().body(Map.of("cc_mode_enabled", true)).patch(PATH).then().statusCode(200);
        api().body(Map.of("cc_mode_enabled", false)).patch(PATH).then().statusCode(200);
        assertFalse(config().getBoolean("cc_mode_enabled"));
    }

    @Test
    void ccModeRequiresAPassphrase() {
        onboardKeyManager();
        assertError(api().body(Map.of("cc_mode_enabled", true)).patch(PATH).then(), 400,
                KeyManagerConfigService.PASSPHRASE_REQUIRED, "passphrase");
        assertFalse(config().getBoolean("cc_mode_enabled"));
    }

    @Test
    void ccModePassphraseHasTheOnboardLength() {
        onboardKeyManager();
        assertError(api().body(Map.of("cc_mode_enabled", true, "passphrase", Secrets.passphrase(31, 's')))
                .patch(PATH).then(), 400, KeyManagerConfigService.PASSPHRASE_LENGTH, "passphrase");
        assertError(api().body(Map.of("cc_mode_enabled", true, "passphrase", Secrets.passphrase(257, 'l')))
                .patch(PATH).then(), 400, KeyManagerConfigService.PASSPHRASE_LENGTH, "passphrase");
        assertFalse(config().getBoolean("cc_mode_enabled"));
    }

    @Test
    void ccModeNeedsAnEnabledOnboardKeyManager() {
        externalKeyManager(Keystore.Type.kmip, true);
        assertError(api().body(Map.of("cc_mode_enabled", true, "passphrase", PASSPHRASE)).patch(PATH).then(), 400,
                KeyManagerConfigService.ONBOARD_NOT_ENABLED, "cc_mode_enabled")
                .body("error.message", equalTo("The Onboard Key Manager is not enabled."));
        assertFalse(config().getBoolean("cc_mode_enabled"));
    }

    @Test
    void policyChangesOnlyWhatItNames() {
        api().body(Map.of("health_monitor_policy", Map.of("aws", Map.of("enabled", false), "gcp",
                Map.of("manage_volume_offline", false)))).patch(PATH).then().statusCode(200);
        JsonPath config = config();
        assertFalse(config.getBoolean("health_monitor_policy.aws.enabled"));
        assertTrue(config.getBoolean("health_monitor_policy.aws.manage_volume_offline"));
        assertTrue(config.getBoolean("health_monitor_policy.gcp.enabled"));
        assertFalse(config.getBoolean("health_monitor_policy.gcp.manage_volume_offline"));
        assertTrue(config.getBoolean("health_monitor_policy.akv.enabled"));
    }

    @Test
    void before915ThePolicyIsUnknown() {
        emulate("9.14.1");
        assertError(api().body(Map.of("health_monitor_policy", Map.of("aws", Map.of("enabled", false)))).patch(PATH)
                .then(), 400, CommonErrors.UNEXPECTED_ARGUMENT, "health_monitor_policy");
        emulate("9.17.1");
        assertTrue(config().getBoolean("health_monitor_policy.aws.enabled"));
    }

    @Test
    void before911TheRetryCountIsUnknown() {
        emulate("9.10.1");
        assertError(api().body(Map.of("cloud_kms_retry_count", 5)).patch(PATH).then(), 400,
                CommonErrors.UNEXPECTED_ARGUMENT, "cloud_kms_retry_count");
        emulate("9.11.1");
        api().body(Map.of("cloud_kms_retry_count", 5)).patch(PATH).then().statusCode(200);
        assertEquals(5, config().getInt("cloud_kms_retry_count"));
    }

    @Test
    void noBodyReadOnlyLinksAndAnOverLongPassphraseAreRefusedWithTheStateUnchanged() {
        JsonPath before = config();
        assertError(api().patch(PATH).then(), 400, CommonErrors.MISSING_VALUE, "body");
        assertError(api().body("null").patch(PATH).then(), 400, CommonErrors.MISSING_VALUE, "body");
        assertError(api().body(Map.of("_links", Map.of("self", Map.of("href", "/x")))).patch(PATH).then(), 400,
                CommonErrors.UNEXPECTED_ARGUMENT, "_links");
        assertError(api().body(Map.of("passphrase", "p".repeat(257), "cloud_kms_retry_count", 5)).patch(PATH).then(),
                400, KeyManagerConfigService.PASSPHRASE_LENGTH, "passphrase");
        assertEquals(before.getMap(""), config().getMap(""));
    }

    @Test
    void anEmptyBodyChangesNothing() {
        api().body(Map.of()).patch(PATH).then().statusCode(200);
        assertEquals(3, config().getInt("cloud_kms_retry_count"));
    }

    /**
     * NetApp's examples write {@code "20"} and {@code "false"}, but they are Python SDK calls, whose schema sends an
     * integer and a boolean; on the wire a string is a value of the wrong type, refused as on every operation.
     */
    @Test
    void valuesOfTheWrongTypeAreRefusedNotCoerced() {
        externalKeyManager(Keystore.Type.akv, true);
        JsonPath before = config();
        assertError(api().body(Map.of("health_monitor_polling_interval", "20")).patch(PATH).then(), 400,
                CommonErrors.INVALID_FIELD_VALUE, "health_monitor_polling_interval");
        assertError(api().body(Map.of("health_monitor_policy", Map.of("aws", Map.of("enabled", "false")))).patch(PATH)
                .then(), 400, CommonErrors.INVALID_FIELD_VALUE, "health_monitor_policy.aws.enabled");
        assertEquals(before.getMap(""), config().getMap(""));
    }
}

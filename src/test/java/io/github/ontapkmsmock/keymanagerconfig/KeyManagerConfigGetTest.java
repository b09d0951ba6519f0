package io.github.ontapkmsmock.keymanagerconfig;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.quarkus.test.junit.QuarkusTest;

/** GET /api/security/key-manager-configs: the cluster's one configuration (key_manager_config.txt). */
@QuarkusTest
class KeyManagerConfigGetTest extends KeyManagerConfigFixtures {

    @Test
    void aNewClusterAnswersNetAppsExample() {
        api().get(PATH).then().statusCode(200)
                .body("cc_mode_enabled", equalTo(false))
                .body("cloud_kms_retry_count", equalTo(3))
                .body("health_monitor_polling_interval", equalTo(15))
                .body("health_monitor_policy.akv.enabled", equalTo(true))
                .body("health_monitor_policy.aws.manage_volume_offline", equalTo(true))
                .body("health_monitor_policy.gcp.enabled", equalTo(true))
                .body("health_monitor_policy.ikp.enabled", equalTo(true))
                .body("health_monitor_policy.kmip.enabled", equalTo(true))
                .body("health_monitor_policy.okm.manage_volume_offline", equalTo(true))
                .body("_links.self.href", equalTo(PATH))
                .body("$", not(hasKey("passphrase")));
    }

    @Test
    void fieldsNarrowTheAnswer() {
        api().get(PATH + "?fields=health_monitor_policy.aws,health_monitor_policy.gcp").then().statusCode(200)
                .body("health_monitor_policy.aws.enabled", equalTo(true))
                .body("health_monitor_policy.gcp.manage_volume_offline", equalTo(true))
                .body("health_monitor_policy", not(hasKey("akv")))
                .body("$", not(hasKey("cc_mode_enabled")));
    }

    @Test
    void before915ThereIsNoHealthMonitorPolicy() {
        emulate("9.14.1");
        api().get(PATH).then().statusCode(200).body("$", not(hasKey("health_monitor_policy")))
                .body("cloud_kms_retry_count", equalTo(3));
        assertError(api().get(PATH + "?fields=health_monitor_policy").then(), 400,
                CommonErrors.INVALID_FIELD_VALUE, "fields");
    }

    @Test
    void before911ThereIsNoRetryCount() {
        emulate("9.10.1");
        api().get(PATH).then().statusCode(200).body("$", not(hasKey("cloud_kms_retry_count")))
                .body("health_monitor_polling_interval", equalTo(15));
    }

    @Test
    void before910ThereAreNoKeyManagerConfigs() {
        emulate("9.9.1");
        api().get(PATH).then().statusCode(404);
    }
}

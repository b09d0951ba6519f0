package io.github.ontapkmsmock.keymanager;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The key-manager properties later releases add to the 9.6 page (NetApp's 9.7 Swagger, the 9.14.1 page and the
 * 9.17.1 reference), each answered from its release on and unknown before it.
 */
@QuarkusTest
class KeyManagerReleasesTest extends KeyManagerFixtures {

    @Test
    void statusIsAnExpensivePropertyFromOntap97() {
        String uuid = createOnboard();
        api().get(KEY_MANAGERS + "?fields=status").then().statusCode(200)
                .body("records[0].status.code", equalTo(65537200))
                .body("records[0].status.message", equalTo("No action needed at this time."));
        api().get(KEY_MANAGERS + "?fields=*").then().statusCode(200).body("records[0]", not(hasKey("status")));
        api().get(KEY_MANAGERS + "/" + uuid).then().statusCode(200).body("$", not(hasKey("status")));
        api().get(KEY_MANAGERS + "/" + uuid + "?fields=**").then().statusCode(200)
                .body("status.code", equalTo(65537200));

        emulate("9.6");
        api().get(KEY_MANAGERS + "?fields=status").then().statusCode(400).body("error.code", equalTo("262197"))
                .body("error.target", equalTo("fields"));
        api().get(KEY_MANAGERS + "/" + uuid + "?fields=**").then().statusCode(200).body("$", not(hasKey("status")));
    }

    /** The first request of NetApp's Ansible module na_ontap_security_key_manager (issue 9). */
    @Test
    void ansibleKeyManagerQueryIsAnsweredAtOntap9171() {
        createOnboard();
        https().get(KEY_MANAGERS + "?scope=cluster&fields=status,external,uuid,onboard").then().statusCode(200)
                .body("num_records", equalTo(1))
                .body("records[0].onboard.enabled", equalTo(true))
                .body("records[0].status.code", equalTo(65537200))
                .body("records[0]", not(hasKey("external")));
    }

    @Test
    void volumeEncryptionAndKeyBackupFromOntap97() {
        String uuid = createOnboard();
        api().get(KEY_MANAGERS + "/" + uuid + "?fields=*").then().statusCode(200)
                .body("volume_encryption.supported", equalTo(true))
                .body("volume_encryption.code", equalTo(0))
                .body("onboard.key_backup", startsWith("--------------------------BEGIN BACKUP"))
                .body("onboard.key_backup", not(containsString(PASSPHRASE)))
                .body("is_default_data_at_rest_encryption_disabled", equalTo(false));

        emulate("9.6");
        api().get(KEY_MANAGERS + "/" + uuid + "?fields=*").then().statusCode(200)
                .body("onboard.enabled", equalTo(true))
                .body("onboard", not(hasKey("key_backup")))
                .body("$", not(hasKey("volume_encryption")))
                .body("$", not(hasKey("is_default_data_at_rest_encryption_disabled")));
        api().get(KEY_MANAGERS + "?fields=volume_encryption").then().statusCode(400)
                .body("error.code", equalTo("262197"));
    }

    @Test
    void defaultDataAtRestEncryptionDisabledIsPatchableFromOntap97() {
        String uuid = createOnboard();
        api().body(Map.of("is_default_data_at_rest_encryption_disabled", true)).patch(KEY_MANAGERS + "/" + uuid)
                .then().statusCode(200);
        api().get(KEY_MANAGERS + "/" + uuid).then().body("is_default_data_at_rest_encryption_disabled",
                equalTo(true));

        emulate("9.6");
        api().body(Map.of("is_default_data_at_rest_encryption_disabled", false)).patch(KEY_MANAGERS + "/" + uuid)
                .then().statusCode(400).body("error.code", equalTo("262179"))
                .body("error.target", equalTo("is_default_data_at_rest_encryption_disabled"));
        emulate("9.17.1");
        api().get(KEY_MANAGERS + "/" + uuid).then().body("is_default_data_at_rest_encryption_disabled",
                equalTo(true));
    }

    @Test
    void policyIsTakenOnPostFromOntap914ButNotForTheAdminSvm() {
        String uuid = create(withPolicy(externalVs0("10.0.0.1")));
        api().get(KEY_MANAGERS + "/" + uuid).then().body("policy", equalTo("kmip_policy"));
        api().body(withPolicy(externalCluster("10.0.0.2"))).post(KEY_MANAGERS).then().statusCode(400)
                .body("error.code", equalTo("65538120")).body("error.target", equalTo("policy"));
        assertKeyManagers(1);

        emulate("9.13.1");
        api().get(KEY_MANAGERS + "/" + uuid).then().body("$", not(hasKey("policy")));
        api().body(withPolicy(externalCluster("10.0.0.2"))).post(KEY_MANAGERS).then().statusCode(400)
                .body("error.code", equalTo("262179")).body("error.target", equalTo("policy"));
        assertKeyManagers(1);
    }

    @Test
    void configurationAndEnabledFromOntap916() {
        String uuid = createExternalCluster("10.0.0.1");
        api().get(KEY_MANAGERS + "/" + uuid).then().statusCode(200)
                .body("enabled", equalTo(true))
                .body("configuration.name", equalTo("default"))
                .body("configuration.uuid", equalTo(uuid));
        api().get(KEY_MANAGERS + "?enabled=true&configuration.name=default").then().body("num_records", equalTo(1));

        emulate("9.15.1");
        api().get(KEY_MANAGERS + "/" + uuid).then().statusCode(200)
                .body("$", not(hasKey("enabled"))).body("$", not(hasKey("configuration")));
        api().get(KEY_MANAGERS + "?enabled=true").then().statusCode(400).body("error.code", equalTo("262179"));
    }

    private static Map<String, Object> withPolicy(Map<String, Object> body) {
        Map<String, Object> withPolicy = new LinkedHashMap<>(body);
        withPolicy.put("policy", "kmip_policy");
        return withPolicy;
    }

    private static void assertKeyManagers(int count) {
        api().get(KEY_MANAGERS).then().statusCode(200).body("num_records", equalTo(count));
    }
}

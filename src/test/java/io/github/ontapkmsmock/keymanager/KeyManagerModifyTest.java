package io.github.ontapkmsmock.keymanager;

import static io.github.ontapkmsmock.testing.Inventory.CLUSTER_CLIENT_CERT;
import static io.github.ontapkmsmock.testing.Inventory.CLUSTER_SERVER_CA;
import static io.github.ontapkmsmock.testing.Inventory.VS0_CLIENT_CERT;
import static io.github.ontapkmsmock.testing.Inventory.VS0_SERVER_CA;
import static io.github.ontapkmsmock.testing.Inventory.VS1_SERVER_CA;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class KeyManagerModifyTest extends KeyManagerFixtures {

    private static ValidatableResponse patch(String uuid, Object body) {
        return api().body(body).patch(KEY_MANAGERS + "/" + uuid).then();
    }

    private static void assertError(ValidatableResponse answer, String code, String message, String target) {
        answer.statusCode(400).body("error.code", equalTo(code)).body("error.message", equalTo(message))
                .body("error.target", equalTo(target));
    }

    /** Whether the onboard key manager's passphrase is this one: ONTAP's own answer tells (65536150 = current). */
    private static boolean isCurrentPassphrase(String uuid, String passphrase) {
        String code = patch(uuid, passphraseChange(passphrase, passphrase)).statusCode(400).extract()
                .path("error.code");
        return "65536150".equals(code);
    }

    private static Map<String, Object> serverCas(String... uuids) {
        return Map.of("external", Map.of("server_ca_certificates",
                List.of(uuids).stream().map(u -> Map.of("uuid", u)).toList()));
    }

    @Test
    void replacesServerCaCertificates() {
        String uuid = create(externalVs0("10.0.0.1"));
        patch(uuid, serverCas(VS0_SERVER_CA, VS0_SERVER_CA)).statusCode(200).body(equalTo("{}"));
        assertEquals(List.of(VS0_SERVER_CA, VS0_SERVER_CA), keyManager(uuid).getList(
                "external.server_ca_certificates.uuid"));
    }

    @Test
    void replacesClientCertificate() {
        String uuid = createExternalCluster("10.0.0.1");
        patch(uuid, Map.of("external", Map.of("client_certificate", Map.of("uuid", CLUSTER_CLIENT_CERT))))
                .statusCode(200);
        assertEquals(CLUSTER_CLIENT_CERT, keyManager(uuid).getString("external.client_certificate.uuid"));
    }

    @Test
    void certificatesMustBeInstalledInTheKeyManagersScope() {
        String uuid = create(externalVs0("10.0.0.1"));
        assertError(patch(uuid, serverCas(VS1_SERVER_CA)), "65536821", "Certificate is not installed.",
                "external.server_ca_certificates.uuid");
        assertError(patch(uuid, serverCas(CLUSTER_SERVER_CA)), "65536821", "Certificate is not installed.",
                "external.server_ca_certificates.uuid");
        assertError(patch(uuid, Map.of("external", Map.of("client_certificate", Map.of("uuid", CLUSTER_CLIENT_CERT)))),
                "65536821", "Certificate is not installed.", "external.client_certificate.uuid");
        assertError(patch(uuid, Map.of("external", Map.of("client_certificate", Map.of("uuid", VS0_SERVER_CA)))),
                "65536821", "Certificate is not installed.", "external.client_certificate.uuid");
        JsonPath after = keyManager(uuid);
        assertEquals(VS0_CLIENT_CERT, after.getString("external.client_certificate.uuid"));
        assertEquals(List.of(VS0_SERVER_CA), after.getList("external.server_ca_certificates.uuid"));
    }

    @Test
    void failedPatchChangesNothingEvenWhenPartOfItWasValid() {
        String uuid = create(externalVs0("10.0.0.1"));
        Map<String, Object> body = Map.of("external", Map.of(
                "client_certificate", Map.of("uuid", VS0_CLIENT_CERT),
                "server_ca_certificates", List.of(Map.of("uuid", VS0_SERVER_CA), Map.of("uuid", VS1_SERVER_CA))));
        patch(uuid, body).statusCode(400).body("error.code", equalTo("65536821"));
        assertEquals(List.of(VS0_SERVER_CA), keyManager(uuid).getList("external.server_ca_certificates.uuid"));
    }

    @Test
    void emptyServerCaListIsRefused() {
        String uuid = createExternalCluster("10.0.0.1");
        patch(uuid, serverCas()).statusCode(400).body("error.code", equalTo("262197"))
                .body("error.target", equalTo("external.server_ca_certificates"));
        assertEquals(List.of(CLUSTER_SERVER_CA), keyManager(uuid).getList("external.server_ca_certificates.uuid"));
    }

    @Test
    void keyServersCannotBeChangedThroughTheKeyManager() {
        String uuid = createExternalCluster("10.0.0.1");
        patch(uuid, Map.of("external", Map.of("servers", List.of(Map.of("server", "10.0.0.9")))))
                .statusCode(400).body("error.code", equalTo("262179"))
                .body("error.target", equalTo("external.servers"));
        assertEquals(List.of("10.0.0.1:5696"), serverNames(uuid));
    }

    @Test
    void externalPropertiesOnAnOnboardKeyManagerAreRefused() {
        String uuid = createOnboard();
        assertError(patch(uuid, serverCas(CLUSTER_SERVER_CA)), "65536828",
                "External key management is not enabled for the SVM.", "external");
        assertEquals(true, keyManager(uuid).getBoolean("onboard.enabled"));
    }

    @Test
    void onboardPropertiesOnAnExternalKeyManagerAreRefused() {
        String uuid = createExternalCluster("10.0.0.1");
        assertError(patch(uuid, passphraseChange(PASSPHRASE, NEW_PASSPHRASE)), "65536828",
                "External key management is not enabled for the SVM.", "onboard");
        assertEquals(List.of("10.0.0.1:5696"), keyManager(uuid).getList("external.servers.server"));
    }

    @Test
    void changesThePassphrase() {
        String uuid = createOnboard();
        patch(uuid, passphraseChange(PASSPHRASE, NEW_PASSPHRASE)).statusCode(200).body(equalTo("{}"));
        assertEquals(true, isCurrentPassphrase(uuid, NEW_PASSPHRASE));
        assertEquals(false, isCurrentPassphrase(uuid, PASSPHRASE));
    }

    @Test
    void passphraseChangeNeedsBothPassphrases() {
        String uuid = createOnboard();
        String message = "Updating an onboard passphrase requires both new and existing cluster passphrase.";
        assertError(patch(uuid, passphraseChange(null, NEW_PASSPHRASE)), "65536917", message,
                "onboard.existing_passphrase");
        assertError(patch(uuid, passphraseChange(PASSPHRASE, null)), "65536917", message, "onboard.passphrase");
        assertError(patch(uuid, Map.of("onboard", Map.of())), "65536917", message, "onboard.existing_passphrase");
        assertEquals(true, isCurrentPassphrase(uuid, PASSPHRASE));
    }

    @Test
    void wrongExistingPassphraseAnswersOntapsRuntimeText() {
        String uuid = createOnboard();
        assertError(patch(uuid, passphraseChange(Secrets.passphrase(40, 'w'), NEW_PASSPHRASE)), "65536139",
                "Cluster-wide passphrase is incorrect.", "onboard.existing_passphrase");
        assertEquals(true, isCurrentPassphrase(uuid, PASSPHRASE));
    }

    @Test
    void sameNewPassphraseAnswersOntapsRuntimeText() {
        String uuid = createOnboard();
        assertError(patch(uuid, passphraseChange(PASSPHRASE, PASSPHRASE)), "65536150",
                "New passphrase cannot be same as the old passphrase.", "onboard.passphrase");
    }

    @Test
    void wrongPassphraseIsReportedBeforeSamePassphrase() {
        String uuid = createOnboard();
        String wrong = Secrets.passphrase(40, 'w');
        patch(uuid, passphraseChange(wrong, wrong)).statusCode(400).body("error.code", equalTo("65536139"));
    }

    @Test
    void newPassphraseLengthIsChecked() {
        String uuid = createOnboard();
        String message = "Passphrase does not match the accepted length.";
        assertError(patch(uuid, passphraseChange(PASSPHRASE, Secrets.passphrase(31, 'n'))), "65536404", message,
                "onboard.passphrase");
        assertError(patch(uuid, passphraseChange(PASSPHRASE, Secrets.passphrase(257, 'n'))), "65536404", message,
                "onboard.passphrase");
        assertEquals(true, isCurrentPassphrase(uuid, PASSPHRASE));
    }

    @Test
    void synchronizeChecksTheExistingPassphraseOnly() {
        String uuid = createOnboard();
        patch(uuid, Map.of("onboard", Map.of("synchronize", true, "existing_passphrase", PASSPHRASE)))
                .statusCode(200);
        assertError(patch(uuid, Map.of("onboard", Map.of("synchronize", true,
                "existing_passphrase", Secrets.passphrase(40, 'w')))), "65536139",
                "Cluster-wide passphrase is incorrect.", "onboard.existing_passphrase");
        patch(uuid, Map.of("onboard", Map.of("synchronize", true))).statusCode(400)
                .body("error.code", equalTo("65537242")).body("error.target", equalTo("onboard.existing_passphrase"));
        patch(uuid, Map.of("onboard", Map.of("synchronize", true, "existing_passphrase", PASSPHRASE,
                "passphrase", NEW_PASSPHRASE))).statusCode(400)
                .body("error.code", equalTo("65537243")).body("error.target", equalTo("onboard.passphrase"));
        assertEquals(true, isCurrentPassphrase(uuid, PASSPHRASE));
    }

    @Test
    void synchronizeIsRefusedBeforeOntap97() {
        String uuid = createOnboard();
        emulate("9.6.0");
        patch(uuid, Map.of("onboard", Map.of("synchronize", true, "existing_passphrase", PASSPHRASE)))
                .statusCode(400).body("error.code", equalTo("262179"))
                .body("error.target", equalTo("onboard.synchronize"));
    }

    @Test
    void emptyPatchChangesNothing() {
        String uuid = createExternalCluster("10.0.0.1");
        patch(uuid, Map.of()).statusCode(200);
        assertEquals(CLUSTER_CLIENT_CERT, keyManager(uuid).getString("external.client_certificate.uuid"));
    }

    @Test
    void readOnlyFieldsCannotBeSet() {
        String uuid = createExternalCluster("10.0.0.1");
        patch(uuid, Map.of("scope", "svm")).statusCode(400).body("error.code", equalTo("262179"))
                .body("error.target", equalTo("scope"));
        patch(uuid, Map.of("svm", Map.of("name", "vs0"))).statusCode(400).body("error.code", equalTo("262179"));
        assertEquals("cluster", keyManager(uuid).getString("scope"));
    }

    @Test
    void patchOfAnUnknownKeyManagerIs404() {
        patch("00000000-0000-0000-0000-000000000000", passphraseChange(PASSPHRASE, NEW_PASSPHRASE))
                .statusCode(404).body("error.code", equalTo("4")).body("error.target", equalTo("uuid"));
    }
}

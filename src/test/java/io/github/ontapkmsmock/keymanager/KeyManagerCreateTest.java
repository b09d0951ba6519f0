package io.github.ontapkmsmock.keymanager;

import static io.github.ontapkmsmock.testing.Inventory.ADMIN_SVM;
import static io.github.ontapkmsmock.testing.Inventory.ADMIN_SVM_UUID;
import static io.github.ontapkmsmock.testing.Inventory.CLUSTER_CLIENT_CERT;
import static io.github.ontapkmsmock.testing.Inventory.CLUSTER_SERVER_CA;
import static io.github.ontapkmsmock.testing.Inventory.VS0;
import static io.github.ontapkmsmock.testing.Inventory.VS0_CLIENT_CERT;
import static io.github.ontapkmsmock.testing.Inventory.VS0_SERVER_CA;
import static io.github.ontapkmsmock.testing.Inventory.VS0_UUID;
import static io.github.ontapkmsmock.testing.Inventory.VS1;
import static io.github.ontapkmsmock.testing.Inventory.VS1_CLIENT_CERT;
import static io.github.ontapkmsmock.testing.Inventory.VS1_SERVER_CA;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Secrets;
import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.testing.StandInKeystores;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class KeyManagerCreateTest extends KeyManagerFixtures {

    @Inject
    StandInKeystores otherFamily;

    private static ValidatableResponse post(Object body) {
        return api().body(body).post(KEY_MANAGERS).then();
    }

    private static void assertNoKeyManagers() {
        assertEquals(0, allKeyManagers().getInt("num_records"));
    }

    private static void assertError(ValidatableResponse answer, int status, String code, String message,
            String target) {
        answer.statusCode(status).body("error.code", equalTo(code)).body("error.message", equalTo(message))
                .body("error.target", equalTo(target));
    }

    @Test
    void createsExternalKeyManagerForTheCluster() {
        String location = api().body(externalCluster("10.225.89.33:5696")).post(KEY_MANAGERS + "?return_records=true")
                .then().statusCode(201)
                .header("Location", containsString("/api/security/key-managers/"))
                .body("num_records", equalTo(1))
                .body("records[0].scope", equalTo("cluster"))
                .body("records[0]", not(hasKey("svm")))
                .body("records[0].external.client_certificate.uuid", equalTo(CLUSTER_CLIENT_CERT))
                .body("records[0].external.server_ca_certificates.uuid", contains(CLUSTER_SERVER_CA))
                .body("records[0].external.servers.server", contains("10.225.89.33:5696"))
                .extract().header("Location");
        JsonPath all = allKeyManagers();
        assertEquals(1, all.getInt("num_records"));
        String uuid = all.getString("records[0].uuid");
        assertTrue(location.endsWith("/api/security/key-managers/" + uuid), location);
        assertEquals("cluster", all.getString("records[0].scope"));
    }

    @Test
    void createWithoutReturnRecordsAnswersLocationOnly() {
        api().body(externalCluster("10.225.89.33")).post(KEY_MANAGERS).then().statusCode(201)
                .header("Location", not(emptyOrNullString()))
                .body(equalTo("{}"));
    }

    @Test
    void createsExternalKeyManagerForAnSvm() {
        String uuid = create(externalVs0("10.225.89.34:5696"));
        api().get(KEY_MANAGERS + "/" + uuid).then().statusCode(200)
                .body("scope", equalTo("svm"))
                .body("svm.uuid", equalTo(VS0_UUID))
                .body("svm.name", equalTo(VS0))
                .body("external.client_certificate.uuid", equalTo(VS0_CLIENT_CERT))
                .body("external.server_ca_certificates.uuid", contains(VS0_SERVER_CA))
                .body("external.servers.server", contains("10.225.89.34:5696"));
    }

    @Test
    void createNamesTheSvmByUuid() {
        Map<String, Object> body = new LinkedHashMap<>(externalVs0("10.225.89.34"));
        body.put("svm", Map.of("uuid", VS0_UUID));
        String uuid = create(body);
        assertEquals(VS0, keyManager(uuid).getString("svm.name"));
    }

    @Test
    void namingTheAdminSvmIsClusterScope() {
        Map<String, Object> body = new LinkedHashMap<>(externalCluster("10.225.89.33"));
        body.put("svm", Map.of("name", ADMIN_SVM));
        String uuid = create(body);
        JsonPath created = keyManager(uuid);
        assertEquals("cluster", created.getString("scope"));
        assertNull(created.get("svm"));
    }

    @Test
    void serverWithoutPortGetsTheDefaultPort() {
        String uuid = create(externalCluster("10.225.89.33", "kmip.example.com", "10.225.89.35:5697"));
        assertEquals(List.of("10.225.89.33:5696", "kmip.example.com:5696", "10.225.89.35:5697"),
                keyManager(uuid).getList("external.servers.server"));
    }

    @Test
    void serversShowDefaultTimeoutAndUsername() {
        String uuid = create(externalCluster("10.225.89.33"));
        api().get(KEY_MANAGERS + "/" + uuid).then().statusCode(200)
                .body("external.servers[0].timeout", equalTo(25))
                .body("external.servers[0].username", equalTo(""))
                .body("external.servers[0]._links.self.href",
                        equalTo(KEY_MANAGERS + "/" + uuid + "/key-servers/10.225.89.33%3A5696"));
    }

    @Test
    void createsOnboardKeyManagerForTheCluster() {
        String uuid = create(onboard(PASSPHRASE));
        api().get(KEY_MANAGERS + "/" + uuid).then().statusCode(200)
                .body("scope", equalTo("cluster"))
                .body("onboard.enabled", equalTo(true))
                .body("onboard", not(hasKey("passphrase")))
                .body("$", not(hasKey("external")))
                .body("$", not(hasKey("svm")));
    }

    @Test
    void onboardAcceptsSynchronize() {
        String uuid = create(Map.of("onboard", Map.of("passphrase", PASSPHRASE, "synchronize", false)));
        assertEquals(true, keyManager(uuid).getBoolean("onboard.enabled"));
    }

    @Test
    void synchronizeIsRefusedBeforeOntap97() {
        emulate("9.6.0");
        assertError(post(Map.of("onboard", Map.of("passphrase", PASSPHRASE, "synchronize", true))), 400,
                "262179", "Unexpected argument \"onboard.synchronize\".", "onboard.synchronize");
        assertNoKeyManagers();
    }

    /** POST with synchronize joins a MetroCluster partner site; the mock's cluster is not part of one (9.7). */
    @Test
    void synchronizeOnCreateFollowsTheOntap97Rules() {
        assertError(post(Map.of("onboard", Map.of("synchronize", true))), 400, "65537240",
                "The Onboard Key Manager passphrase must be provided when performing a POST/synchronize operation.",
                "onboard.passphrase");
        post(Map.of("onboard", Map.of("passphrase", PASSPHRASE, "existing_passphrase", PASSPHRASE,
                "synchronize", true))).statusCode(400).body("error.code", equalTo("65537241"));
        post(Map.of("onboard", Map.of("passphrase", PASSPHRASE, "existing_passphrase", PASSPHRASE))).statusCode(400)
                .body("error.code", equalTo("262179")).body("error.target", equalTo("onboard.existing_passphrase"));
        post(Map.of("onboard", Map.of("passphrase", PASSPHRASE, "synchronize", true))).statusCode(400)
                .body("error.code", equalTo("65537246")).body("error.target", equalTo("onboard.synchronize"));
        assertNoKeyManagers();
        createOnboard();
        post(Map.of("onboard", Map.of("passphrase", PASSPHRASE, "synchronize", true))).statusCode(409)
                .body("error.code", equalTo("65537244"));
    }

    @Test
    void onboardPassphraseOfBoundaryLengthsIsAccepted() {
        String uuid = create(onboard(Secrets.passphrase(32, 'x')));
        api().delete(KEY_MANAGERS + "/" + uuid).then().statusCode(200);
        create(onboard(Secrets.passphrase(256, 'y')));
    }

    @Test
    @SuppressWarnings("unchecked")
    void externalRequiresClientCertificate() {
        Map<String, Object> body = externalCluster("10.225.89.33");
        ((Map<String, Object>) body.get("external")).remove("client_certificate");
        assertError(post(body), 400, "65536876", "External key management requires client and server CA "
                + "certificates installed and with one or more key servers provided.", "external.client_certificate");
        assertNoKeyManagers();
    }

    @Test
    void externalRequiresServerCaCertificates() {
        Map<String, Object> body = external(null, CLUSTER_CLIENT_CERT, List.of(), "10.225.89.33");
        assertError(post(body), 400, "65536876", "External key management requires client and server CA "
                + "certificates installed and with one or more key servers provided.",
                "external.server_ca_certificates");
        assertNoKeyManagers();
    }

    @Test
    @SuppressWarnings("unchecked")
    void externalRequiresServers() {
        assertError(post(externalCluster()), 400, "65536876", "External key management requires client and server "
                + "CA certificates installed and with one or more key servers provided.", "external.servers");
        Map<String, Object> noServer = externalCluster();
        ((Map<String, Object>) noServer.get("external")).put("servers", List.of(Map.of("timeout", 30)));
        post(noServer).statusCode(400).body("error.code", equalTo("65536876"));
        assertNoKeyManagers();
    }

    @Test
    void clientCertificateMustBeInstalled() {
        Map<String, Object> body = external(null, "00000000-0000-0000-0000-000000000000",
                List.of(CLUSTER_SERVER_CA), "10.225.89.33");
        assertError(post(body), 400, "65536821", "Certificate is not installed.", "external.client_certificate.uuid");
        assertNoKeyManagers();
    }

    @Test
    void certificatesMustBeInstalledInTheClusterForClusterScope() {
        Map<String, Object> body = external(null, VS0_CLIENT_CERT, List.of(CLUSTER_SERVER_CA), "10.225.89.33");
        assertError(post(body), 400, "65536821", "Certificate is not installed.", "external.client_certificate.uuid");
        Map<String, Object> svmCa = external(null, CLUSTER_CLIENT_CERT, List.of(VS0_SERVER_CA), "10.225.89.33");
        assertError(post(svmCa), 400, "65536821", "Certificate is not installed.",
                "external.server_ca_certificates.uuid");
        assertNoKeyManagers();
    }

    @Test
    void certificatesMustBeInstalledInTheSvmForSvmScope() {
        assertError(post(external(VS0, CLUSTER_CLIENT_CERT, List.of(VS0_SERVER_CA), "10.225.89.33")), 400,
                "65536821", "Certificate is not installed.", "external.client_certificate.uuid");
        assertError(post(external(VS0, VS1_CLIENT_CERT, List.of(VS0_SERVER_CA), "10.225.89.33")), 400,
                "65536821", "Certificate is not installed.", "external.client_certificate.uuid");
        assertError(post(external(VS1, VS1_CLIENT_CERT, List.of(VS0_SERVER_CA), "10.225.89.33")), 400,
                "65536821", "Certificate is not installed.", "external.server_ca_certificates.uuid");
        assertNoKeyManagers();
    }

    @Test
    void certificatesMustBeOfTheRightType() {
        assertError(post(external(null, CLUSTER_SERVER_CA, List.of(CLUSTER_SERVER_CA), "10.225.89.33")), 400,
                "65536821", "Certificate is not installed.", "external.client_certificate.uuid");
        assertError(post(external(null, CLUSTER_CLIENT_CERT, List.of(CLUSTER_CLIENT_CERT), "10.225.89.33")), 400,
                "65536821", "Certificate is not installed.", "external.server_ca_certificates.uuid");
        assertNoKeyManagers();
    }

    @Test
    void atMostFourKeyServers() {
        assertError(post(externalCluster("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5")), 400,
                "65536038", "A maximum of 4 active key servers are allowed.", "external.servers");
        assertNoKeyManagers();
        String uuid = create(externalCluster("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"));
        assertEquals(4, keyManager(uuid).getList("external.servers").size());
    }

    @Test
    void duplicateKeyServersAreRefused() {
        assertError(post(externalCluster("10.0.0.1:5696", "10.0.0.1:5696")), 400, "65536871",
                "Duplicate key management servers exist.", "external.servers");
        post(externalCluster("10.0.0.1", "10.0.0.1:5696")).statusCode(400).body("error.code", equalTo("65536871"));
        post(externalCluster("KMIP.example.com", "kmip.example.com:5696")).statusCode(400)
                .body("error.code", equalTo("65536871"));
        assertNoKeyManagers();
    }

    @Test
    void invalidServerAddressIsRefused() {
        assertError(post(externalCluster("10.0.0.1:99999")), 400, "262197", "Invalid value for field "
                + "\"external.servers.server\": expected a host name or IP address with an optional port, such as "
                + "10.225.89.34:5696.", "external.servers.server");
        assertNoKeyManagers();
    }

    @Test
    void secondExternalKeyManagerForTheSameSvmIsRefused() {
        create(externalCluster("10.0.0.1"));
        assertError(post(externalCluster("10.0.0.2")), 409, "65536870", "Key management servers already configured.",
                "svm");
        assertEquals(1, allKeyManagers().getInt("num_records"));
    }

    @Test
    void externalForAnSvmWithOnboardIsRefused() {
        create(onboard(PASSPHRASE));
        assertError(post(externalCluster("10.0.0.2")), 409, "65536823", "The SVM has key manager already configured.",
                "svm");
        assertEquals(1, allKeyManagers().getInt("num_records"));
    }

    @Test
    void onboardForAClusterWithExternalIsRefused() {
        create(externalCluster("10.0.0.1"));
        assertError(post(onboard(PASSPHRASE)), 409, "65536823", "The SVM has key manager already configured.",
                "onboard");
        assertEquals(1, allKeyManagers().getInt("num_records"));
    }

    @Test
    void keyManagerOfAnotherFamilyBlocksTheSvm() {
        otherFamily.add("33333333-0000-4000-8000-000000000001", Keystore.Type.aws, VS0_UUID, false, "default", true,
                false);
        otherFamily.add("33333333-0000-4000-8000-000000000002", Keystore.Type.akv, ADMIN_SVM_UUID, true, "default",
                true, true);
        assertError(post(externalVs0("10.0.0.1")), 409, "65536823", "The SVM has key manager already configured.",
                "svm");
        assertError(post(onboard(PASSPHRASE)), 409, "65536823", "The SVM has key manager already configured.",
                "onboard");
        assertNoKeyManagers();
    }

    @Test
    void awsKmsOfTheSvmBlocksAnExternalKeyManager() {
        api().body(Map.of("svm", Map.of("name", VS0), "region", "us-east-1", "key_id", "kmip-aws",
                "access_key_id", "AK7ATC35ZXU6GKUDQURT", "secret_access_key", Secrets.secret("aws")))
                .post("/api/security/aws-kms").then().statusCode(201);
        assertError(post(externalVs0("10.0.0.1")), 409, "65536823", "The SVM has key manager already configured.",
                "svm");
        assertNoKeyManagers();
    }

    @Test
    void oneKeyManagerPerSvmLeavesOtherSvmsFree() {
        create(externalCluster("10.0.0.1"));
        create(externalVs0("10.0.0.1"));
        create(external(VS1, VS1_CLIENT_CERT, List.of(VS1_SERVER_CA),
                "10.0.0.1"));
        assertEquals(3, allKeyManagers().getInt("num_records"));
    }

    @Test
    void concurrentCreatesForOneSvmLetOneWin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String server = "10.0.0." + (i + 1);
                answers.add(pool.submit(() -> post(externalVs0(server)).extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, allKeyManagers().getInt("num_records"));
    }

    @Test
    void secondOnboardKeyManagerIsRefused() {
        create(onboard(PASSPHRASE));
        assertError(post(onboard(NEW_PASSPHRASE)), 409, "65536907", "Onboard key management is already configured. "
                + "Use the CLI to sync any nodes with onboard key management configuration.", "onboard");
        assertEquals(1, allKeyManagers().getInt("num_records"));
    }

    @Test
    void onboardOnlyForTheAdminSvm() {
        Map<String, Object> body = Map.of("svm", Map.of("name", VS0), "onboard", Map.of("passphrase", PASSPHRASE));
        assertError(post(body), 400, "65536916", "Onboard key management is only supported for an admin SVM.", "svm");
        assertNoKeyManagers();
    }

    @Test
    void onboardPassphraseLengthIsChecked() {
        String message = "Onboard key manager passphrase length is incorrect.";
        assertError(post(onboard(Secrets.passphrase(31, 'x'))), 400, "65536920", message, "onboard.passphrase");
        assertError(post(onboard(Secrets.passphrase(257, 'x'))), 400, "65536920", message, "onboard.passphrase");
        assertError(post(onboard(Secrets.passphrase(40, 'é'))), 400, "65536920", message, "onboard.passphrase");
        assertError(post(onboard("")), 400, "65536920", message, "onboard.passphrase");
        assertNoKeyManagers();
    }

    @Test
    void onboardRequiresPassphrase() {
        assertError(post(Map.of("onboard", Map.of())), 400, "262177",
                "Missing value for \"onboard.passphrase\": the field is required.", "onboard.passphrase");
        assertNoKeyManagers();
    }

    @Test
    void externalAndOnboardTogetherAreRefused() {
        Map<String, Object> body = new LinkedHashMap<>(externalCluster("10.0.0.1"));
        body.put("onboard", Map.of("passphrase", PASSPHRASE));
        post(body).statusCode(400).body("error.code", equalTo("262186")).body("error.target", equalTo("onboard"));
        assertNoKeyManagers();
    }

    @Test
    void neitherExternalNorOnboardIsRefused() {
        assertError(post(Map.of()), 400, "262177", "Either \"external\" or \"onboard\" must be specified.",
                "external");
        assertNoKeyManagers();
    }

    @Test
    void unknownSvmIsRefused() {
        assertError(post(external("vs9", VS0_CLIENT_CERT, List.of(VS0_SERVER_CA), "10.0.0.1")), 400, "2621462",
                "SVM \"vs9\" does not exist.", "svm.name");
        Map<String, Object> byUuid = new LinkedHashMap<>(externalVs0("10.0.0.1"));
        byUuid.put("svm", Map.of("uuid", "00000000-0000-0000-0000-000000000009"));
        assertError(post(byUuid), 400, "2621462", "SVM \"00000000-0000-0000-0000-000000000009\" does not exist.",
                "svm.uuid");
        assertNoKeyManagers();
    }

    @Test
    void readOnlyFieldsCannotBeSet() {
        Map<String, Object> body = new LinkedHashMap<>(externalCluster("10.0.0.1"));
        body.put("scope", "svm");
        post(body).statusCode(400).body("error.code", equalTo("262179")).body("error.target", equalTo("scope"));
        assertNoKeyManagers();
    }

    @Test
    void failedCreateLeavesSvmFree() {
        post(externalCluster("10.0.0.1", "10.0.0.1")).statusCode(400);
        create(externalCluster("10.0.0.1"));
        assertEquals(1, allKeyManagers().getInt("num_records"));
    }

    /** A key server's address is at most a 255-character host name with its port: refused before anything exists. */
    @Test
    void createRefusesAnOverLongKeyServer() {
        post(externalCluster("k".repeat(64 * 1024))).statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("external.servers.server"));
        assertNoKeyManagers();
    }
}

package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.faults.FaultHeaders;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class VersionTest extends OntapTest {

    @Test
    void versionShowsTheEmulatedAndTheConfiguredRelease() {
        control().get("/_mock/version").then().statusCode(200)
                .body("version", equalTo("9.17.1"))
                .body("configured", equalTo("9.17.1"));
    }

    @Test
    void setVersionIsWhatTheClusterReports() {
        control().body(Map.of("version", "9.13.1")).put("/_mock/version").then().statusCode(200)
                .body("version", equalTo("9.13.1"))
                .body("configured", equalTo("9.17.1"));
        api().get("/api/cluster").then().statusCode(200)
                .body("version.generation", equalTo(9))
                .body("version.major", equalTo(13))
                .body("version.minor", equalTo(1))
                .body("version.full", startsWith("NetApp Release 9.13.1"));
        api().get("/api/cluster/nodes?fields=version").then().body("records[0].version.major", equalTo(13));
    }

    @Test
    void operationsIntroducedLaterDoNotExistForTheEmulatedRelease() {
        // AWS KMS was introduced in 9.12 (seed 000); a forced error tells a resolved operation from a missing one
        control().body(Map.of("version", "9.11.1")).put("/_mock/version").then().statusCode(200);
        api().header(FaultHeaders.ERROR, "65537915").get("/api/security/aws-kms").then().statusCode(404)
                .body("error.code", equalTo("4"))
                .body("error.message", equalTo("API not found"));
        // Azure Key Vault rekey-external came in 9.11, rekey-internal in 9.10: both exist on 9.11.1
        api().header(FaultHeaders.ERROR, "65537549").get("/api/security/azure-key-vaults").then().statusCode(400)
                .body("error.code", equalTo("65537549"));

        control().body(Map.of("version", "9.12")).put("/_mock/version").then().statusCode(200)
                .body("version", equalTo("9.12.0"));
        api().header(FaultHeaders.ERROR, "65537915").get("/api/security/aws-kms").then().statusCode(500)
                .body("error.code", equalTo("65537915"));
    }

    @Test
    void awsKmsDoesNotExistBefore912() {
        control().body(Map.of("version", "9.11.1")).put("/_mock/version").then().statusCode(200);
        api().get("/api/security/aws-kms").then().statusCode(404).body("error.code", equalTo("4"));
        api().body(StateOfFamiliesTest.awsBody("vs0")).post("/api/security/aws-kms").then().statusCode(404);
        control().body(Map.of("version", "9.12.1")).put("/_mock/version").then().statusCode(200);
        api().body(StateOfFamiliesTest.awsBody("vs0")).post("/api/security/aws-kms").then().statusCode(201);
    }

    @Test
    void createInactiveIsRefusedBefore914() {
        control().body(Map.of("version", "9.13.1")).put("/_mock/version").then().statusCode(200);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("svm", Map.of("name", "vs0"),
                "client_id", "client1", "tenant_id", "tenant1", "name", "https://mykeyvault.vault.azure.net/",
                "key_id", "https://keyvault-test.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a74",
                "client_secret", Secrets.secret("akv")));
        api().body(body).post("/api/security/azure-key-vaults?create_inactive=true").then().statusCode(400)
                .body("error.target", equalTo("create_inactive"));
        body.put("configuration", Map.of("name", "standby"));
        control().body(Map.of("version", "9.14.1")).put("/_mock/version").then().statusCode(200);
        api().body(body).post("/api/security/azure-key-vaults?create_inactive=true&return_timeout=30").then()
                .statusCode(201);
    }

    @Test
    void versionOutsideWhatTheMockEmulatesIsRefused() {
        control().body(Map.of("version", "9.5.0")).put("/_mock/version").then().statusCode(400)
                .body("error.target", equalTo("version"))
                .body("error.message", startsWith(MockErrors.PREFIX));
        control().body(Map.of("version", "nine")).put("/_mock/version").then().statusCode(400)
                .body("error.target", equalTo("version"));
        control().body(Map.of()).put("/_mock/version").then().statusCode(400)
                .body("error.code", equalTo("262177"))
                .body("error.target", equalTo("version"));
        control().body(Map.of("version", "9.14.1", "configured", "9.14.1")).put("/_mock/version").then()
                .statusCode(400).body("error.target", equalTo("configured"));
        control().get("/_mock/version").then().body("version", equalTo("9.17.1"));
    }

    /** A release given as a number is refused, not read as the text "9.14". */
    @Test
    void versionOfTheWrongTypeIsRefused() {
        control().body(Map.of("version", 9.14)).put("/_mock/version").then().statusCode(400)
                .body("error.code", equalTo("262197")).body("error.target", equalTo("version"));
        control().get("/_mock/version").then().body("version", equalTo("9.17.1"));
    }
}

package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The journal masks the secrets, and only them: write-only properties where the operation's request schema has them,
 * whatever their JSON type, and secret values in query strings; a key manager's {@code external.client_certificate}
 * is a reference to an installed certificate, not a secret.
 */
@QuarkusTest
class JournalSecretsTest extends OntapTest {

    private static final String MASK = "********";

    @Test
    void aKeyManagersClientCertificateReferenceIsNotMasked() {
        api().body(Map.of("external", Map.of(
                "client_certificate", Map.of("uuid", Inventory.CLUSTER_CLIENT_CERT),
                "server_ca_certificates", List.of(Map.of("uuid", Inventory.CLUSTER_SERVER_CA)),
                "servers", List.of(Map.of("server", "10.0.0.1:5696"))))).post("/api/security/key-managers").then()
                .statusCode(201);
        control().get("/_mock/requests").then()
                .body("records[0].body.external.client_certificate.uuid", equalTo(Inventory.CLUSTER_CLIENT_CERT));
    }

    @Test
    void anAzureClientCertificateAndAPassphraseAreMasked() {
        String certificate = "MIIB" + Secrets.secret("cert");
        api().body(Map.of("client_id", "c", "tenant_id", "t", "name", "https://v.vault.azure.net/", "key_id",
                "https://v.vault.azure.net/keys/k1", "client_certificate", certificate))
                .post("/api/security/azure-key-vaults").then();
        api().body(Map.of("onboard", Map.of("passphrase", Secrets.passphrase(40, 'p'))))
                .post("/api/security/key-managers").then().statusCode(201);
        control().get("/_mock/requests").then()
                .body("records[0].body.client_certificate", equalTo(MASK))
                .body("records[1].body.onboard.passphrase", equalTo(MASK));
    }

    @Test
    void aSecretOfAnotherJsonTypeIsMaskedWhole() {
        String secret = Secrets.secret("typed");
        api().body(Map.of("svm", Map.of("name", "vs0"), "region", "us-east-1", "key_id", "k", "access_key_id", "AK",
                "secret_access_key", Map.of("value", secret))).post("/api/security/aws-kms").then().statusCode(400);
        control().get("/_mock/requests").then()
                .body("records[0].body.secret_access_key", equalTo(MASK))
                .body(not(containsString(secret)));
    }

    @Test
    void secretValuesInAQueryStringAreMasked() {
        String secret = Secrets.secret("query");
        // instances refuse the parameters (262179) without quoting their values
        api().get("/api/security/aws-kms/x?secret_access_key=" + secret + "&region=us-east-1").then().statusCode(400);
        api().get("/api/security/key-managers/x?onboard.passphrase=" + secret).then().statusCode(400);
        control().get("/_mock/requests").then()
                .body("records[0].query", equalTo("secret_access_key=" + MASK + "&region=us-east-1"))
                .body("records[1].query", equalTo("onboard.passphrase=" + MASK))
                .body(not(containsString(secret)));
    }
}

package io.github.ontapkmsmock.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.attack.AttackSurface;
import io.github.ontapkmsmock.attack.AttackSurface.Property;
import io.github.ontapkmsmock.attack.AttackSurface.Target;
import io.github.ontapkmsmock.ontap.errors.OntapError;
import io.github.ontapkmsmock.ontap.faults.FaultHeaders;
import io.github.ontapkmsmock.testing.ApiClient;
import io.github.ontapkmsmock.testing.ApiClient.Answer;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RichState;
import io.github.ontapkmsmock.testing.SecretLeakFilter;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Distinctive secret values (each carries {@link SecretLeakFilter#MARKER}) sent through every operation that takes
 * them, accepted, refused, failed by a forced error or inside their job: none shows in any answer's body or
 * headers, in the request journal, in the state export, in the fault rules or in the application's log.
 */
@QuarkusTest
class SecretsScanTest extends OntapTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ApiClient client = new ApiClient();
    private final List<Answer> answers = new ArrayList<>();
    private final CapturedLog log = new CapturedLog();

    @BeforeEach
    void captureLog() {
        log.install();
    }

    @AfterEach
    void releaseLog() {
        log.uninstall();
    }

    @Test
    void secretsOfAcceptedWritesShowNowhere() {
        RichState.Seeded seeded = RichState.seed();
        send("PATCH", RichState.AWS_KMS + "/" + seeded.awsKms(), Map.of("secret_access_key",
                Secrets.secret("aws-modify"), "access_key_id", "AK7ATC35ZXU6GKUDQURX", "proxy_password",
                Secrets.secret("proxy-modify")));
        send("PATCH", RichState.AZURE_KEY_VAULTS + "/" + seeded.azureKeyVault() + "?return_timeout=30",
                Map.of("client_secret", Secrets.secret("azure-modify")));
        Map<String, Object> certificate = RichState.azureKeyVault(Inventory.VS1);
        certificate.remove("client_secret");
        certificate.put("client_certificate", Secrets.certificate("azure-create"));
        certificate.put("configuration", Map.of("name", "by-certificate"));
        send("POST", RichState.AZURE_KEY_VAULTS + "?create_inactive=true&return_timeout=30", certificate);
        send("PATCH", RichState.KEY_MANAGERS + "/" + seeded.keyManager() + "/key-servers/" + RichState.SERVER_2,
                Map.of("username", "kmip-user", "password", Secrets.secret("kmip-modify")));
        send("POST", RichState.KEY_MANAGERS + "/" + seeded.keyManager() + "/key-servers",
                Map.of("server", "10.225.89.36:5696", "username", "u", "password", Secrets.secret("kmip-create")));
        state.reset();
        String passphrase = Secrets.passphrase(48, 'o');
        Answer onboard = send("POST", RichState.KEY_MANAGERS, Map.of("onboard", Map.of("passphrase", passphrase)));
        String uuid = onboard.headers().get("location").get(0);
        send("PATCH", uuid, Map.of("onboard", Map.of("existing_passphrase", passphrase, "passphrase",
                Secrets.passphrase(64, 'n'))));
        send("PATCH", "/api/security/key-manager-configs", Map.of("passphrase", Secrets.passphrase(64, 'n'),
                "cc_mode_enabled", false));
        assertTrue(answers.stream().allMatch(a -> a.status() < 300), answers::toString);
        assertNothingLeaked();
    }

    /**
     * Every operation whose body has write-only properties, all of them set: with the spec's example body (refused
     * by some rule or accepted), with a forced error, with a forced job failure, and in a body that cannot be read.
     */
    @Test
    void secretsOfRefusedAndFailedWritesShowNowhere() {
        RichState.Seeded seeded = RichState.seed();
        int operations = 0;
        for (Target target : AttackSurface.targets()) {
            List<Property> secrets = target.properties().stream()
                    .filter(p -> p.schema().path("writeOnly").asBoolean(false)).toList();
            if (secrets.isEmpty()) {
                continue;
            }
            operations++;
            String path = AttackSurface.pathWithKeys(target.op().pathTemplate(),
                    Map.of("/api/cluster/jobs/{uuid}", seeded.job()));
            String method = target.op().method();
            ObjectNode body = target.exampleBody();
            for (Property secret : secrets) {
                body = AttackSurface.with(body, secret.path(), JSON.textNode(secretFor(target, secret)));
            }
            send(method, path, body.toString());
            OntapError documented = target.op().errors().isEmpty() ? null : target.op().errors().get(0);
            if (documented != null) {
                send(method, path, body.toString(), Map.of(FaultHeaders.ERROR, documented.code()));
                if (target.op().async()) {
                    Answer accepted = send(method, path, body.toString(),
                            Map.of(FaultHeaders.JOB_ERROR, documented.code()));
                    JsonNode job = accepted.json().path("job").path("_links").path("self").path("href");
                    if (job.isTextual()) {
                        send("GET", job.asText(), null);
                    }
                }
            }
            String text = body.toString();
            send(method, path, text.substring(0, text.length() - 1) + ",");
            send(method, path, text + " trailing");
        }
        assertTrue(operations >= 8, "operations taking secrets: " + operations);
        assertNothingLeaked();
    }

    @Test
    void secretsInQueryStringsShowNowhere() {
        RichState.seed();
        for (String field : AttackSurface.SPEC.writeOnlyFields()) {
            send("GET", RichState.AWS_KMS + "?" + field + "=" + Secrets.secret("query-" + field), null);
            send("GET", RichState.KEY_MANAGERS + "?fields=" + field + "&" + field + "="
                    + Secrets.secret("filter-" + field), null);
        }
        assertNothingLeaked();
    }

    private static String secretFor(Target target, Property secret) {
        String name = secret.path().get(secret.path().size() - 1).toString();
        if (name.contains("passphrase")) {
            return Secrets.passphrase(40 + name.length(), 'p');
        }
        if (name.equals("client_certificate")) {
            return Secrets.certificate(target.id());
        }
        return Secrets.secret(target.id() + "-" + name);
    }

    private Answer send(String method, String target, Object body) {
        return send(method, target, body, Map.of());
    }

    private Answer send(String method, String target, Object body, Map<String, String> headers) {
        Answer answer = client.send(method, target, body, headers);
        answers.add(answer);
        // A forced error may be one a page documents with a 5xx status; nothing else may.
        assertTrue(answer.status() < 500 || !headers.isEmpty(), answer::toString);
        return answer;
    }

    /** Every answer of the test, then the journal, the state, the fault rules and the log. */
    private void assertNothingLeaked() {
        assertFalse(answers.isEmpty());
        for (Answer answer : answers) {
            assertFalse(answer.body().contains(SecretLeakFilter.MARKER), () -> "a secret in " + answer);
            answer.headers().forEach((name, values) -> values.forEach(value -> assertFalse(
                    value.contains(SecretLeakFilter.MARKER), () -> "a secret in header " + name + " of " + answer)));
        }
        for (String control : List.of("/_mock/requests", "/_mock/state", "/_mock/faults")) {
            Answer exported = client.send("GET", control, null);
            assertEquals(200, exported.status(), exported::toString);
            assertFalse(exported.body().contains(SecretLeakFilter.MARKER), () -> "a secret in " + exported);
        }
        log.records().forEach(line -> assertFalse(line.contains(SecretLeakFilter.MARKER),
                () -> "a secret logged: " + line));
    }
}

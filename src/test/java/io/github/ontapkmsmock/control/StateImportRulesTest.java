package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.control.ControlClient.state;
import static io.github.ontapkmsmock.control.StateOfFamiliesTest.createAwsKms;
import static io.github.ontapkmsmock.control.StateOfFamiliesTest.createAzureKeyVault;
import static io.github.ontapkmsmock.control.StateOfFamiliesTest.createExternalClusterKeyManager;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code PUT /_mock/state} holds imported records to the rules the API holds created ones to (issue 11: six key
 * servers, duplicate servers, a timeout of -100, a 100 KB server name, a server without port, a UUID "not-a-uuid"
 * and an Azure record reusing an AWS record's UUID were imported): each answers 400 naming the part of the document,
 * and the state stays exactly as it was.
 */
@QuarkusTest
class StateImportRulesTest extends OntapTest {

    private JsonNode before;

    @BeforeEach
    void oneRecordOfEachFamily() {
        createAwsKms("vs0");
        createAzureKeyVault("vs1");
        createExternalClusterKeyManager();
        before = state();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void importBreakingARuleOfTheApiIsRefusedNamingThePart(String rule, Consumer<ObjectNode> breaking,
            String target, String message) {
        ObjectNode document = before.deepCopy();
        breaking.accept(document);

        control().body(document.toString()).put("/_mock/state").then().statusCode(400)
                .body("error.target", equalTo(target))
                .body("error.message", startsWith(MockErrors.PREFIX))
                .body("error.message", containsString(message));
        assertEquals(before, state());
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("at most four key servers", (Consumer<ObjectNode>) d -> {
                    for (int i = 1; i <= 5; i++) {
                        servers(d).addObject().put("server", "10.0.0." + i + ":5696").put("timeout", 25)
                                .put("username", "");
                    }
                }, "key_managers[0].external.servers", "65536038"),
                Arguments.of("no duplicate key servers", (Consumer<ObjectNode>) d -> servers(d)
                        .add(servers(d).get(0).deepCopy()), "key_managers[0].external.servers", "65536871"),
                Arguments.of("timeout from -1 to 60", (Consumer<ObjectNode>) d -> server(d).put("timeout", -100),
                        "key_managers[0].external.servers[0].timeout", "262197"),
                Arguments.of("server with its port", (Consumer<ObjectNode>) d -> server(d).put("server", "10.0.0.9"),
                        "key_managers[0].external.servers[0].server", "262197"),
                Arguments.of("server at most 261 characters", (Consumer<ObjectNode>) d -> server(d).put("server",
                        "k".repeat(100 * 1024) + ":5696"), "key_managers[0]",
                        "external.servers[0].server breaks a rule of the API: at most 261 characters"),
                Arguments.of("client certificate of the key manager's scope", (Consumer<ObjectNode>) d ->
                        ((ObjectNode) d.at("/key_managers/0/external")).put("client_certificate",
                                Inventory.VS0_CLIENT_CERT), "key_managers[0].external.client_certificate",
                        "65536821"),
                Arguments.of("host name at most 255 characters", (Consumer<ObjectNode>) d ->
                        ((ObjectNode) d.at("/aws_kms/0")).put("host", "h".repeat(256)), "aws_kms[0]",
                        "host breaks a rule of the API: at most 255 characters"),
                Arguments.of("secret at most 1024 characters", (Consumer<ObjectNode>) d ->
                        ((ObjectNode) d.at("/aws_kms/0")).put("secret_access_key", "s".repeat(1025)), "aws_kms[0]",
                        "secret_access_key breaks a rule of the API: at most 1024 characters"),
                Arguments.of("a secret access key that is not empty", (Consumer<ObjectNode>) d ->
                        ((ObjectNode) d.at("/aws_kms/0")).put("secret_access_key", ""), "aws_kms[0].secret_access_key",
                        "65537900"),
                Arguments.of("an inactive configuration not named default", (Consumer<ObjectNode>) d ->
                        ((ObjectNode) d.at("/azure_key_vaults/0/configuration")).put("name", "default")
                                .put("enabled", false), "azure_key_vaults[0].configuration.name", "65538902"),
                Arguments.of("values of their own type", (Consumer<ObjectNode>) d ->
                        ((ObjectNode) d.at("/aws_kms/0")).put("port", "443"), "aws_kms[0].port", "not a valid record"),
                Arguments.of("record UUIDs are UUIDs", (Consumer<ObjectNode>) d ->
                        ((ObjectNode) d.at("/aws_kms/0")).put("uuid", "not-a-uuid"), "aws_kms[0].uuid", "not a UUID"),
                Arguments.of("UUIDs unique across families", (Consumer<ObjectNode>) d ->
                        ((ObjectNode) d.at("/azure_key_vaults/0")).put("uuid", d.at("/aws_kms/0/uuid").asText()),
                        "azure_key_vaults[0].uuid", "a record of aws_kms has this UUID already"));
    }

    @Test
    void onboardPassphraseOfAnAcceptedLengthOnly() {
        control().post("/_mock/reset").then().statusCode(200);
        api().body(java.util.Map.of("onboard", java.util.Map.of("passphrase", Secrets.passphrase(40, 'p'))))
                .post("/api/security/key-managers").then().statusCode(201);
        JsonNode onboard = state();
        ObjectNode document = onboard.deepCopy();
        ((ObjectNode) document.at("/key_managers/0/onboard")).put("passphrase", Secrets.passphrase(31, 's'));

        control().body(document.toString()).put("/_mock/state").then().statusCode(400)
                .body("error.target", equalTo("key_managers[0].onboard.passphrase"))
                .body("error.message", containsString("65536920"));
        assertEquals(onboard, state());
    }

    private static ArrayNode servers(ObjectNode document) {
        return (ArrayNode) document.at("/key_managers/0/external/servers");
    }

    private static ObjectNode server(ObjectNode document) {
        return (ObjectNode) servers(document).get(0);
    }
}

package io.github.ontapkmsmock.ontap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.github.ontapkmsmock.control.ControlClient;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RawHttp;
import io.github.ontapkmsmock.testing.RawHttp.Answer;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A path segment {@code .} or {@code ..}, raw or percent-encoded, an encoded slash or backslash, a raw backslash or a
 * {@code ;} never resolves to another resource: every path parameter of every operation (ONTAP's and the control
 * API's) answers 404 code "4" in ONTAP's envelope, and the state is what it was.
 */
@QuarkusTest
class PathSegmentsTest extends OntapTest {

    private static final String KEY_MANAGERS = "/api/security/key-managers";
    private static final String AWS_KMS = "/api/security/aws-kms";
    private static final String AZURE = "/api/security/azure-key-vaults";
    private static final String SERVER = "10.0.0.1:5696";
    private static final List<String> DOT_SEGMENTS = List.of("..", "%2E%2E", "%2e%2e", ".%2E", "%2e.", ".", "%2E",
            "%2e");
    private static final List<String> NOT_A_KEY = List.of("a%2F..", "%2F", "a%5C..", "a\\..", ";", "x;y", "%2E%2E%2F");

    @Test
    void deleteOfADotDotKeyServerDeletesNeitherTheServerNorTheKeyManager() {
        String keyManager = createExternalKeyManager();
        JsonNode before = ControlClient.state();
        for (String segment : DOT_SEGMENTS) {
            assertNoResource(RawHttp.send("DELETE", bytes(keyManager + "/key-servers/" + segment)));
        }
        assertEquals(before, ControlClient.state());
        api().get(keyManager + "/key-servers/" + SERVER).then().statusCode(200);
    }

    @Test
    void patchOfADotDotKeyServerPatchesNothing() {
        String keyManager = createExternalKeyManager();
        JsonNode before = ControlClient.state();
        for (String segment : DOT_SEGMENTS) {
            assertNoResource(RawHttp.send("PATCH", bytes(keyManager + "/key-servers/" + segment),
                    "Content-Type: application/json\r\n"));
        }
        assertEquals(before, ControlClient.state());
    }

    @Test
    void actionsOfAnAwsKmsWithADotDotTailDeleteNothing() {
        String aws = api().body(Map.of("svm", Map.of("name", Inventory.VS0), "region", "us-east-1", "key_id", "k1",
                "access_key_id", "AK7ATC35ZXU6GKUDQURT", "secret_access_key", Secrets.secret("aws"))).post(AWS_KMS)
                .then().statusCode(201).extract().header("Location");
        JsonNode before = ControlClient.state();
        for (String segment : DOT_SEGMENTS) {
            assertNoResource(RawHttp.send("DELETE", bytes(aws + "/rekey-internal/" + segment)));
            assertNoResource(RawHttp.send("DELETE", bytes(aws + "/restore/" + segment)));
        }
        assertEquals(before, ControlClient.state());
    }

    @Test
    void aDotSegmentAddressesNeitherTheParentNorTheCollection() {
        for (String segment : DOT_SEGMENTS) {
            assertNoResource(RawHttp.get("/api/cluster/jobs/" + segment));
            assertNoResource(RawHttp.get(AWS_KMS + "/" + segment));
            assertNoResource(RawHttp.get(AZURE + "/" + segment + "/restore"));
            assertNoResource(RawHttp.get("/api/" + segment + "/_mock/state"));
        }
    }

    @Test
    void emptySegmentsAreMergedAsOntapsWebServerDoes() {
        Answer cluster = RawHttp.get("//api//cluster");
        assertEquals(200, cluster.status(), cluster.body());
        assertEquals("cluster1", cluster.json().getString("name"));
    }

    @Test
    void everyPathParameterOfEveryOperationRefusesDotSegmentsAndEncodedSlashes() throws IOException {
        createExternalKeyManager();
        JsonNode before = ControlClient.state();
        List<String> variants = new ArrayList<>(DOT_SEGMENTS);
        variants.addAll(NOT_A_KEY);
        for (String[] operation : operations()) {
            for (String path : withEachParameter(operation[1], variants)) {
                Answer answer = RawHttp.send(operation[0], bytes(path), "Content-Type: application/json\r\n");
                assertEquals(404, answer.status(), () -> operation[0] + " " + path + ": " + answer.body());
                assertEquals("4", answer.json().getString("error.code"), () -> operation[0] + " " + path);
            }
        }
        assertEquals(before, ControlClient.state());
    }

    /** Method and path template of every operation of ONTAP's spec and of the control API's. */
    private static List<String[]> operations() throws IOException {
        List<String[]> operations = new ArrayList<>();
        for (SpecOperation op : OntapSpec.load().operations()) {
            operations.add(new String[] { op.method(), op.pathTemplate() });
        }
        JsonNode control = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/mock-control.yaml"));
        control.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(new String[] { method.toUpperCase(), path.getKey() })));
        return operations;
    }

    /** The template with one of its parameters replaced by each variant, the others by a plain key. */
    private static List<String> withEachParameter(String template, List<String> variants) {
        List<String> paths = new ArrayList<>();
        Matcher parameter = Pattern.compile("\\{[^}]+}").matcher(template);
        while (parameter.find()) {
            for (String variant : variants) {
                String path = template.substring(0, parameter.start()) + variant + template.substring(parameter.end());
                paths.add(path.replaceAll("\\{[^}]+}", "x"));
            }
        }
        return paths;
    }

    private static String createExternalKeyManager() {
        return api().body(Map.of("external", Map.of(
                "client_certificate", Map.of("uuid", Inventory.CLUSTER_CLIENT_CERT),
                "server_ca_certificates", List.of(Map.of("uuid", Inventory.CLUSTER_SERVER_CA)),
                "servers", List.of(Map.of("server", SERVER))))).post(KEY_MANAGERS)
                .then().statusCode(201).extract().header("Location");
    }

    private static void assertNoResource(Answer answer) {
        assertEquals(404, answer.status(), answer.body());
        assertEquals("application/hal+json", answer.header("Content-Type"));
        assertEquals("4", answer.json().getString("error.code"));
    }

    private static byte[] bytes(String target) {
        return target.getBytes(StandardCharsets.US_ASCII);
    }
}

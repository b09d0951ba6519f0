package io.github.ontapkmsmock.ontap.http;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.ontapkmsmock.control.ControlClient;
import io.github.ontapkmsmock.testing.MockTls;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RawHttp;
import io.github.ontapkmsmock.testing.RawHttp.Answer;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The HTTP layer's refusals are ONTAP's envelope, code 262185, over HTTP and over HTTPS with HTTP/1.1 and HTTP/2: an
 * undecodable URI 400, a URI over the line limit 414, headers over their limit 431, a body over its limit 413 (read
 * and dropped, so the client gets the answer and the connection stays usable), whether its length is declared or not
 * (chunked, or an HTTP/2 stream). Nothing changes.
 */
@QuarkusTest
class HttpLayerErrorsTest extends OntapTest {

    private static final String KEY_MANAGERS = "/api/security/key-managers";
    private static final String LONG = "b".repeat(64 * 1024);
    private static final String UNKNOWN = "11111111-2222-3333-4444-555555555555";
    private static final byte[] BODY_16_MIB = filled(16 * 1024 * 1024);

    @Test
    void aLongUriIs414AndLargeHeaders431OverHttp() {
        assertRefused(RawHttp.get("/api/cluster?x=" + LONG), 414, "uri");
        assertRefused(RawHttp.send("GET", bytes("/api/cluster"), "X-Big: " + LONG + "\r\n"), 431, "headers");
        assertRefused(RawHttp.get("/_mock/requests?x=" + LONG), 414, "uri");
    }

    @Test
    void theHttpLayerAnswersInTheEnvelopeOverHttps11() {
        JsonNode before = ControlClient.state();
        assertRefused(RawHttp.sendOverTls("GET", bytes("/api/cluster?a=%ZZ"), "", new byte[0]), 400, "uri");
        assertRefused(RawHttp.sendOverTls("GET", bytes("/api/cluster?x=" + LONG), "", new byte[0]), 414, "uri");
        assertRefused(RawHttp.sendOverTls("GET", bytes("/api/cluster"), "X-Big: " + LONG + "\r\n", new byte[0]), 431,
                "headers");
        assertRefused(RawHttp.sendOverTls("POST", bytes(KEY_MANAGERS), "Content-Type: application/json\r\n",
                BODY_16_MIB), 413, "body");
        assertRefused(RawHttp.sendOverTls("PUT", bytes("/_mock/state"), "Content-Type: application/json\r\n",
                BODY_16_MIB), 413, "body");
        assertEquals(before, ControlClient.state());
    }

    @Test
    void theHttpLayerAnswersInTheEnvelopeOverHttp2() throws Exception {
        JsonNode before = ControlClient.state();
        HttpClient client = http2();
        HttpResponse<String> cluster = client.send(request("/api/cluster").GET().build(), body());
        assertEquals(HttpClient.Version.HTTP_2, cluster.version());
        assertEquals(200, cluster.statusCode());
        assertRefused(client.send(request("/api/cluster?x=" + LONG).GET().build(), body()), 414, "uri");
        assertRefused(client.send(request("/api/cluster").header("X-Big", LONG).GET().build(), body()), 431,
                "headers");
        assertRefused(client.send(request(KEY_MANAGERS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(BODY_16_MIB)).build(), body()), 413, "body");
        assertEquals(200, client.send(request("/api/cluster").GET().build(), body()).statusCode());
        assertEquals(before, ControlClient.state());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413OverHttp() {
        JsonNode before = ControlClient.state();
        byte[] piece = filled(64 * 1024);
        String chunked = "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n";
        assertRefused(RawHttp.stream("POST", bytes(KEY_MANAGERS), chunked, piece, BODY_16_MIB.length), 413, "body");
        assertRefused(RawHttp.stream("PUT", bytes("/_mock/state"), chunked, piece, BODY_16_MIB.length), 413, "body");
        assertRefused(RawHttp.stream("DELETE", bytes(KEY_MANAGERS + "/" + UNKNOWN), chunked, piece,
                BODY_16_MIB.length), 413, "body");
        assertEquals(before, ControlClient.state());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413OverHttps11AndTheConnectionStaysUsable() {
        JsonNode before = ControlClient.state();
        Answer[] answers = RawHttp.sendChunkedOverTls("POST", bytes(KEY_MANAGERS), "Content-Type: application/json\r\n",
                BODY_16_MIB);
        assertRefused(answers[0], 413, "body");
        assertEquals(200, answers[1].status(), answers[1].body());
        assertEquals(before, ControlClient.state());
    }

    @Test
    void aStreamedBodyOverTheLimitIs413OverHttp2AndTheConnectionStaysUsable() throws Exception {
        JsonNode before = ControlClient.state();
        HttpClient client = http2();
        HttpResponse<String> refused = client.send(request(KEY_MANAGERS).header("Content-Type", "application/json")
                .POST(streamed(BODY_16_MIB)).build(), body());
        assertEquals(HttpClient.Version.HTTP_2, refused.version());
        assertRefused(refused, 413, "body");
        assertEquals(200, client.send(request("/api/cluster").GET().build(), body()).statusCode());
        assertEquals(before, ControlClient.state());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsAnyOtherOverHttps11AndHttp2() throws Exception {
        Answer[] imported = RawHttp.sendChunkedOverTls("PUT", bytes("/_mock/state"),
                "Content-Type: application/json\r\n", bytes("{\"version\": \"9.16.1\"}"));
        assertEquals(200, imported[0].status(), imported[0].body());
        assertEquals("9.16.1", ControlClient.state().path("version").asText());

        String onboard = "{\"onboard\": {\"passphrase\": \"" + Secrets.passphrase(40, 'p') + "\"}}";
        HttpResponse<String> created = http2().send(request(KEY_MANAGERS).header("Content-Type", "application/json")
                .POST(streamed(bytes(onboard))).build(), body());
        assertEquals(HttpClient.Version.HTTP_2, created.version());
        assertEquals(201, created.statusCode(), created.body());
        api().get(KEY_MANAGERS + "?onboard.enabled=true").then().statusCode(200).body("num_records", equalTo(1));
    }

    @Test
    void anEmptyObjectSentChunkedWhereNoBodyIsTakenIsNoBody() {
        Answer[] deleted = RawHttp.sendChunkedOverTls("DELETE", bytes(KEY_MANAGERS + "/" + UNKNOWN), "",
                bytes("{ }"));
        assertEquals(404, deleted[0].status(), deleted[0].body());
        assertEquals("4", deleted[0].json().getString("error.code"));
    }

    @Test
    void anEmptyObjectSentOverHttp2WhereNoBodyIsTakenIsNoBodyAndAnyOtherIsRefused() throws Exception {
        HttpClient client = http2();
        HttpResponse<String> deleted = client.send(request(KEY_MANAGERS + "/" + UNKNOWN)
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{}")).build(), body());
        assertEquals(HttpClient.Version.HTTP_2, deleted.version());
        assertEquals(404, deleted.statusCode(), deleted.body());
        assertEquals("4", new ObjectMapper().readTree(deleted.body()).path("error").path("code").asText());
        HttpResponse<String> refused = client.send(request(KEY_MANAGERS + "/" + UNKNOWN)
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"a\": 1}")).build(), body());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("262198", new ObjectMapper().readTree(refused.body()).path("error").path("code").asText());
    }

    private static HttpClient http2() {
        return HttpClient.newBuilder().sslContext(MockTls.context()).version(HttpClient.Version.HTTP_2).build();
    }

    /** A body of unknown length: the client sends no Content-Length. */
    private static HttpRequest.BodyPublisher streamed(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private static HttpRequest.Builder request(String path) {
        String credentials = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + MockTls.port() + path))
                .header("Authorization", "Basic " + credentials);
    }

    private static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString();
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String target) throws IOException {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/hal+json", answer.headers().firstValue("Content-Type").orElse(null));
        JsonNode error = new ObjectMapper().readTree(answer.body()).path("error");
        assertEquals("262185", error.path("code").asText());
        assertEquals(target, error.path("target").asText());
    }

    private static void assertRefused(Answer answer, int status, String target) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/hal+json", answer.header("Content-Type"));
        assertEquals("262185", answer.json().getString("error.code"));
        assertEquals(target, answer.json().getString("error.target"));
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    private static byte[] bytes(String target) {
        return target.getBytes(StandardCharsets.US_ASCII);
    }
}

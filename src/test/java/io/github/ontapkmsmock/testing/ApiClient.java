package io.github.ontapkmsmock.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client many threads share, as a pipeline's parallel jobs share a cluster: keep-alive connections, basic auth as
 * the cluster administrator, JSON bodies. Every answer keeps its status, headers and body for the tests to inspect.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = "http://127.0.0.1:"
            + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    private final String authorization;

    /** As the cluster administrator. */
    public ApiClient() {
        this(OntapTest.USER);
    }

    /** As this user name with the administrator's password: {@code admin@<tenant>} acts in a tenant's cluster. */
    public ApiClient(String user) {
        authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + OntapTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** An answer of the mock. */
    public record Answer(String method, String target, int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + target + " answered no JSON: " + body, e);
            }
        }

        /** The ONTAP error code, or null. */
        public String code() {
            JsonNode code = json().path("error").path("code");
            return code.isTextual() ? code.asText() : null;
        }

        @Override
        public String toString() {
            return method + " " + target + " answered " + status + " " + body;
        }
    }

    public Answer send(String method, String target, Object body) {
        return send(method, target, body, Map.of());
    }

    /** A request with a JSON body (a string is sent as it is; null for none) and further headers. */
    public Answer send(String method, String target, Object body, Map<String, String> headers) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                    .header("Accept", target.startsWith("/_mock") ? "application/json" : "application/hal+json")
                    .method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(method, target, response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

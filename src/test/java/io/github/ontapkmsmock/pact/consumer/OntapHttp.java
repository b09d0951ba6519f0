package io.github.ontapkmsmock.pact.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The HTTP side of the consumers, as an ONTAP automation sends its requests (basic authentication, JSON, HAL
 * accepted); nothing in it knows about Pact.
 */
final class OntapHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int POLLS = 20;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final String authorization = "Basic "
            + Base64.getEncoder().encodeToString("admin:netapp1!".getBytes(StandardCharsets.UTF_8));

    OntapHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** An answer: status, JSON body (missing when empty), and the Location header. */
    record Answer(int status, JsonNode body, String location) {
        String errorCode() {
            return body.path("error").path("code").asText();
        }
    }

    Answer get(String path, Map<String, String> query) {
        return send(request(path + queryString(query)).GET());
    }

    Answer post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json; charset=UTF-8")
                .POST(BodyPublishers.ofString(json(body))));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    /** Polls the job an asynchronous answer (202) links to until it is no longer running; the job. */
    JsonNode awaitJob(Answer accepted) {
        String href = accepted.body().path("job").path("_links").path("self").path("href").asText();
        for (int i = 0; i < POLLS; i++) {
            JsonNode job = get(href, Map.of()).body();
            if (!"running".equals(job.path("state").asText()) && !"queued".equals(job.path("state").asText())) {
                return job;
            }
        }
        throw new IllegalStateException("job " + href + " still running after " + POLLS + " polls");
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).header("Accept", "application/hal+json")
                .header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String queryString(Map<String, String> query) {
        return query.isEmpty() ? "" : "?" + query.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

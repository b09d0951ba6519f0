package io.github.ontapkmsmock;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;

/**
 * The training run of {@code -Pappcds} and {@code -Paot}: the JVM archives what the run loaded (and, for the AOT
 * cache, how it ran), so a run that only starts, as Quarkus's does, leaves out everything the first requests load
 * (the JSON mappers' serializers, the request filters, the families' services). This one also serves a few requests
 * of each kind to itself: a read, a collection, a create, a delete, a body the schema refuses, health. Nothing of it
 * outlives the run.
 */
public class StartupTraining implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(StartupTraining.class);
    private static final String AWS_KMS = "/api/security/aws-kms";
    private static final String CREATE = "{\"svm\": {\"name\": \"vs0\"}, \"region\": \"us-east-1\", "
            + "\"key_id\": \"kmip-key\", \"access_key_id\": \"AKIAEXAMPLE\", \"secret_access_key\": \"secret\"}";

    private final ValueRegistry values;
    private final MockConfig config;

    @Inject
    public StartupTraining(ValueRegistry values, MockConfig config) {
        this.values = values;
        this.config = config;
    }

    @Override
    public int run(String... args) throws IOException {
        String base = "http://127.0.0.1:" + values.get(HttpServer.HTTP_PORT);
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (config.auth().username() + ":" + config.auth().password()).getBytes(StandardCharsets.UTF_8));
        for (int round = 0; round < 2; round++) {
            send(base, auth, "GET", "/api/cluster", null, 200);
            send(base, auth, "GET", AWS_KMS + "?fields=*&svm.name=vs*", null, 200);
            send(base, auth, "POST", AWS_KMS, CREATE, 201);
            send(base, auth, "DELETE", AWS_KMS + "?svm.name=vs0", null, 200);
            send(base, auth, "POST", AWS_KMS, "{\"region\": \"" + "x".repeat(300) + "\"}", 400);
            send(base, auth, "GET", "/q/health/ready", null, 200);
        }
        LOG.info("training requests served");
        return 0;
    }

    /** One request; an unexpected answer fails the training (and so the build), as it would not train that path. */
    private static void send(String base, String auth, String method, String path, String body, int expected)
            throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        c.setRequestMethod(method);
        c.setRequestProperty("Authorization", auth);
        c.setRequestProperty("Accept", "application/hal+json");
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        if (status != expected) {
            throw new IllegalStateException("training: " + method + " " + path + " answered " + status);
        }
    }
}

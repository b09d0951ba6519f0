package io.github.ontapkmsmock.attack;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.ontapkmsmock.testing.RawHttp;

/**
 * One hostile request and what the mock must answer it: never a 5xx, always a JSON body in ONTAP's form, an error
 * envelope for a refusal, and the {@link Expectation} of its class.
 *
 * @param target the request target, sent byte for byte (so {@code ..} and {@code %2E%2E} reach the mock as written)
 * @param body   the body, byte for byte; null for none
 * @param stream a body streamed in chunks instead: {@code headers} declare it, this many bytes are written
 */
record AttackCase(String name, String method, byte[] target, String headers, byte[] body, long stream,
        Expectation expectation) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CONTENT_TYPES = Set.of("application/hal+json", "application/json");
    static final String JSON_BODY = "Content-Type: application/json\r\n";

    /** What the class of an attack requires of the answer, beyond the checks every answer passes. */
    @FunctionalInterface
    interface Expectation {
        /** Null when the answer is as required, else why not. */
        String mismatch(int status, String code);
    }

    static AttackCase of(String name, String method, String target, String body, Expectation expectation) {
        return new AttackCase(name, method, target.getBytes(StandardCharsets.UTF_8), body == null ? "" : JSON_BODY,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), 0, expectation);
    }

    static AttackCase bytes(String name, String method, String target, byte[] body, Expectation expectation) {
        return new AttackCase(name, method, target.getBytes(StandardCharsets.UTF_8), JSON_BODY, body, 0, expectation);
    }

    /** The answer, checked; whether it was a success (2xx), which a hostile request must never get. */
    boolean send() {
        RawHttp.Answer answer = stream > 0
                ? RawHttp.stream(method, target, headers, chunk(), stream)
                : RawHttp.send(method, target, headers, body);
        String what = method + " " + new String(target, StandardCharsets.ISO_8859_1) + " answered " + answer.status()
                + " " + abbreviated(answer.body());
        assertTrue(answer.status() < 500, () -> what + ": a 5xx");
        JsonNode json;
        try {
            json = JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            fail(what + ": the body is not a JSON object");
        }
        String type = answer.header("Content-Type");
        assertTrue(type != null && CONTENT_TYPES.contains(type.split(";")[0].trim()),
                () -> what + ": Content-Type " + type);
        String code = json.path("error").path("code").isTextual() ? json.path("error").path("code").asText() : null;
        if (answer.status() >= 400 && code == null) {
            fail(what + ": no ONTAP error envelope with a string code");
        }
        String mismatch = expectation.mismatch(answer.status(), code);
        if (mismatch != null) {
            fail(what + ": expected " + mismatch);
        }
        return answer.status() < 300;
    }

    private static byte[] chunk() {
        byte[] data = new byte[64 * 1024];
        java.util.Arrays.fill(data, (byte) 'a');
        return data;
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    @Override
    public String toString() {
        return name;
    }
}

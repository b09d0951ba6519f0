package io.github.ontapkmsmock.ontap.errors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * ONTAP's error envelope {@code {"error": {"message", "code", "target", "arguments"}}}, written by the exception
 * mappers and by the HTTP layer for requests that never reach them (a malformed URI).
 */
public final class ErrorEnvelope {

    private ErrorEnvelope() {
    }

    public static ObjectNode of(OntapException e, String message) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        ObjectNode body = envelope.putObject("error");
        body.put("message", message);
        body.put("code", e.code());
        e.target().ifPresent(t -> body.put("target", t));
        if (!e.arguments().isEmpty()) {
            ArrayNode args = body.putArray("arguments");
            e.arguments().forEach(a -> args.addObject().put("code", a.code()).put("message", a.message()));
        }
        return envelope;
    }
}

package io.github.ontapkmsmock.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps a copy of the JSON body of each ONTAP request for the journal as the mock reads it, with every write-only
 * property of the spec (the secrets) masked. A body that is not JSON is not kept: it might hold a secret in a form
 * the mock cannot mask.
 */
@Provider
public class JournalBodyCapture implements ReaderInterceptor {

    static final String MASK = "********";

    private final CurrentVertxRequest current;
    private final ObjectMapper mapper;
    private final Set<String> secrets;

    @Inject
    public JournalBodyCapture(CurrentVertxRequest current, ObjectMapper mapper, OntapSpec spec) {
        this.current = current;
        this.mapper = mapper;
        this.secrets = spec.writeOnlyFields();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        RoutingContext routing = current.getCurrent();
        if (routing == null || !routing.normalizedPath().startsWith("/api/")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            JournalRecorder.body(routing, mask(mapper.readTree(body)));
        } catch (IOException e) {
            // not JSON: the journal records no body, the reader answers the client's error
        }
        return context.proceed();
    }

    private JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (secrets.contains(name)) {
                    object.put(name, MASK);
                } else {
                    mask(object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::mask);
        }
        return node;
    }
}

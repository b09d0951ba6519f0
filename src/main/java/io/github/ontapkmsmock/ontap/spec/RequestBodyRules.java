package io.github.ontapkmsmock.ontap.spec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks every request body against the schema of its operation once it has been read (so a body Jackson cannot read
 * keeps its own error): a missing body where the spec requires one, and the first rule broken in the order of the
 * properties' paths. Bean validation did this on the generated models, at the price of building its metadata for
 * every model at start.
 */
@Provider
public class RequestBodyRules implements ReaderInterceptor {

    private static final ObjectMapper TREES = new ObjectMapper();

    private final CurrentVertxRequest current;
    private final SpecSchemas schemas;

    @Inject
    public RequestBodyRules(CurrentVertxRequest current, SpecSchemas schemas) {
        this.current = current;
        this.schemas = schemas;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        RoutingContext routing = current.getCurrent();
        if (routing == null) {
            return context.proceed();
        }
        String path = routing.normalizedPath();
        OntapSpec spec = schemas.forPath(path);
        Optional<SpecOperation> op = spec.match(routing.request().method().name(), path);
        if (op.isEmpty()) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        Object read = context.proceed();
        if (read == null) {
            if (spec.requiresBody(op.get())) {
                throw new RequestBodyRefused(null);
            }
            return null;
        }
        // a body of no schema (the state document, a map) is not read twice
        if (spec.rules().covers(context.getType())) {
            spec.rules().check(context.getType(), TREES.readTree(body)).stream().findFirst().ifPresent(v -> {
                throw new RequestBodyRefused(v);
            });
        }
        return read;
    }
}

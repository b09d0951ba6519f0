package io.github.ontapkmsmock.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.ontapkmsmock.ontap.http.OntapRequest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps a copy of the JSON body of each ONTAP request for the journal as the mock reads it, with its secrets masked
 * ({@link JournalMask}). A body that is not JSON is not kept: it might hold a secret in a form the mock cannot mask.
 */
@Provider
public class JournalBodyCapture implements ReaderInterceptor {

    private final CurrentVertxRequest current;
    private final ObjectMapper mapper;
    private final JournalMask mask;
    private final OntapRequest request;

    @Inject
    public JournalBodyCapture(CurrentVertxRequest current, ObjectMapper mapper, JournalMask mask,
            OntapRequest request) {
        this.current = current;
        this.mapper = mapper;
        this.mask = mask;
        this.request = request;
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
            JournalRecorder.body(routing, mask.body(mapper.readTree(body), request.operation()));
        } catch (IOException e) {
            // not JSON: the journal records no body, the reader answers the client's error
        }
        return context.proceed();
    }
}

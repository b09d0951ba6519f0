package io.github.ontapkmsmock.ontap.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A request body of unknown length (chunked, or an HTTP/2 stream without {@code Content-Length}) is read whole, up to
 * the size limit, before any reader or the journal sees it; one byte over, it is refused like a declared one: 413,
 * code {@code 262185}, target {@code body}, and the rest of it dropped ({@link HttpLimits#dropRestOfBody}). A body
 * with a {@code Content-Length} is within the limit here: {@link HttpLimits} refused it otherwise.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodyWithinLimit implements ReaderInterceptor {

    private final CurrentVertxRequest current;
    private final HttpLimits limits;

    @Inject
    public BodyWithinLimit(CurrentVertxRequest current, HttpLimits limits) {
        this.current = current;
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        RoutingContext routing = current.getCurrent();
        if (routing == null || routing.request().getHeader(HttpHeaders.CONTENT_LENGTH) != null) {
            return context.proceed();
        }
        long max = limits.maxBody();
        byte[] body = context.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (body.length > max) {
            HttpLimits.dropRestOfBody(routing);
            throw OntapException.documented(CommonErrors.INVALID_VALUE).withStatus(413).withTarget("body")
                    .withMessage(limits.tooLarge());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}

package io.github.ontapkmsmock.control;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The control API reads request bodies as JSON whatever the client declares, as {@code /api} does: a pipeline's
 * {@code curl -d '{...}'} sends a form content type.
 */
public class ControlRequestFilters {

    @ServerRequestFilter(preMatching = true, priority = Priorities.HEADER_DECORATOR)
    public void readBodiesAsJson(ContainerRequestContext ctx) {
        if (!ctx.getUriInfo().getPath().startsWith("/_mock/")) {
            return;
        }
        boolean hasBody = ctx.getLength() > 0 || ctx.getHeaderString("Transfer-Encoding") != null;
        MediaType type = ctx.getMediaType();
        if (hasBody && (type == null || !type.getSubtype().endsWith("json"))) {
            ctx.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}

package io.github.ontapkmsmock.ontap.http;

import java.lang.annotation.Annotation;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * What every answer of {@code /api} and {@code /_mock} goes through: it has a JSON body, the empty object
 * {@code {}} where there is no data (NetApp, "Interpret an ONTAP REST API response": the body is always JSON; a 201
 * without {@code return_records}, a synchronous PATCH or DELETE). Done here once, so an endpoint answering
 * {@code Response.ok().build()} is covered. HEAD answers keep no body; 204 (never ONTAP's) neither. The
 * Content-Type form is {@link OntapHttpLayer}'s.
 */
public class OntapResponseFilters {

    private static final Annotation[] NONE = new Annotation[0];

    @ServerResponseFilter
    public void jsonAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        boolean api = OntapRequestFilters.isApi(path);
        if (!api && !path.startsWith("/_mock")) {
            return;
        }
        int status = response.getStatus();
        if (response.hasEntity() || HttpMethod.HEAD.equals(request.getMethod()) || status == 204 || status == 304
                || status < 200) {
            return;
        }
        MediaType type = api ? OntapMediaTypes.negotiate(request.getHeaderString(HttpHeaders.ACCEPT))
                : MediaType.APPLICATION_JSON_TYPE;
        response.setEntity(JsonNodeFactory.instance.objectNode(), NONE, type);
    }
}

package io.github.ontapkmsmock.ontap.http;

import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;

/**
 * What every {@code /api} request goes through before it reaches a resource: authentication and the user's role (a
 * read-only user's write is refused here, before any rule on its input or state), the spec operation it addresses
 * (absent for the emulated release: 404), ONTAP's rules on bodies and query parameters.
 */
public class OntapRequestFilters {

    public static final int RESOLVE_OPERATION = Priorities.AUTHENTICATION + 10;

    private final BasicAuthentication authentication;
    private final OntapSpec spec;
    private final OntapRequest request;
    private final EmulatedVersion version;
    private final BodylessOperations bodyless;
    private final QueryParameters queryParameters;

    @Inject
    public OntapRequestFilters(BasicAuthentication authentication, OntapSpec spec, OntapRequest request,
            EmulatedVersion version, BodylessOperations bodyless, QueryParameters queryParameters) {
        this.authentication = authentication;
        this.spec = spec;
        this.request = request;
        this.version = version;
        this.bodyless = bodyless;
        this.queryParameters = queryParameters;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (isApi(path) || path.startsWith("/_mock")) {
            authentication.check(ctx.getMethod(), path, ctx.getHeaderString(HttpHeaders.AUTHORIZATION));
        }
    }

    @ServerRequestFilter(preMatching = true, priority = RESOLVE_OPERATION)
    public void resolveOperation(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (!isApi(path)) {
            return;
        }
        String method = ctx.getMethod();
        if (HttpMethod.OPTIONS.equals(method)) {
            return;
        }
        SpecOperation op = spec.match(method, path).filter(o -> version.has(o.introduced())).orElseThrow(() -> {
            boolean pathExists = spec.operations().stream()
                    .anyMatch(o -> o.pathMatches(path) && version.has(o.introduced()));
            return pathExists ? methodNotAllowed(method, path) : apiNotFound();
        });
        request.operation(op);
        boolean hasBody = ctx.getLength() > 0 || ctx.getHeaderString("Transfer-Encoding") != null;
        if (hasBody && bodyless.takesNoBody(op)) {
            throw OntapException.documented(CommonErrors.BODY_NOT_ALLOWED).withStatus(400)
                    .withMessage("A request body is not allowed on GET, HEAD and DELETE requests, nor on operations "
                            + "that take none.");
        }
        queryParameters.check(op, ctx.getUriInfo().getQueryParameters());
        // ONTAP reads the body as JSON whatever the client declares (curl -d sends a form content type).
        MediaType type = ctx.getMediaType();
        if (hasBody && (type == null || !type.getSubtype().endsWith("json"))) {
            ctx.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private OntapException methodNotAllowed(String method, String path) {
        String allowed = spec.operations().stream().filter(o -> o.pathMatches(path) && version.has(o.introduced()))
                .map(SpecOperation::method).distinct().collect(Collectors.joining(", "));
        return OntapException.documented(CommonErrors.OPERATION_NOT_SUPPORTED).withStatus(405)
                .withMessage("The \"" + method + "\" method is not supported on this resource; allowed: "
                        + allowed + ".");
    }

    private static OntapException apiNotFound() {
        return OntapException.documented(CommonErrors.ENTRY_DOES_NOT_EXIST).withStatus(404)
                .withMessage("API not found");
    }
}

package io.github.ontapkmsmock.ontap.errors;

import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.http.BasicAuthentication;
import io.github.ontapkmsmock.ontap.http.OntapMediaTypes;
import io.github.ontapkmsmock.ontap.http.OntapRequest;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.RequestBodyRefused;
import io.github.ontapkmsmock.ontap.spec.SchemaRules;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;

/**
 * Every failure leaves as ONTAP's error envelope {@code {"error": {"message", "code", "target", "arguments"}}}:
 * the mock's own errors, bodies that break the spec's schema, unreadable JSON, JAX-RS routing errors and anything unexpected (without a
 * stack trace). Quarkus has built-in mappers for some Jackson exceptions, so each type is named here.
 */
public class OntapExceptionMappers {

    private static final Logger LOG = Logger.getLogger(OntapExceptionMappers.class);

    private final ErrorCatalogue catalogue;
    private final OntapRequest request;
    private final OntapSpec spec;

    @Inject
    public OntapExceptionMappers(ErrorCatalogue catalogue, OntapRequest request, OntapSpec spec) {
        this.catalogue = catalogue;
        this.request = request;
        this.spec = spec;
    }

    @ServerExceptionMapper
    public Response ontap(OntapException e, HttpHeaders headers) {
        OntapError entry = catalogue.resolve(request.operation(), e.code());
        int status = e.status().orElse(entry.status());
        ObjectNode error = ErrorEnvelope.of(e, e.explicitMessage().orElse(entry.message()));
        Response.ResponseBuilder answer = Response.status(status).entity(error)
                .type(OntapMediaTypes.negotiate(headers));
        if (status == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, BasicAuthentication.REALM);
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response bodyRefused(RequestBodyRefused e, HttpHeaders headers) {
        return ontap(e.violation().map(OntapExceptionMappers::broken)
                .orElseGet(() -> OntapException.documented(CommonErrors.MISSING_VALUE).withStatus(400)
                        .withMessage("A request body is required.")),
                headers);
    }

    /** A rule of the request schema: a required field missing, or a value out of the spec's bounds. */
    private static OntapException broken(SchemaRules.Violation v) {
        if (v.rule() == SchemaRules.Rule.REQUIRED) {
            return CommonErrors.missingField(v.field());
        }
        // the spec's maxLength: the same words whatever the property
        String reason = v.rule() == SchemaRules.Rule.MAX_LENGTH ? "expected at most " + v.limit() + " characters"
                : v.message();
        return CommonErrors.invalidValue(v.field(), reason);
    }

    @ServerExceptionMapper
    public Response unrecognized(UnrecognizedPropertyException e, HttpHeaders headers) {
        return ontap(fromJackson(e), headers);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers) {
        return ontap(fromJackson(e), headers);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, HttpHeaders headers) {
        return ontap(fromJackson(e), headers);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers) {
        return ontap(fromJackson(e), headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException jpe) {
                return ontap(fromJackson(jpe), headers);
            }
            if (cause instanceof OntapException oe) {
                return ontap(oe, headers);
            }
        }
        int status = e.getResponse().getStatus();
        OntapException error;
        if (e instanceof NotAllowedException) {
            error = OntapException.documented(CommonErrors.OPERATION_NOT_SUPPORTED).withStatus(405)
                    .withMessage("The method is not supported on this resource.");
        } else if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 for a query or path parameter it cannot convert; ONTAP says the value is invalid.
            error = CommonErrors.invalidValue("query", "a parameter has a value of the wrong type");
        } else if (e instanceof NotFoundException) {
            error = OntapException.documented(CommonErrors.ENTRY_DOES_NOT_EXIST).withStatus(404)
                    .withMessage("API not found");
        } else if (e instanceof NotAcceptableException) {
            error = OntapException.documented(CommonErrors.INVALID_FIELD).withStatus(406)
                    .withMessage("The API answers application/hal+json or application/json only.");
        } else if (status == 400) {
            error = OntapException.documented(CommonErrors.INVALID_FIELD_VALUE).withStatus(400)
                    .withMessage("A parameter of the request has an invalid value.");
        } else {
            error = OntapException.documented(CommonErrors.INVALID_FIELD).withStatus(status)
                    .withMessage(statusText(status));
        }
        return ontap(error, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        LOG.errorf("unexpected %s while serving %s", e.getClass().getName(),
                request.operation().map(SpecOperation::operationId).orElse("a request"));
        LOG.debug("unexpected failure", e);
        return ontap(OntapException.documented(CommonErrors.RPC_FAILURE).withStatus(500)
                .withMessage("Internal error. The request could not be completed."), headers);
    }

    /**
     * Jackson's own messages can quote the request body (and so a secret): only the field path and position are
     * taken from them.
     */
    private OntapException fromJackson(JsonProcessingException thrown) {
        // Jackson wraps a body that is no JSON (a control character, bad UTF-8, an early end) in the property it was
        // reading: the body is invalid JSON (262199), not a value of the wrong type (262197).
        JsonProcessingException e = unreadableJson(thrown).orElse(thrown);
        if (e instanceof IgnoredPropertyException ignored) {
            return CommonErrors.cannotBeSet(path(ignored, ignored.getPropertyName()));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String field = path(u, u.getPropertyName());
            return knownField(field) ? CommonErrors.cannotBeSet(field) : CommonErrors.unexpectedArgument(field);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = path(m, null);
            String reason = e instanceof MismatchedInputException mi && mi.getTargetType() != null
                    ? "expected " + describe(mi.getTargetType()) : "the value cannot be read";
            return CommonErrors.invalidValue(field, reason);
        }
        if (e instanceof JsonParseException p && String.valueOf(p.getOriginalMessage()).startsWith("Duplicate field")) {
            String name = p.getOriginalMessage().replaceAll("^Duplicate field '([^']*)'.*$", "$1");
            return CommonErrors.givenTwice(name);
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return OntapException.documented(CommonErrors.INVALID_JSON).withStatus(400)
                .withMessage("Invalid JSON input" + where + ".");
    }

    private static Optional<JsonProcessingException> unreadableJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException p) {
                return Optional.of(p);
            }
            if (t instanceof CharConversionException) {
                return Optional.of(new JsonParseException(null, "invalid UTF-8"));
            }
        }
        return Optional.empty();
    }

    private static String path(JsonMappingException e, String leaf) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                parts.add(ref.getFieldName());
            }
        }
        if (leaf != null && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(leaf))) {
            parts.add(leaf);
        }
        return String.join(".", parts);
    }

    /** Whether the record this request addresses has the field (then it is known, only not settable here). */
    private boolean knownField(String field) {
        return request.operation().flatMap(op -> spec.recordsAt(op.pathTemplate())).flatMap(t -> t.at(field))
                .isPresent();
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String statusText(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Request failed." : known.getReasonPhrase() + ".";
    }
}

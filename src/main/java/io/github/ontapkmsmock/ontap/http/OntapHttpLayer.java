package io.github.ontapkmsmock.ontap.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.ErrorEnvelope;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import jakarta.ws.rs.core.MediaType;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What the HTTP layer does for ONTAP requests before the REST layer sees them.
 *
 * <p>The mock runs with {@code vertx.disableURIValidation} (see {@code OntapMockMain}) so that raw {@code | < > [ ]
 * { }} in a query string are read like their percent-encoded forms, as ONTAP reads them; a URI that cannot be
 * decoded at all (a {@code %} without two hex digits, bytes that are not UTF-8) is refused here with ONTAP's
 * envelope, 400 code {@code 262185}, instead of a bare 400 (the size limits are {@link HttpLimits}').
 *
 * <p>Every answer has ONTAP's Content-Type form, {@code application/hal+json} (or {@code application/json} when
 * asked for), without a charset parameter, success and error alike. The control API's answers are
 * {@code application/json}, and {@code application/hal+json} when asked for (the same JSON), as ONTAP takes both.
 *
 * <p>A request to an operation that takes no body ({@link BodylessOperations}) whose body is the empty JSON object
 * {@code {}} or only whitespace has no body, as NetApp's Python library sends {@code {}} with every DELETE; any other
 * body stays refused with {@code 262198}.
 */
@ApplicationScoped
public class OntapHttpLayer {

    /** Before everything else on the router: the journal and the fault rules see only readable requests. */
    public static final int ROUTE_ORDER = -2_000;

    /** A body longer than this is not an empty object with some whitespace: left for the 262198 refusal. */
    private static final long MAX_EMPTY_BODY = 64 * 1024;
    private static final String RAW = "\"<>[\\]^`{|}";

    private final BodylessOperations bodyless;
    private final HttpLimits limits;

    @Inject
    public OntapHttpLayer(BodylessOperations bodyless, HttpLimits limits) {
        this.bodyless = bodyless;
        this.limits = limits;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(ROUTE_ORDER).handler(this::handle);
        router.route("/_mock/*").order(ROUTE_ORDER).handler(this::checkUri);
        // A path the router itself cannot read (e.g. /api/svm/svms/%G0) fails before any route runs.
        router.errorHandler(400, ctx -> {
            String path = ctx.request().path();
            if (!ctx.response().ended() && path != null && (path.startsWith("/api") || path.startsWith("/_mock"))) {
                refuseUri(ctx);
            } else if (!ctx.response().ended()) {
                ctx.response().setStatusCode(400).end();
            }
        });
    }

    void handle(RoutingContext ctx) {
        if (!readable(ctx)) {
            return;
        }
        ctx.addHeadersEndHandler(v -> withoutCharset(ctx));
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (!chunked && (length == null || !withinLimit(length))
                || !bodyless.takesNoBody(ctx.request().method().name(), ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        // Keep up to MAX_EMPTY_BODY only: a longer (chunked) body is not an empty object; past the size limit, 413.
        Buffer body = Buffer.buffer();
        boolean[] longer = { false };
        boolean[] decided = { false };
        long[] read = { 0 };
        Runnable decide = () -> {
            if (!decided[0]) {
                decided[0] = true;
                if (!longer[0] && isEmptyJson(body)) {
                    ctx.request().headers().remove(HttpHeaders.CONTENT_LENGTH).remove(HttpHeaders.TRANSFER_ENCODING);
                }
                ctx.next();
            }
        };
        // HTTP/2: decided once the declared bytes are in, before the stream's end is taken: the REST layer pauses
        // the request, and Vert.x refuses to pause an HTTP/2 request that has ended (an HTTP/1 one it lets be).
        long declared = ctx.request().version() == HttpVersion.HTTP_2 && length != null ? Long.parseLong(length.trim())
                : -1;
        ctx.request().handler(chunk -> {
            read[0] += chunk.length();
            if (read[0] > limits.maxBody()) {
                limits.refuseBody(ctx);
                return;
            } else if (longer[0] || read[0] > MAX_EMPTY_BODY) {
                longer[0] = true;
            } else {
                body.appendBuffer(chunk);
            }
            if (read[0] == declared) {
                decide.run();
            }
        });
        ctx.request().exceptionHandler(ctx::fail);
        ctx.request().endHandler(end -> decide.run());
        ctx.request().resume();
    }

    void checkUri(RoutingContext ctx) {
        if (!readable(ctx)) {
            return;
        }
        boolean hal = OntapMediaTypes.asksForHalJson(ctx.request().getHeader(HttpHeaders.ACCEPT));
        if (hal) {
            // the control API's operations produce application/json: the same JSON answers a hal+json client
            ctx.request().headers().set(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
        ctx.addHeadersEndHandler(v -> {
            withoutCharset(ctx);
            if (hal && MediaType.APPLICATION_JSON.equals(ctx.response().headers().get(HttpHeaders.CONTENT_TYPE))) {
                ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, OntapMediaTypes.HAL_JSON);
            }
        });
        ctx.next();
    }

    /**
     * One Content-Type form for every answer, ONTAP's {@code application/hal+json} (or {@code application/json}):
     * the REST layer adds {@code ;charset=UTF-8} to the types it picks itself (success answers), not to those an
     * answer names (errors). JSON is UTF-8 by definition (RFC 8259).
     */
    private static void withoutCharset(RoutingContext ctx) {
        String type = ctx.response().headers().get(HttpHeaders.CONTENT_TYPE);
        int parameters = type == null ? -1 : type.indexOf(';');
        if (parameters > 0 && type.substring(0, parameters).trim().endsWith("json")) {
            ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, type.substring(0, parameters).trim());
        }
    }

    /**
     * Whether the request goes on as it is. A URI that cannot be decoded is refused; one with raw characters that
     * a URI may not hold is served as its percent-encoded form (the REST layer and the links the mock writes need a
     * valid URI), by routing the request again under that form.
     */
    private static boolean readable(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (!decodable(uri)) {
            refuseUri(ctx);
            return false;
        }
        String encoded = encodeRaw(uri);
        if (!encoded.equals(uri)) {
            ctx.reroute(ctx.request().method(), encoded);
            return false;
        }
        return true;
    }

    private static void refuseUri(RoutingContext ctx) {
        answer(ctx, 400, "uri", "Invalid URI: a percent-encoded character is not valid UTF-8 or a \"%\" is not "
                + "followed by two hexadecimal digits.");
    }

    /** ONTAP's envelope, code 262185 (invalid value), written where no exception mapper runs. */
    private static Future<Void> answer(RoutingContext ctx, int status, String target, String message) {
        return answer(ctx, status, OntapException.documented(CommonErrors.INVALID_VALUE).withTarget(target), message);
    }

    /** ONTAP's envelope for an error of the HTTP layer, in the Content-Type form of every other answer. */
    static Future<Void> answer(RoutingContext ctx, int status, OntapException error, String message) {
        return ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE,
                        OntapMediaTypes.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT)).toString())
                .end(ErrorEnvelope.of(error, message).toString());
    }

    private static boolean withinLimit(String length) {
        try {
            long n = Long.parseLong(length.trim());
            return n > 0 && n <= MAX_EMPTY_BODY;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isEmptyJson(Buffer body) {
        String text = body.toString(StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return true;
        }
        return text.startsWith("{") && text.endsWith("}") && text.substring(1, text.length() - 1).isBlank();
    }

    /** Characters a URI may not hold raw (RFC 3986) but clients type, as curl sends them: percent-encoded. */
    static String encodeRaw(String uri) {
        StringBuilder out = new StringBuilder(uri.length());
        // The HTTP decoder hands the request line over byte by byte (ISO-8859-1): a raw UTF-8 character is its bytes.
        for (byte b : uri.getBytes(StandardCharsets.ISO_8859_1)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && RAW.indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Every {@code %} followed by two hex digits, and what they encode UTF-8. */
    static boolean decodable(String uri) {
        if (uri == null) {
            return false;
        }
        ByteBuffer bytes = ByteBuffer.allocate(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0
                        || Character.digit(uri.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.put((byte) Integer.parseInt(uri.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

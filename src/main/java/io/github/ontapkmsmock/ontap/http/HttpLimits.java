package io.github.ontapkmsmock.ontap.http;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.vertx.http.runtime.RouteConstants;

import org.jboss.resteasy.reactive.server.vertx.VertxInputStream;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The size limits of a request ({@code quarkus.http.limits.*}) answered in ONTAP's envelope, over HTTP and HTTPS
 * (HTTP/1.1 and HTTP/2) alike, code {@code 262185} as for an undecodable URI: 414 for a request line over
 * {@code max-initial-line-length}, 431 for headers over {@code max-header-size}, 413 for a body over
 * {@code max-body-size}.
 *
 * <p>The HTTP decoder refuses an over-long line or header block itself, with an empty answer and a closed connection
 * that an HTTPS client often never reads. So the decoder is given room ({@link #DECODER_ROOM}, or twice the
 * configured limit) and the limits are enforced here, after the request head is read; only a head beyond that room
 * still gets the decoder's bare answer. A body over the limit is answered at once and the rest of it read and
 * dropped, so the connection stays usable and the client reads the answer rather than a reset.
 *
 * <p>A body of unknown length (chunked, or an HTTP/2 stream without {@code Content-Length}) is measured as the REST
 * layer reads it ({@link BodyWithinLimit}), in place of the REST layer's own check, which answers an empty 413.
 */
@ApplicationScoped
public class HttpLimits implements HttpServerOptionsCustomizer {

    /** Right after the path check: nothing reads an over-long request before it is refused. */
    static final int ROUTE_ORDER = PathSegments.ROUTE_ORDER + 10;
    static final int DECODER_ROOM = 1024 * 1024;
    static final long LINGER_MS = 2_000;
    /** The bytes of a request line around the URI: method, two spaces, {@code HTTP/1.1}. */
    private static final int LINE_OVERHEAD = 10;

    private final int maxLine;
    private final long maxHeaders;
    private final long maxBody;

    @Inject
    public HttpLimits(
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096") int maxLine,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K") MemorySize maxHeaders,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.maxLine = maxLine;
        this.maxHeaders = maxHeaders.asLongValue();
        this.maxBody = maxBody.asLongValue();
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        roomForTheDecoder(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        roomForTheDecoder(options);
    }

    private void roomForTheDecoder(HttpServerOptions options) {
        options.setMaxInitialLineLength(Math.max(DECODER_ROOM, 2 * maxLine));
        int headerRoom = (int) Math.min(Integer.MAX_VALUE, Math.max(DECODER_ROOM, 2 * maxHeaders));
        options.setMaxHeaderSize(headerRoom);
        options.getInitialSettings().setMaxHeaderListSize(headerRoom);
    }

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::handle);
        // Quarkus marks a body of unknown length with its limit here, for the REST layer's check: BodyWithinLimit's.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(ctx -> {
            ctx.remove(VertxInputStream.MAX_REQUEST_SIZE_KEY);
            ctx.next();
        });
    }

    long maxBody() {
        return maxBody;
    }

    void handle(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (ctx.request().method().name().length() + uri.length() + LINE_OVERHEAD > maxLine) {
            refuse(ctx, 414, "uri", "The request URI is longer than the " + maxLine + " bytes the mock accepts.");
        } else if (headerSize(ctx) > maxHeaders) {
            refuse(ctx, 431, "headers", "The request headers are larger than the " + maxHeaders
                    + " bytes the mock accepts.");
        } else if (declaredBodyTooLarge(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
            refuseBody(ctx);
        } else {
            ctx.next();
        }
    }

    private static long headerSize(RoutingContext ctx) {
        long size = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 2;
        }
        return size;
    }

    private boolean declaredBodyTooLarge(String length) {
        try {
            return length != null && Long.parseLong(length.trim()) > maxBody;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Answers at once, and drops what the client still sends of the body ({@link #dropRestOfBody}). */
    void refuseBody(RoutingContext ctx) {
        dropRestOfBody(ctx);
        refuse(ctx, 413, "body", tooLarge());
    }

    String tooLarge() {
        return "The request body is larger than the " + maxBody + " bytes the mock accepts.";
    }

    /**
     * What the client still sends of a refused body is read and dropped, so a kept-alive connection stays usable. A
     * client that asked for the connection to close (HTTP/1.0, {@code Connection: close}) gets it closed once both its
     * body and the answer have ended, or {@link #LINGER_MS} after the answer: closing on unread data would reset the
     * connection, and the client might lose the answer.
     */
    static void dropRestOfBody(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        boolean closes = closesAfterAnswer(request);
        if (closes) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        AtomicBoolean ended = new AtomicBoolean(request.isEnded());
        AtomicBoolean answered = new AtomicBoolean();
        if (closes) {
            ctx.addEndHandler(done -> {
                answered.set(true);
                if (ended.get()) {
                    request.connection().close();
                } else {
                    ctx.vertx().setTimer(LINGER_MS, t -> request.connection().close());
                }
            });
        }
        if (!ended.get()) {
            request.handler(chunk -> {
            });
            request.exceptionHandler(e -> {
            });
            request.endHandler(end -> {
                ended.set(true);
                if (closes && answered.get()) {
                    request.connection().close();
                }
            });
            request.resume();
        }
    }

    private static boolean closesAfterAnswer(HttpServerRequest request) {
        String connection = request.getHeader(HttpHeaders.CONNECTION);
        return switch (request.version()) {
            case HTTP_1_0 -> !"keep-alive".equalsIgnoreCase(connection);
            case HTTP_1_1 -> "close".equalsIgnoreCase(connection);
            default -> false;
        };
    }

    private static Future<Void> refuse(RoutingContext ctx, int status, String target, String message) {
        return OntapHttpLayer.answer(ctx, status,
                OntapException.documented(CommonErrors.INVALID_VALUE).withTarget(target), message);
    }
}

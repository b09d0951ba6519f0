package io.github.ontapkmsmock.ontap.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the hand-written spec at {@code /q/openapi} (Swagger UI reads it there), byte for byte as packaged: YAML by
 * default, JSON for {@code ?format=json}, {@code Accept: application/json} or {@code /q/openapi.json}, as SmallRye
 * OpenAPI answered. Both forms are files of the build ({@link OntapSpec#RESOURCE}, {@link OntapSpec#PREPARED}), read
 * at the first request: nothing is parsed or rendered at start.
 */
@ApplicationScoped
public class SpecDocument {

    public static final String PATH = "/q/openapi";
    static final String YAML = "application/yaml;charset=UTF-8";
    static final String JSON = "application/json;charset=UTF-8";

    private final ConcurrentMap<String, Buffer> documents = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        route(router, PATH).blockingHandler(ctx -> serve(ctx, asksForJson(ctx)));
        route(router, PATH + ".yaml").blockingHandler(ctx -> serve(ctx, false));
        route(router, PATH + ".yml").blockingHandler(ctx -> serve(ctx, false));
        route(router, PATH + ".json").blockingHandler(ctx -> serve(ctx, true));
    }

    private static io.vertx.ext.web.Route route(Router router, String path) {
        return router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD);
    }

    private void serve(RoutingContext ctx, boolean json) {
        Buffer document = documents.computeIfAbsent(json ? OntapSpec.PREPARED : OntapSpec.RESOURCE,
                SpecDocument::read);
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, json ? JSON : YAML);
        if (ctx.request().method() == HttpMethod.HEAD) {
            ctx.response().putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(document.length())).end();
        } else {
            ctx.response().end(document);
        }
    }

    private static boolean asksForJson(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        if (format != null) {
            return format.toLowerCase(Locale.ROOT).equals("json");
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("application/json") && !accept.contains("yaml");
    }

    private static Buffer read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (the Maven build writes it)");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

package io.github.ontapkmsmock.ontap.http;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before anything reads the path, the segments Vert.x and the REST layer would resolve into another
 * resource: {@code .} and {@code ..} (raw or percent-encoded: Vert.x decodes {@code %2E} and then removes dot-segments,
 * so {@code DELETE .../key-servers/%2E%2E} would delete the key manager), a backslash (read as a slash), an encoded
 * slash or backslash (a key that spans segments once decoded), a {@code ;} (the REST layer drops what follows it as
 * matrix parameters). No ONTAP key holds these, so such a path addresses no resource: 404, code "4", as an unknown
 * API. Empty segments ({@code //}) are merged, as ONTAP's web server does (NetApp's Ansible collection sends them
 * when it follows {@code next} links).
 */
@ApplicationScoped
public class PathSegments {

    /** Before the HTTP layer's own handlers: nothing may see the path resolved. */
    static final int ROUTE_ORDER = OntapHttpLayer.ROUTE_ORDER - 100;

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (addressesOneResource(ctx.request().path())) {
            ctx.next();
            return;
        }
        OntapHttpLayer.answer(ctx, 404, OntapException.documented(CommonErrors.ENTRY_DOES_NOT_EXIST),
                "API not found: a path segment is \".\" or \"..\", or holds a \";\", a backslash or an encoded slash.");
    }

    /** Whether the raw (undecoded) path reads the same before and after the normalisation of Vert.x and the REST layer. */
    static boolean addressesOneResource(String rawPath) {
        if (rawPath == null || rawPath.indexOf('\\') >= 0 || rawPath.indexOf(';') >= 0) {
            return false;
        }
        String[] segments = rawPath.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i].toUpperCase(Locale.ROOT);
            String dots = segment.replace("%2E", ".");
            if (dots.equals(".") || dots.equals("..") || segment.contains("%2F") || segment.contains("%5C")) {
                return false;
            }
        }
        return true;
    }
}

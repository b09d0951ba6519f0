package io.github.ontapkmsmock.ontap.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.vertx.ext.web.RoutingContext;

/**
 * What the fault layer learnt and did for one exchange, kept with the Vert.x request so that the transport level,
 * the REST filters and the request journal see the same: the operation, the rule that fired, the faults applied.
 */
public final class FaultContext {

    private static final String OPERATION = "ontap-mock.operation";
    private static final String RULE = "ontap-mock.rule";
    private static final String APPLIED = "ontap-mock.faults";
    private static final String TRANSPORT = "ontap-mock.transport-fault";

    private FaultContext() {
    }

    public static Optional<String> operationId(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(OPERATION));
    }

    static void operationId(RoutingContext ctx, String operationId) {
        ctx.put(OPERATION, operationId);
    }

    static Optional<FaultRule> firedRule(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(RULE));
    }

    static void firedRule(RoutingContext ctx, FaultRule rule) {
        ctx.put(RULE, rule);
    }

    /** The faults applied to the exchange, as the journal shows them ({@code X-Mock-Error 65537910}, ...). */
    public static List<String> applied(RoutingContext ctx) {
        List<String> applied = ctx.get(APPLIED);
        return applied == null ? List.of() : List.copyOf(applied);
    }

    static void applied(RoutingContext ctx, String fault) {
        List<String> applied = ctx.get(APPLIED);
        if (applied == null) {
            applied = new ArrayList<>();
            ctx.put(APPLIED, applied);
        }
        applied.add(fault);
    }

    /** True when the exchange was failed at the transport level: the client got no HTTP answer. */
    public static boolean transportFault(RoutingContext ctx) {
        return Boolean.TRUE.equals(ctx.get(TRANSPORT));
    }

    static void markTransportFault(RoutingContext ctx) {
        ctx.put(TRANSPORT, Boolean.TRUE);
    }
}

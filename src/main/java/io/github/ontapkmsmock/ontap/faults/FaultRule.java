package io.github.ontapkmsmock.ontap.faults;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import io.github.ontapkmsmock.ontap.spec.SpecOperation;

/**
 * A persistent fault: which ONTAP requests it applies to ({@code method}, {@code path}, {@code operationId}; those
 * given must all match), when it fires ({@code times}, {@code probability} drawn from a sequence seeded with
 * {@code seed}) and what it does (fail with {@code code}, in the job with {@code job}, answer after {@code delay},
 * or fail the {@code connection}). Immutable; the counters live in {@link FaultRules}.
 */
public record FaultRule(
        String id,
        Optional<String> method,
        Optional<PathPattern> path,
        Optional<String> operationId,
        Optional<String> code,
        Optional<String> target,
        boolean job,
        Optional<Duration> delay,
        Optional<Connection> connection,
        Optional<Duration> timeout,
        Optional<Integer> times,
        Optional<Double> probability,
        OptionalLong seed) {

    /** How long a {@code timeout} connection fault keeps a request unanswered when the rule does not say. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** Faults at the transport level: the client gets no HTTP answer. */
    public enum Connection {
        /** The connection is closed abruptly: the client sees a TCP reset. */
        reset,
        /** The connection is closed without a byte of answer. */
        empty_response,
        /** Nothing is answered; the connection is closed after the rule's timeout. */
        timeout
    }

    /** Whether a request with this method, to this path, resolved to this operation, is one the rule applies to. */
    public boolean matches(String requestMethod, String requestPath, SpecOperation operation) {
        return method.map(m -> m.equals(operation.method())).orElse(true)
                && operationId.map(o -> o.equals(operation.operationId())).orElse(true)
                && path.map(p -> p.matches(requestPath)).orElse(true);
    }

    /** Whether some request to the operation can match the rule (to check the rule against the catalogue). */
    public boolean canMatch(SpecOperation operation) {
        return method.map(m -> m.equals(operation.method())).orElse(true)
                && operationId.map(o -> o.equals(operation.operationId())).orElse(true)
                && path.map(p -> p.canMatch(operation)).orElse(true);
    }

    public Duration timeoutOrDefault() {
        return timeout.orElse(DEFAULT_TIMEOUT);
    }

    /** How the journal names what the rule did. */
    public String describe() {
        StringBuilder text = new StringBuilder("rule ").append(id);
        connection.ifPresent(c -> text.append(" connection ").append(c));
        code.ifPresent(c -> text.append(job ? " job error " : " error ").append(c));
        delay.ifPresent(d -> text.append(" delay ").append(d.toMillis()).append(" ms"));
        return text.toString();
    }
}

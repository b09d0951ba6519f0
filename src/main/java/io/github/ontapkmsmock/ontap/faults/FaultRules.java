package io.github.ontapkmsmock.ontap.faults;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.ontap.state.Resettable;

/**
 * The persistent fault rules, at most {@code ontap-mock.faults.max}, in the order they were added, with how often each matched and fired. A rule is
 * checked against the catalogue when it is added: its code must be documented for every operation it can match.
 */
@ApplicationScoped
public class FaultRules implements Resettable {

    private final OntapSpec spec;
    private final ForcedErrors forced;
    private final MockConfig config;
    private final List<Active> rules = new ArrayList<>();
    private long lastId;

    @Inject
    public FaultRules(OntapSpec spec, ForcedErrors forced, MockConfig config) {
        this.spec = spec;
        this.forced = forced;
        this.config = config;
    }

    /** A rule with its counters, as the control API shows it. */
    public record Counted(FaultRule rule, long matched, long fired) {
    }

    /** Adds a rule (its id is assigned here) after {@link #check checking} it. */
    public synchronized Counted add(FaultRule rule) {
        check(rule);
        requireRoomFor(rules.size() + 1);
        FaultRule added = withId(rule, String.valueOf(++lastId));
        Active active = new Active(added, 0, 0);
        rules.add(active);
        return active.counted();
    }

    /**
     * Refuses, with the mock's own 400, a rule the mock cannot follow: one that matches no operation, forces a code
     * not documented for an operation it can match, fails the job of a synchronous operation, or mixes a connection
     * fault with an answer.
     */
    public void check(FaultRule rule) {
        rule.operationId().ifPresent(id -> spec.operation(id).orElseThrow(() -> MockErrors.refused("operation_id",
                "\"" + id + "\" is not an operation of the ONTAP spec (see GET /_mock/errors).")));
        if (rule.code().isEmpty() && rule.delay().isEmpty() && rule.connection().isEmpty()) {
            throw MockErrors.refused("code", "a rule needs code, delay_ms or connection.");
        }
        if (rule.connection().isPresent() && (rule.code().isPresent() || rule.job())) {
            throw MockErrors.combination("connection", "a connection fault answers nothing: code and job do not apply.");
        }
        if (rule.job() && rule.code().isEmpty()) {
            throw MockErrors.refused("code", "job: true needs the code the job fails with.");
        }
        if (rule.timeout().isPresent() && rule.connection().filter(c -> c == FaultRule.Connection.timeout).isEmpty()) {
            throw MockErrors.combination("timeout_ms", "timeout_ms applies to connection: timeout only.");
        }
        List<SpecOperation> matched = spec.operations().stream().filter(rule::canMatch).toList();
        if (matched.isEmpty()) {
            throw MockErrors.refused(rule.path().isPresent() ? "path" : "operation_id",
                    "the rule matches no operation of the ONTAP spec.");
        }
        for (SpecOperation op : matched) {
            rule.code().ifPresent(code -> forced.documented(op, code, "code"));
            if (rule.job() && !op.async()) {
                throw MockErrors.refused("job", ForcedErrors.describe(op)
                        + " answers without a job; job: true applies to asynchronous operations only.");
            }
        }
    }

    /**
     * Refuses more than {@code ontap-mock.faults.max} rules (every rule is tried on every request, and the list is
     * shown whole): 400, naming the limit.
     */
    public void requireRoomFor(int count) {
        int max = config.faults().max();
        if (count > max) {
            throw MockErrors.limitReached(400, null, "at most " + max + " fault rules can be held; remove rules "
                    + "first (DELETE /_mock/faults/{id} or DELETE /_mock/faults)", "ontap-mock.faults.max");
        }
    }

    /** Replaces every rule (a state import); the rules were checked, their counters are taken over. */
    public synchronized void replaceAll(List<Counted> imported) {
        rules.clear();
        lastId = 0;
        Set<String> ids = new HashSet<>();
        imported.stream().map(c -> c.rule().id()).filter(id -> id != null).forEach(ids::add);
        imported.stream().map(c -> c.rule().id()).forEach(id -> lastId = Math.max(lastId, numeric(id)));
        for (Counted c : imported) {
            String id = c.rule().id();
            if (id == null) {
                do {
                    id = String.valueOf(++lastId);
                } while (ids.contains(id));
            }
            rules.add(new Active(withId(c.rule(), id), c.matched(), c.fired()));
        }
    }

    public synchronized List<Counted> list() {
        return rules.stream().map(Active::counted).toList();
    }

    public synchronized Optional<Counted> find(String id) {
        return rules.stream().filter(a -> a.rule.id().equals(id)).findFirst().map(Active::counted);
    }

    public synchronized boolean remove(String id) {
        return rules.removeIf(a -> a.rule.id().equals(id));
    }

    /**
     * The first rule that applies to this request and fires, if any: it counts the match of every rule it tries
     * (each draws from its own random sequence) and the fire of the one it returns.
     */
    public synchronized Optional<FaultRule> fire(String method, String path, SpecOperation operation) {
        for (Active active : rules) {
            if (!active.exhausted() && active.rule.matches(method, path, operation)) {
                active.matched++;
                if (active.draw()) {
                    active.fired++;
                    return Optional.of(active.rule);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first rule forcing an error code in the answer (not in a job, not a connection fault) that applies to
     * this request and fires: what a record of a query-based PATCH or DELETE meets (see {@link RecordFaults}).
     */
    public synchronized Optional<FaultRule> fireError(String method, String path, SpecOperation operation) {
        for (Active active : rules) {
            FaultRule rule = active.rule;
            boolean answersWithError = rule.code().isPresent() && !rule.job() && rule.connection().isEmpty();
            if (answersWithError && !active.exhausted() && rule.matches(method, path, operation)) {
                active.matched++;
                if (active.draw()) {
                    active.fired++;
                    return Optional.of(rule);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized void reset() {
        rules.clear();
        lastId = 0;
    }

    private static FaultRule withId(FaultRule r, String id) {
        return new FaultRule(id, r.method(), r.path(), r.operationId(), r.code(), r.target(), r.job(), r.delay(),
                r.connection(), r.timeout(), r.times(), r.probability(), r.seed());
    }

    private static long numeric(String id) {
        try {
            return id == null ? 0 : Long.parseLong(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A rule and its counters; its random sequence is replayed to where the counters say. */
    private static final class Active {

        private final FaultRule rule;
        private final Random random;
        private long matched;
        private long fired;

        Active(FaultRule rule, long matched, long fired) {
            this.rule = rule;
            this.random = rule.seed().isPresent() ? new Random(rule.seed().getAsLong()) : new Random();
            this.matched = matched;
            this.fired = fired;
            if (rule.probability().isPresent()) {
                for (long i = 0; i < matched; i++) {
                    random.nextDouble();
                }
            }
        }

        boolean exhausted() {
            return rule.times().map(t -> fired >= t).orElse(false);
        }

        boolean draw() {
            return rule.probability().map(p -> random.nextDouble() < p).orElse(true);
        }

        Counted counted() {
            return new Counted(rule, matched, fired);
        }
    }
}

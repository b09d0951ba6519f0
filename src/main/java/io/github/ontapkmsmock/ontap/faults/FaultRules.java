package io.github.ontapkmsmock.ontap.faults;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.ontap.state.Cluster;
import io.github.ontapkmsmock.ontap.state.PerCluster;
import io.github.ontapkmsmock.ontap.state.Resettable;

/**
 * The persistent fault rules of each cluster, at most {@code ontap-mock.faults.max}, in the order they were added, with how often each matched and fired. A rule is
 * checked against the catalogue when it is added: its code must be documented for every operation it can match.
 */
@ApplicationScoped
public class FaultRules implements Resettable {

    private final OntapSpec spec;
    private final ForcedErrors forced;
    private final MockConfig config;
    /** A cluster's rules; its methods run synchronized on it. */
    private static final class Rules {
        private final List<Active> rules = new ArrayList<>();
        private long lastId;
    }

    private final PerCluster<Rules> perCluster = new PerCluster<>(Rules::new);

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
    public Counted add(FaultRule rule) {
        check(rule);
        Rules data = perCluster.get();
        synchronized (data) {
            requireRoomFor(data.rules.size() + 1);
            FaultRule added = withId(rule, String.valueOf(++data.lastId));
            Active active = new Active(added, 0, 0);
            data.rules.add(active);
            return active.counted();
        }
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
    public void replaceAll(List<Counted> imported) {
        Rules data = perCluster.get();
        synchronized (data) {
            data.rules.clear();
            data.lastId = 0;
            Set<String> ids = new HashSet<>();
            imported.stream().map(c -> c.rule().id()).filter(id -> id != null).forEach(ids::add);
            imported.stream().map(c -> c.rule().id()).forEach(id -> data.lastId = Math.max(data.lastId, numeric(id)));
            for (Counted c : imported) {
                String id = c.rule().id();
                if (id == null) {
                    do {
                        id = String.valueOf(++data.lastId);
                    } while (ids.contains(id));
                }
                data.rules.add(new Active(withId(c.rule(), id), c.matched(), c.fired()));
            }
        }
    }

    public List<Counted> list() {
        Rules data = perCluster.get();
        synchronized (data) {
            return data.rules.stream().map(Active::counted).toList();
        }
    }

    /** How many rules the cluster holds (0 when it never had one). */
    public int count(Cluster cluster) {
        return perCluster.peek(cluster).map(data -> {
            synchronized (data) {
                return data.rules.size();
            }
        }).orElse(0);
    }

    public Optional<Counted> find(String id) {
        return list().stream().filter(c -> c.rule().id().equals(id)).findFirst();
    }

    public boolean remove(String id) {
        Rules data = perCluster.get();
        synchronized (data) {
            return data.rules.removeIf(a -> a.rule.id().equals(id));
        }
    }

    /**
     * The first rule that applies to this request and fires, if any: it counts the match of every rule it tries
     * (each draws from its own random sequence) and the fire of the one it returns.
     */
    public Optional<FaultRule> fire(String method, String path, SpecOperation operation) {
        return fireFirst(active -> active.rule.matches(method, path, operation));
    }

    /**
     * The first rule forcing an error code in the answer (not in a job, not a connection fault) that applies to
     * this request and fires: what a record of a query-based PATCH or DELETE meets (see {@link RecordFaults}).
     */
    public Optional<FaultRule> fireError(String method, String path, SpecOperation operation) {
        return fireFirst(active -> {
            FaultRule rule = active.rule;
            boolean answersWithError = rule.code().isPresent() && !rule.job() && rule.connection().isEmpty();
            return answersWithError && rule.matches(method, path, operation);
        });
    }

    /** The first rule that applies and fires: every rule tried counts a match, the one returned a fire. */
    private Optional<FaultRule> fireFirst(Predicate<Active> applies) {
        Rules data = perCluster.get();
        synchronized (data) {
            for (Active active : data.rules) {
                if (!active.exhausted() && applies.test(active)) {
                    active.matched++;
                    if (active.draw()) {
                        active.fired++;
                        return Optional.of(active.rule);
                    }
                }
            }
            return Optional.empty();
        }
    }

    @Override
    public void reset() {
        Rules data = perCluster.get();
        synchronized (data) {
            data.rules.clear();
            data.lastId = 0;
        }
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

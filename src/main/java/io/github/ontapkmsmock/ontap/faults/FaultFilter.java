package io.github.ontapkmsmock.ontap.faults;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.github.ontapkmsmock.ontap.errors.OntapError;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.http.OntapRequest;
import io.github.ontapkmsmock.ontap.http.OntapRequestFilters;
import io.github.ontapkmsmock.ontap.jobs.JobPlan;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies the faults of an ONTAP request once its operation is known, before any resource runs (so a forced error
 * leaves the state as it was): the {@link FaultHeaders} it carries and the rule {@link TransportFaults} picked for
 * it; a header wins over the rule, aspect by aspect. Either continues (with a delay, or with a job plan for
 * {@link io.github.ontapkmsmock.ontap.jobs.Jobs}) or stops with the forced error. A delay is a Vert.x timer: the
 * request holds no thread and no lock while it waits.
 */
public class FaultFilter {

    public static final int APPLY_FAULTS = OntapRequestFilters.RESOLVE_OPERATION + 10;

    private final OntapRequest request;
    private final ForcedErrors forced;
    private final Vertx vertx;
    private final EmulatedVersion version;

    @Inject
    public FaultFilter(OntapRequest request, ForcedErrors forced, Vertx vertx, EmulatedVersion version) {
        this.request = request;
        this.forced = forced;
        this.vertx = vertx;
        this.version = version;
    }

    @ServerRequestFilter(preMatching = true, priority = APPLY_FAULTS)
    public Uni<Void> apply(ContainerRequestContext ctx, RoutingContext routing) {
        Optional<SpecOperation> resolved = request.operation();
        if (resolved.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        SpecOperation op = resolved.get();
        Optional<FaultRule> rule = FaultContext.firedRule(routing);

        Optional<OntapException> error = headerError(ctx, op, routing)
                .or(() -> rule.filter(r -> !r.job()).flatMap(r -> ruleError(r, op, routing)));
        Optional<OntapError> jobError = headerJobError(ctx, op, routing)
                .or(() -> rule.filter(FaultRule::job).flatMap(r -> ruleJobError(r, op, routing)));
        Optional<Duration> jobDuration = millis(ctx, FaultHeaders.JOB_DURATION).map(d -> {
            requireAsync(op, FaultHeaders.JOB_DURATION);
            FaultContext.applied(routing, FaultHeaders.JOB_DURATION + " " + d.toMillis());
            return d;
        });
        if (jobError.isPresent() || jobDuration.isPresent()) {
            request.jobPlan(new JobPlan(jobDuration, jobError));
        }
        Optional<Duration> delay = millis(ctx, FaultHeaders.DELAY).map(d -> {
            FaultContext.applied(routing, FaultHeaders.DELAY + " " + d.toMillis());
            return d;
        }).or(() -> rule.flatMap(FaultRule::delay));

        Uni<Void> answer = error.<Uni<Void>>map(e -> Uni.createFrom().failure(e)).orElseGet(() -> Uni.createFrom()
                .voidItem());
        if (delay.isEmpty() || delay.get().isZero()) {
            return answer;
        }
        long ms = delay.get().toMillis();
        return Uni.createFrom().<Void>emitter(em -> vertx.setTimer(ms, id -> em.complete(null)))
                .onItem().transformToUni(x -> answer);
    }

    private Optional<OntapException> headerError(ContainerRequestContext ctx, SpecOperation op,
            RoutingContext routing) {
        String code = ctx.getHeaderString(FaultHeaders.ERROR);
        String target = ctx.getHeaderString(FaultHeaders.ERROR_TARGET);
        if (code == null) {
            if (target != null) {
                throw MockErrors.refused(FaultHeaders.ERROR_TARGET,
                        FaultHeaders.ERROR_TARGET + " is the target of " + FaultHeaders.ERROR + ", which is missing.");
            }
            return Optional.empty();
        }
        OntapError entry = forced.documented(op, code, FaultHeaders.ERROR);
        FaultContext.applied(routing, FaultHeaders.ERROR + " " + entry.code());
        OntapException e = OntapException.of(entry);
        return Optional.of(target == null ? e : e.withTarget(target));
    }

    private Optional<OntapException> ruleError(FaultRule rule, SpecOperation op, RoutingContext routing) {
        return rule.code().map(code -> {
            FaultContext.applied(routing, rule.describe());
            OntapException e = OntapException.of(forced.documented(op, code, "code"));
            return rule.target().map(e::withTarget).orElse(e);
        });
    }

    private Optional<OntapError> headerJobError(ContainerRequestContext ctx, SpecOperation op,
            RoutingContext routing) {
        String code = ctx.getHeaderString(FaultHeaders.JOB_ERROR);
        if (code == null) {
            return Optional.empty();
        }
        requireAsync(op, FaultHeaders.JOB_ERROR);
        OntapError entry = forced.documented(op, code, FaultHeaders.JOB_ERROR);
        FaultContext.applied(routing, FaultHeaders.JOB_ERROR + " " + entry.code());
        return Optional.of(entry);
    }

    private Optional<OntapError> ruleJobError(FaultRule rule, SpecOperation op, RoutingContext routing) {
        return rule.code().map(code -> {
            FaultContext.applied(routing, rule.describe());
            return forced.documented(op, code, "code");
        });
    }

    /** Only where the operation answers with a job in the emulated release (Azure create before 9.14 does not). */
    private void requireAsync(SpecOperation op, String header) {
        if (!version.answersWithJob(op)) {
            throw MockErrors.refused(header, ForcedErrors.describe(op)
                    + " answers without a job; " + header + " applies to asynchronous operations only.");
        }
    }

    /** A header of milliseconds, from 0 to {@link FaultHeaders#MAX_DELAY}. */
    private static Optional<Duration> millis(ContainerRequestContext ctx, String header) {
        String value = ctx.getHeaderString(header);
        if (value == null) {
            return Optional.empty();
        }
        long ms;
        try {
            ms = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            ms = -1;
        }
        if (ms < 0 || ms > FaultHeaders.MAX_DELAY.toMillis()) {
            throw MockErrors.refused(header, header + " takes milliseconds from 0 to "
                    + FaultHeaders.MAX_DELAY.toMillis() + ".");
        }
        return Optional.of(Duration.ofMillis(ms));
    }
}

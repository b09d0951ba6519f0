package io.github.ontapkmsmock.ontap.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.ontap.errors.ErrorCatalogue;
import io.github.ontapkmsmock.ontap.errors.OntapError;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.ontap.state.Resettable;
import io.github.ontapkmsmock.ontap.state.RecordUuids;
import io.github.ontapkmsmock.ontap.state.StateLock;

/**
 * The cluster's asynchronous jobs. A job runs its work under the state lock once its duration has passed; until
 * then it is {@code running}. Work that raises an ONTAP error ends the job in {@code failure} with that code and
 * message, as ONTAP reports a failed job, and changes nothing.
 */
@ApplicationScoped
public class JobRegistry implements Resettable {

    private static final Logger LOG = Logger.getLogger(JobRegistry.class);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Job>> completions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ontap-jobs");
        t.setDaemon(true);
        return t;
    });
    private final StateLock lock;
    private final ErrorCatalogue catalogue;
    private final MockConfig config;
    private final RecordUuids uuids;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public JobRegistry(StateLock lock, ErrorCatalogue catalogue, MockConfig config, RecordUuids uuids) {
        this.lock = lock;
        this.catalogue = catalogue;
        this.config = config;
        this.uuids = uuids;
    }

    /**
     * Starts a job.
     *
     * @param operation the operation that started it (its catalogue gives failure messages)
     * @param plan      how long it runs and whether it is forced to fail (X-Mock-Job-Duration, X-Mock-Job-Error)
     * @param work      the change the job makes, run under the state lock; it may throw {@link OntapException}
     */
    public Job start(String description, Optional<SpecOperation> operation, JobPlan plan, Runnable work) {
        Instant now = clock.instant();
        Job job = new Job(uuids.next(), description, Job.State.running, "running", 0, now,
                Optional.empty());
        jobs.put(job.uuid(), job);
        completions.put(job.uuid(), new CompletableFuture<>());
        Runnable run = () -> finish(job.uuid(), operation, plan, work);
        Duration duration = plan.duration().orElse(config.jobs().duration());
        if (duration.isZero() || duration.isNegative()) {
            run.run();
        } else {
            scheduler.schedule(run, duration.toMillis(), TimeUnit.MILLISECONDS);
        }
        return jobs.get(job.uuid());
    }

    private void finish(String uuid, Optional<SpecOperation> operation, JobPlan plan, Runnable work) {
        Job running = jobs.get(uuid);
        if (running == null) {
            return; // reset while it ran
        }
        Job done;
        try {
            if (plan.failure().isPresent()) {
                OntapError forced = plan.failure().get();
                done = running.failed(forced.message(), numeric(forced.code()), clock.instant());
            } else {
                lock.write(work);
                done = running.succeeded(clock.instant());
            }
        } catch (OntapException e) {
            OntapError error = catalogue.resolve(operation, e.code());
            done = running.failed(e.explicitMessage().orElse(error.message()), numeric(e.code()), clock.instant());
        } catch (RuntimeException e) {
            LOG.errorf("job %s failed unexpectedly: %s", uuid, e.getClass().getName());
            done = running.failed("Internal error. The job could not complete.", 65541, clock.instant());
        }
        jobs.put(uuid, done);
        CompletableFuture<Job> completion = completions.remove(uuid);
        if (completion != null) {
            completion.complete(done);
        }
        evictOld();
    }

    public Optional<Job> find(String uuid) {
        return Optional.ofNullable(jobs.get(uuid));
    }

    /** Waits up to {@code timeout} for the job to finish, as ONTAP does for {@code return_timeout}. */
    public Job await(Job job, Duration timeout) {
        CompletableFuture<Job> completion = completions.get(job.uuid());
        if (completion == null || timeout.isZero()) {
            return jobs.getOrDefault(job.uuid(), job);
        }
        try {
            return completion.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return jobs.getOrDefault(job.uuid(), job);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return jobs.getOrDefault(job.uuid(), job);
        } catch (java.util.concurrent.ExecutionException e) {
            return jobs.getOrDefault(job.uuid(), job);
        }
    }

    private void evictOld() {
        Instant limit = clock.instant().minus(config.jobs().retention());
        jobs.values().removeIf(j -> j.endTime().map(t -> t.isBefore(limit)).orElse(false));
    }

    private static int numeric(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public void reset() {
        jobs.clear();
        completions.values().forEach(c -> c.cancel(false));
        completions.clear();
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}

package io.github.ontapkmsmock.ontap.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.ontap.state.Cluster;
import io.github.ontapkmsmock.ontap.state.Clusters;
import io.github.ontapkmsmock.ontap.state.CurrentCluster;
import io.github.ontapkmsmock.ontap.state.PerCluster;
import io.github.ontapkmsmock.ontap.state.Resettable;
import io.github.ontapkmsmock.ontap.state.RecordUuids;
import io.github.ontapkmsmock.ontap.state.StateLock;

/**
 * The asynchronous jobs of each cluster, at most {@code ontap-mock.jobs.max} of them. A job runs its work under the state
 * lock once its duration has passed; until then it is {@code running}. Work that raises an ONTAP error ends the job in {@code failure} with that code and
 * message, as ONTAP reports a failed job, and changes nothing.
 */
@ApplicationScoped
public class JobRegistry implements Resettable {

    private static final Logger LOG = Logger.getLogger(JobRegistry.class);

    /** A cluster's jobs. */
    private static final class ClusterJobs {
        private final Map<String, Job> jobs = new ConcurrentHashMap<>();
        private final Map<String, CompletableFuture<Job>> completions = new ConcurrentHashMap<>();
        /** The finished jobs in the order they finished (with UUIDs of jobs dropped since, skipped when met). */
        private final Queue<String> finishedInOrder = new ConcurrentLinkedQueue<>();
    }

    private final PerCluster<ClusterJobs> perCluster = new PerCluster<>(ClusterJobs::new);
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
    private final Clusters clusters;

    @Inject
    public JobRegistry(StateLock lock, ErrorCatalogue catalogue, MockConfig config, RecordUuids uuids,
            Clusters clusters) {
        this.lock = lock;
        this.clusters = clusters;
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
     * @return the job as it stands (finished already when it runs without delay)
     * @throws OntapException when the cluster already keeps {@code ontap-mock.jobs.max} running jobs
     */
    public Job start(String description, Optional<SpecOperation> operation, JobPlan plan, Runnable work) {
        Job job = new Job(uuids.next(), description, Job.State.running, "running", 0, clock.instant(),
                Optional.empty());
        ClusterJobs data = perCluster.get();
        admit(data, job);
        data.completions.put(job.uuid(), new CompletableFuture<>());
        Duration duration = plan.duration().orElse(config.jobs().duration());
        if (duration.isZero() || duration.isNegative()) {
            return finish(data, job, operation, plan, work);
        }
        // The job finishes in the cluster it started in, which stays in use (not idle) until then.
        Cluster cluster = clusters.enter(CurrentCluster.get());
        scheduler.schedule(() -> {
            try {
                CurrentCluster.in(cluster, () -> finish(data, job, operation, plan, work));
            } finally {
                cluster.leave(clock.instant());
            }
        }, duration.toMillis(), TimeUnit.MILLISECONDS);
        return job;
    }

    /**
     * Keeps at most {@code ontap-mock.jobs.max} jobs per cluster: a new one takes the place of the finished job that ended
     * first; running jobs are never dropped, so when every kept job is running the new one is refused.
     */
    private void admit(ClusterJobs data, Job job) {
        synchronized (data) {
            evictOld(data);
            int max = config.jobs().max();
            if (data.jobs.size() >= max) {
                String oldest;
                do {
                    oldest = data.finishedInOrder.poll();
                    if (oldest == null) {
                        throw MockErrors.limitReached(503, null, max + " jobs are running, as many as the mock "
                                + "keeps; try again when one has finished", "ontap-mock.jobs.max");
                    }
                } while (data.jobs.remove(oldest) == null);
            }
            data.jobs.put(job.uuid(), job);
        }
    }

    /**
     * Ends the job: its work and its new state are one step under the state lock, so a reset (which takes the same
     * lock) comes wholly before it, and the job is gone and its work not done, or wholly after it.
     */
    private Job finish(ClusterJobs data, Job running, Optional<SpecOperation> operation, JobPlan plan,
            Runnable work) {
        Job done = lock.write(() -> {
            if (data.jobs.get(running.uuid()) != running) {
                return running; // reset since it started: forgotten, its work not done
            }
            Job outcome = outcome(running, operation, plan, work);
            data.jobs.put(running.uuid(), outcome);
            data.finishedInOrder.add(running.uuid());
            return outcome;
        });
        CompletableFuture<Job> completion = data.completions.remove(running.uuid());
        if (completion != null) {
            completion.complete(done);
        }
        return done;
    }

    private Job outcome(Job running, Optional<SpecOperation> operation, JobPlan plan, Runnable work) {
        try {
            if (plan.failure().isPresent()) {
                OntapError forced = plan.failure().get();
                return running.failed(forced.message(), numeric(forced.code()), clock.instant());
            }
            work.run();
            return running.succeeded(clock.instant());
        } catch (OntapException e) {
            OntapError error = catalogue.resolve(operation, e.code());
            return running.failed(e.explicitMessage().orElse(error.message()), numeric(e.code()), clock.instant());
        } catch (RuntimeException e) {
            LOG.errorf("job %s failed unexpectedly: %s", running.uuid(), e.getClass().getName());
            return running.failed("Internal error. The job could not complete.", 65541, clock.instant());
        }
    }

    public Optional<Job> find(String uuid) {
        return Optional.ofNullable(perCluster.get().jobs.get(uuid));
    }

    /** How many jobs the cluster keeps (0 when it never started one). */
    public int count(Cluster cluster) {
        return perCluster.peek(cluster).map(d -> d.jobs.size()).orElse(0);
    }

    /** Waits up to {@code timeout} for the job to finish, as ONTAP does for {@code return_timeout}. */
    public Job await(Job job, Duration timeout) {
        ClusterJobs data = perCluster.get();
        Map<String, Job> jobs = data.jobs;
        CompletableFuture<Job> completion = data.completions.get(job.uuid());
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
        } catch (java.util.concurrent.ExecutionException | CancellationException e) {
            // cancelled: a reset forgot the job while the request waited
            return jobs.getOrDefault(job.uuid(), job);
        }
    }

    /** Drops the jobs that finished longer than {@code ontap-mock.jobs.retention} ago, oldest first. */
    private void evictOld(ClusterJobs data) {
        Instant limit = clock.instant().minus(config.jobs().retention());
        for (String uuid = data.finishedInOrder.peek(); uuid != null; uuid = data.finishedInOrder.peek()) {
            Job job = data.jobs.get(uuid);
            if (job != null && !job.endTime().orElseThrow().isBefore(limit)) {
                return;
            }
            data.finishedInOrder.poll();
            data.jobs.remove(uuid);
        }
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
        ClusterJobs data = perCluster.get();
        data.jobs.clear();
        data.finishedInOrder.clear();
        data.completions.values().forEach(c -> c.cancel(false));
        data.completions.clear();
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}

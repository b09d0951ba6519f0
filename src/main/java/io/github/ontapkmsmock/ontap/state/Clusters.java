package io.github.ontapkmsmock.ontap.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.quarkus.runtime.Startup;

/**
 * The clusters the mock emulates: the default one, which serves every request that names none, and one per tenant
 * (a name given in {@code X-Mock-Cluster} or as {@code <user>@<name>}), made on first use with the seeded state and
 * the configured release. At most {@code ontap-mock.clusters.max} tenants: beyond it a new one is refused, never by
 * dropping another. A tenant nothing ran in for {@code ontap-mock.clusters.idle-expiry} is dropped, unless a request
 * or a job still runs in it; the default cluster is never dropped.
 */
/* Created at start, so that the default cluster is the one code outside requests acts on. */
@Startup
@ApplicationScoped
public class Clusters {

    /** The name of the default cluster; naming it selects the cluster of requests that name none. */
    public static final String DEFAULT = "default";
    /** A tenant's name: 1-64 characters, a letter or digit first, then letters, digits, {@code . _ -}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Cluster defaultCluster;
    private final Map<String, Cluster> tenants = new ConcurrentHashMap<>();
    private final int max;
    private final Duration idleExpiry;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ontap-clusters");
        t.setDaemon(true);
        return t;
    });

    @Inject
    public Clusters(MockConfig config) {
        this.max = config.clusters().max();
        this.idleExpiry = config.clusters().idleExpiry();
        this.defaultCluster = new Cluster(DEFAULT, clock.instant());
        CurrentCluster.defaultCluster(defaultCluster);
        long period = Math.max(1_000, Math.min(60_000, idleExpiry.toMillis() / 2));
        sweeper.scheduleWithFixedDelay(() -> expireIdle(clock.instant()), period, period, TimeUnit.MILLISECONDS);
    }

    /** Refuses a name that is not a cluster's (400, naming where it was given). */
    public static String requireValidName(String name, String target) {
        if (!NAME.matcher(name).matches()) {
            throw MockErrors.refused(target, "\"" + name + "\" is not a cluster name: 1 to 64 characters, a letter "
                    + "or digit first, then letters, digits, \".\", \"_\" or \"-\".");
        }
        return name;
    }

    /**
     * The named cluster (the default one for none), made now if it does not exist, with a request or job counted
     * in: the caller counts it out with {@link Cluster#leave}. A new tenant beyond the maximum is refused (409,
     * code "8", naming the setting).
     */
    public Cluster enter(Optional<String> name) {
        Instant now = clock.instant();
        while (true) {
            Cluster cluster = name.filter(n -> !n.equals(DEFAULT)).map(this::findOrCreate).orElse(defaultCluster);
            if (cluster.enter(now)) {
                return cluster;
            }
            tenants.remove(cluster.name(), cluster); // dropped meanwhile: find or make it again
        }
    }

    /** Counts a job in the cluster it runs in (not idle until the job leaves it). */
    public Cluster enter(Cluster cluster) {
        cluster.enter(clock.instant());
        return cluster;
    }

    /** Binds the cluster to the request being served: everything the request does acts on it. */
    public void bind(Cluster cluster) {
        CurrentCluster.bind(cluster);
    }

    public Optional<Cluster> find(String name) {
        return DEFAULT.equals(name) ? Optional.of(defaultCluster) : Optional.ofNullable(tenants.get(name));
    }

    /** The default cluster, then the tenants by name. */
    public List<Cluster> all() {
        List<Cluster> all = new ArrayList<>();
        all.add(defaultCluster);
        tenants.values().stream().sorted(Comparator.comparing(Cluster::name)).forEach(all::add);
        return all;
    }

    /** Drops a tenant, whatever runs in it (what runs finishes on its own, seen by nobody); false when unknown. */
    public boolean drop(String name) {
        Cluster cluster = tenants.remove(name);
        if (cluster == null) {
            return false;
        }
        cluster.drop();
        return true;
    }

    /** Drops every tenant: the tests' set-up. */
    public void dropTenants() {
        List.copyOf(tenants.keySet()).forEach(this::drop);
    }

    /** Drops the tenants idle for {@code ontap-mock.clusters.idle-expiry} at {@code now}; how many. */
    public int expireIdle(Instant now) {
        Instant idleSince = now.minus(idleExpiry);
        int dropped = 0;
        for (Cluster cluster : List.copyOf(tenants.values())) {
            if (cluster.dropIfIdle(idleSince)) {
                tenants.remove(cluster.name(), cluster);
                dropped++;
            }
        }
        return dropped;
    }

    private Cluster findOrCreate(String name) {
        Cluster cluster = tenants.get(name);
        return cluster != null ? cluster : create(name);
    }

    private synchronized Cluster create(String name) {
        Cluster existing = tenants.get(name);
        if (existing != null) {
            return existing;
        }
        if (tenants.size() >= max) {
            expireIdle(clock.instant());
            if (tenants.size() >= max) {
                throw MockErrors.limitReached(409, "X-Mock-Cluster", "the mock holds " + max + " tenant clusters, "
                        + "as many as it keeps; drop one (DELETE /_mock/clusters/{name}) or wait for an idle one to "
                        + "expire", "ontap-mock.clusters.max");
            }
        }
        Cluster cluster = new Cluster(name, clock.instant());
        tenants.put(name, cluster);
        return cluster;
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
    }
}

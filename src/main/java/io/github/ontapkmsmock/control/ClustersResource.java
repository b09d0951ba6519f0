package io.github.ontapkmsmock.control;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.control.api.ClustersApi;
import io.github.ontapkmsmock.control.model.ClusterResponse;
import io.github.ontapkmsmock.ontap.faults.FaultRules;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.jobs.JobRegistry;
import io.github.ontapkmsmock.ontap.state.Cluster;
import io.github.ontapkmsmock.ontap.state.Clusters;
import io.github.ontapkmsmock.ontap.state.CurrentCluster;
import io.github.ontapkmsmock.ontap.state.RecordSnapshot;
import io.github.ontapkmsmock.ontap.state.StateLock;
import io.github.ontapkmsmock.ontap.state.StateSnapshot;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;

/** {@code /_mock/clusters}: the clusters the mock holds, with their sizes, and dropping a tenant's. */
public class ClustersResource implements ClustersApi {

    private final Clusters clusters;
    private final List<RecordSnapshot<?>> families;
    private final JobRegistry jobs;
    private final FaultRules faults;
    private final RequestJournal journal;
    private final EmulatedVersion version;
    private final StateLock lock;

    @Inject
    public ClustersResource(Clusters clusters, @Any Instance<StateSnapshot> snapshots, JobRegistry jobs,
            FaultRules faults, RequestJournal journal, EmulatedVersion version, StateLock lock) {
        this.clusters = clusters;
        this.families = snapshots.stream().filter(RecordSnapshot.class::isInstance)
                .<RecordSnapshot<?>>map(s -> (RecordSnapshot<?>) s)
                .sorted(Comparator.comparing(StateSnapshot::section)).toList();
        this.jobs = jobs;
        this.faults = faults;
        this.journal = journal;
        this.version = version;
        this.lock = lock;
    }

    @Override
    public Response clustersGet() {
        var records = clusters.all().stream().map(this::toModel).toList();
        return Response.ok(new ClusterResponse().records(records).numRecords(records.size())).build();
    }

    @Override
    public Response clusterDelete(String name) {
        if (Clusters.DEFAULT.equals(name)) {
            throw MockErrors.refused("name", "the default cluster is never dropped; POST /_mock/reset resets it.");
        }
        if (!clusters.drop(name)) {
            throw MockErrors.notFound("name", "no cluster is named \"" + name + "\" (GET /_mock/clusters lists them).");
        }
        return Response.ok().build();
    }

    /** The cluster as the listing shows it, read under its own lock. */
    private io.github.ontapkmsmock.control.model.Cluster toModel(Cluster cluster) {
        return CurrentCluster.in(cluster, () -> lock.read(() -> {
            Map<String, Integer> records = new LinkedHashMap<>();
            families.forEach(f -> records.put(f.section(), f.count(cluster)));
            return new io.github.ontapkmsmock.control.model.Cluster().name(cluster.name())
                    .created(cluster.created().atOffset(ZoneOffset.UTC))
                    .lastUsed(cluster.lastUsed().atOffset(ZoneOffset.UTC)).active(cluster.active())
                    .version(version.currentIn(cluster).toString()).records(records).jobs(jobs.count(cluster))
                    .faultRules(faults.count(cluster)).journalEntries(journal.count(cluster));
        }));
    }
}

package io.github.ontapkmsmock.ontap.version;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.ontap.state.Cluster;
import io.github.ontapkmsmock.ontap.state.PerCluster;

/**
 * The ONTAP release each cluster behaves as. What the spec marks {@code x-ontap-introduced} later than this release does
 * not exist for a client: its paths answer 404 and its fields are refused.
 */
@ApplicationScoped
public class EmulatedVersion {

    private final OntapRelease configured;
    /** Each cluster's release. */
    private final PerCluster<AtomicReference<OntapRelease>> current;

    @Inject
    public EmulatedVersion(MockConfig config) {
        this.configured = OntapRelease.parse(config.version());
        this.current = new PerCluster<>(() -> new AtomicReference<>(configured));
    }

    public OntapRelease current() {
        return current.get().get();
    }

    /** The cluster's release, read without making its part (a listing of idle tenants). */
    public OntapRelease currentIn(Cluster cluster) {
        return current.peek(cluster).map(AtomicReference::get).orElse(configured);
    }

    public void set(OntapRelease release) {
        current.get().set(release);
    }

    public void reset() {
        current.get().set(configured);
    }

    /** True when a feature introduced in {@code introduced} (absent: always there) exists in the emulated release. */
    public boolean has(Optional<String> introduced) {
        return introduced.map(v -> current().isAtLeast(OntapRelease.parse(v))).orElse(true);
    }

    /** Whether the operation answers with a job (202) in the emulated release. */
    public boolean answersWithJob(SpecOperation operation) {
        return operation.async() && has(operation.jobsIntroduced());
    }

    public boolean isAtLeast(String release) {
        return current().isAtLeast(OntapRelease.parse(release));
    }
}

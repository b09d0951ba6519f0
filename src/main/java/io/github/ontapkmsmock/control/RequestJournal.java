package io.github.ontapkmsmock.control;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.ontap.state.Cluster;
import io.github.ontapkmsmock.ontap.state.CurrentCluster;
import io.github.ontapkmsmock.ontap.state.PerCluster;
import io.github.ontapkmsmock.ontap.state.Resettable;

/** Each cluster's last received ONTAP requests ({@code ontap-mock.journal.size}), oldest first; bodies have secrets masked. */
@ApplicationScoped
public class RequestJournal implements Resettable {

    /**
     * One received request.
     *
     * @param status absent when the request failed at the transport level (no HTTP answer)
     * @param body   the JSON body as the mock read it, secrets masked; absent when it read none
     */
    public record Entry(Instant time, String method, String path, String query, Optional<Integer> status,
            Optional<String> operationId, List<String> faults, long durationMs, Optional<JsonNode> body) {
    }

    /** A cluster's journal; its methods run synchronized on it. */
    private static final class Journal {
        private final Deque<Entry> entries = new ArrayDeque<>();
        /** ONTAP requests received since the cluster was made; never reset (provider states tell interactions apart with it). */
        private final AtomicLong received = new AtomicLong();
    }

    private final PerCluster<Journal> perCluster = new PerCluster<>(Journal::new);
    private final int size;

    @Inject
    public RequestJournal(MockConfig config) {
        this.size = Math.max(1, config.journal().size());
    }

    /** Counts a request in as it arrives in the cluster (its entry is added when it ends). */
    void received(Cluster cluster) {
        perCluster.in(cluster).received.incrementAndGet();
    }

    /** The current cluster's count of received requests. */
    long received() {
        return perCluster.get().received.get();
    }

    public void add(Entry entry) {
        add(CurrentCluster.get(), entry);
    }

    void add(Cluster cluster, Entry entry) {
        Journal journal = perCluster.in(cluster);
        synchronized (journal) {
            journal.entries.addLast(entry);
            while (journal.entries.size() > size) {
                journal.entries.removeFirst();
            }
        }
    }

    public List<Entry> entries() {
        Journal journal = perCluster.get();
        synchronized (journal) {
            return List.copyOf(journal.entries);
        }
    }

    /** How many entries the cluster's journal holds. */
    public int count(Cluster cluster) {
        return perCluster.peek(cluster).map(journal -> {
            synchronized (journal) {
                return journal.entries.size();
            }
        }).orElse(0);
    }

    @Override
    public void reset() {
        Journal journal = perCluster.get();
        synchronized (journal) {
            journal.entries.clear();
        }
    }
}

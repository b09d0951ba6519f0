package io.github.ontapkmsmock.control;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.ontap.state.Resettable;

/** The last received ONTAP requests ({@code ontap-mock.journal.size}), oldest first; bodies have secrets masked. */
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

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final int size;

    @Inject
    public RequestJournal(MockConfig config) {
        this.size = Math.max(1, config.journal().size());
    }

    public synchronized void add(Entry entry) {
        entries.addLast(entry);
        while (entries.size() > size) {
            entries.removeFirst();
        }
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized void reset() {
        entries.clear();
    }
}

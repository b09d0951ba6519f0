package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.faults.FaultHeaders;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class JournalTest extends OntapTest {

    @Test
    void journalRecordsOntapRequestsOldestFirst() {
        api().get("/api/cluster?fields=name").then().statusCode(200);
        api().get("/api/cluster/nodes/unknown").then().statusCode(404);
        control().get("/_mock/requests").then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records[0].method", equalTo("GET"))
                .body("records[0].path", equalTo("/api/cluster"))
                .body("records[0].query", equalTo("fields=name"))
                .body("records[0].status", equalTo(200))
                .body("records[0].operation_id", equalTo("cluster_get"))
                .body("records[0].time", notNullValue())
                .body("records[0].fault", nullValue())
                .body("records[1].path", equalTo("/api/cluster/nodes/unknown"))
                .body("records[1].status", equalTo(404))
                .body("records[1].operation_id", equalTo("node_get"));
    }

    @Test
    void journalNamesTheFaultsApplied() {
        api().header(FaultHeaders.ERROR, "8").header(FaultHeaders.DELAY, "5").get("/api/svm/svms").then()
                .statusCode(409);
        control().get("/_mock/requests").then()
                .body("records[0].status", equalTo(409))
                .body("records[0].fault", equalTo("X-Mock-Error 8, X-Mock-Delay 5"));
    }

    @Test
    void journalMasksTheSecretsOfBodies() {
        api().body(StateOfFamiliesTest.awsBody("vs0")).post("/api/security/aws-kms").then().statusCode(201);
        control().get("/_mock/requests").then()
                .body("records[0].method", equalTo("POST"))
                .body("records[0].status", equalTo(201))
                .body("records[0].operation_id", equalTo("aws_kms_create"))
                .body("records[0].body.svm.name", equalTo("vs0"))
                .body("records[0].body.access_key_id", equalTo("AK7ATC35ZXU6GKUDQURT"))
                .body("records[0].body.secret_access_key", equalTo("********"));
    }

    @Test
    void journalLeavesOutControlRequestsAndCanBeCleared() {
        api().get("/api/cluster").then().statusCode(200);
        control().get("/_mock/faults").then().statusCode(200);
        control().get("/_mock/requests").then().body("num_records", equalTo(1));
        control().delete("/_mock/requests").then().statusCode(200);
        control().get("/_mock/requests").then().body("num_records", equalTo(0));
    }

    @Test
    void journalKeepsOnlyTheLastEntries() {
        RequestJournal journal = new RequestJournal(new TestConfig(3));
        for (int i = 1; i <= 5; i++) {
            journal.add(new RequestJournal.Entry(Instant.EPOCH, "GET", "/api/" + i, null, Optional.of(200),
                    Optional.empty(), List.of(), 0, Optional.empty()));
        }
        assertEquals(List.of("/api/3", "/api/4", "/api/5"),
                journal.entries().stream().map(RequestJournal.Entry::path).toList());
    }

    /** The journal size is all this test configures. */
    private record TestConfig(int size) implements io.github.ontapkmsmock.MockConfig {

        @Override
        public String version() {
            return "9.17.1";
        }

        @Override
        public Optional<String> inventory() {
            return Optional.empty();
        }

        @Override
        public Auth auth() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Control control() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Jobs jobs() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Faults faults() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Journal journal() {
            return () -> size;
        }

        @Override
        public Pact pact() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Clusters clusters() {
            throw new UnsupportedOperationException();
        }
    }

}

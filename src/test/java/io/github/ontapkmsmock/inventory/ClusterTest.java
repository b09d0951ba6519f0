package io.github.ontapkmsmock.inventory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClusterTest extends OntapTest {

    @Test
    void clusterShowsTheEmulatedVersion() {
        api().get("/api/cluster").then().statusCode(200)
                .body("name", equalTo("cluster1"))
                .body("uuid", equalTo(Inventory.CLUSTER_UUID))
                .body("version.generation", equalTo(9))
                .body("version.major", equalTo(17))
                .body("version.minor", equalTo(1))
                .body("version.full", equalTo("NetApp Release 9.17.1: Mon Jan 01 00:00:00 UTC 2024"))
                .body("_links.self.href", equalTo("/api/cluster"));
    }

    @Test
    void nodesListsBothNodesByKey() {
        api().get("/api/cluster/nodes").then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records.name", hasItems("node1", "node2"))
                .body("records[0].model", equalTo(null));
    }

    @Test
    void svmsListsDataSvmsOnly() {
        api().get("/api/svm/svms?fields=*").then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records.name", hasItems(Inventory.VS0, Inventory.VS1))
                .body("records.name", not(hasItems(Inventory.ADMIN_SVM)));
    }
}

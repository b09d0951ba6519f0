package io.github.ontapkmsmock.tenants;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.testing.Tenants.byHeader;
import static io.github.ontapkmsmock.testing.Tenants.byUser;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RichState;
import io.github.ontapkmsmock.testing.SmallLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * At most {@code ontap-mock.clusters.max} tenants: a new one beyond it is refused in the envelope, naming the
 * setting, and no tenant is dropped to make room.
 */
@QuarkusTest
@TestProfile(SmallLimits.class)
class ClusterLimitTest extends OntapTest {

    @Test
    void aNewTenantBeyondTheMaximumIsRefusedAndNoneIsEvicted() {
        for (int i = 1; i <= SmallLimits.MAX_TENANTS; i++) {
            byHeader("shard-" + i).body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then()
                    .statusCode(201);
        }

        assertError(byHeader("shard-4").get(RichState.AWS_KMS).then(), 409, "8", "X-Mock-Cluster")
                .body("error.message", containsString("ontap-mock.clusters.max"));
        assertError(byUser("shard-4").get("/_mock/state").then(), 409, "8", "X-Mock-Cluster");

        control().get("/_mock/clusters").then()
                .body("records.name", contains("default", "shard-1", "shard-2", "shard-3"));
        for (int i = 1; i <= SmallLimits.MAX_TENANTS; i++) {
            byHeader("shard-" + i).get(RichState.AWS_KMS).then().statusCode(200).body("num_records", equalTo(1));
        }
        api().get(RichState.AWS_KMS).then().statusCode(200).body("num_records", equalTo(0));
    }

    @Test
    void droppingATenantMakesRoomForANewOne() {
        for (int i = 1; i <= SmallLimits.MAX_TENANTS; i++) {
            byHeader("shard-" + i).get(RichState.AWS_KMS).then().statusCode(200);
        }
        control().delete("/_mock/clusters/shard-2").then().statusCode(200);
        byHeader("shard-4").get(RichState.AWS_KMS).then().statusCode(200);
        control().get("/_mock/clusters").then()
                .body("records.name", contains("default", "shard-1", "shard-3", "shard-4"));
    }
}

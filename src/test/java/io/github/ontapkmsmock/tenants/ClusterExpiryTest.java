package io.github.ontapkmsmock.tenants;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.testing.Tenants.byHeader;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.faults.FaultHeaders;
import io.github.ontapkmsmock.ontap.state.Cluster;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RichState;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A tenant nothing ran in for {@code ontap-mock.clusters.idle-expiry} (1h by default) is dropped; the default cluster
 * never is, nor a tenant a request or a job still runs in. The sweep is called with the instant to judge by, so no
 * test waits.
 */
@QuarkusTest
class ClusterExpiryTest extends OntapTest {

    private static final Instant IN_TWO_HOURS = Instant.now().plus(Duration.ofHours(2));

    @Test
    void idleTenantsExpireAndTheirNamesStartAfresh() {
        byHeader("shard-1").body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);
        byHeader("shard-2").get(RichState.AWS_KMS).then().statusCode(200);
        api().body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);

        assertEquals(0, clusters.expireIdle(Instant.now().plus(Duration.ofMinutes(59))));
        assertEquals(2, clusters.expireIdle(IN_TWO_HOURS));

        control().get("/_mock/clusters").then().body("records.name", contains("default"));
        api().get(RichState.AWS_KMS).then().body("num_records", equalTo(1));
        byHeader("shard-1").get(RichState.AWS_KMS).then().body("num_records", equalTo(0));
    }

    @Test
    void aTenantServingARequestDoesNotExpire() {
        Cluster busy = clusters.enter(Optional.of("busy"));
        assertEquals(0, clusters.expireIdle(IN_TWO_HOURS));
        control().get("/_mock/clusters").then().body("records.name", contains("default", "busy"))
                .body("records[1].active", equalTo(1));

        busy.leave(Instant.now());
        assertEquals(1, clusters.expireIdle(IN_TWO_HOURS));
    }

    @Test
    void aTenantWithARunningJobDoesNotExpire() {
        byHeader("jobs").header(FaultHeaders.JOB_DURATION, "60000").body(RichState.azureKeyVault(Inventory.VS1))
                .post(RichState.AZURE_KEY_VAULTS).then().statusCode(202);
        assertEquals(0, clusters.expireIdle(IN_TWO_HOURS));
        control().get("/_mock/clusters").then().body("records.name", contains("default", "jobs"))
                .body("records[1].active", equalTo(1)).body("records[1].jobs", equalTo(1));
    }
}

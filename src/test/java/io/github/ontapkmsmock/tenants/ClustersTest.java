package io.github.ontapkmsmock.tenants;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.testing.Tenants.byHeader;
import static io.github.ontapkmsmock.testing.Tenants.byUser;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.faults.FaultHeaders;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RichState;
import io.quarkus.test.junit.QuarkusTest;

/** {@code GET /_mock/clusters} lists the clusters with their sizes; {@code DELETE /_mock/clusters/{name}} drops one. */
@QuarkusTest
class ClustersTest extends OntapTest {

    @Test
    void listShowsTheDefaultClusterFirstThenTheTenantsWithTheirSizes() {
        byHeader("shard-b").body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);
        byHeader("shard-b").body(RichState.azureKeyVault(Inventory.VS1)).header(FaultHeaders.JOB_DURATION, "0")
                .post(RichState.AZURE_KEY_VAULTS).then().statusCode(202);
        byUser("shard-b").body(Map.of("operation_id", "aws_kms_get", "code", "4")).post("/_mock/faults").then()
                .statusCode(201);
        byUser("shard-b").body("{\"version\": \"9.14.1\"}").put("/_mock/version").then().statusCode(200);
        byUser("shard-a").get("/_mock/version").then().statusCode(200);

        control().get("/_mock/clusters").then().statusCode(200)
                .body("num_records", equalTo(3))
                .body("records.name", contains("default", "shard-a", "shard-b"))
                .body("records[0].records.aws_kms", equalTo(0))
                .body("records[0].version", equalTo("9.17.1"))
                .body("records[1].records.aws_kms", equalTo(0))
                .body("records[1].jobs", equalTo(0))
                .body("records[2].records.aws_kms", equalTo(1))
                .body("records[2].records.azure_key_vaults", equalTo(1))
                .body("records[2].records.key_managers", equalTo(0))
                .body("records[2].jobs", equalTo(1))
                .body("records[2].fault_rules", equalTo(1))
                .body("records[2].journal_entries", equalTo(2))
                .body("records[2].version", equalTo("9.14.1"))
                .body("records[2].active", equalTo(0))
                .body("records[2].created", notNullValue())
                .body("records[2].last_used", notNullValue());
    }

    @Test
    void deleteDropsATenantAndItsNameStartsAfresh() {
        byHeader("shard-1").body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);
        byHeader("shard-2").body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);

        control().delete("/_mock/clusters/shard-1").then().statusCode(200);

        control().get("/_mock/clusters").then().body("records.name", contains("default", "shard-2"));
        byHeader("shard-2").get(RichState.AWS_KMS).then().body("num_records", equalTo(1));
        byHeader("shard-1").get(RichState.AWS_KMS).then().body("num_records", equalTo(0));
    }

    @Test
    void aTenantMayDropItselfAndOthers() {
        byUser("shard-1").get("/_mock/version").then().statusCode(200);
        byUser("shard-2").get("/_mock/version").then().statusCode(200);
        byUser("shard-2").delete("/_mock/clusters/shard-1").then().statusCode(200);
        byUser("shard-2").delete("/_mock/clusters/shard-2").then().statusCode(200);
        control().get("/_mock/clusters").then().body("records.name", contains("default"));
    }

    @Test
    void deleteOfAnUnknownClusterIs404() {
        assertError(control().delete("/_mock/clusters/shard-9").then(), 404, "4", "name");
    }

    @Test
    void theDefaultClusterIsNeverDropped() {
        api().body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);
        assertError(control().delete("/_mock/clusters/default").then(), 400, "262185", "name");
        api().get(RichState.AWS_KMS).then().body("num_records", equalTo(1));
    }
}

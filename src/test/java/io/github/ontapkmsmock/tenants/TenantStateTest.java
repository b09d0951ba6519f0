package io.github.ontapkmsmock.tenants;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.testing.Tenants.byHeader;
import static io.github.ontapkmsmock.testing.Tenants.byUser;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.control.ProviderStateCatalogue;
import io.github.ontapkmsmock.ontap.faults.FaultHeaders;
import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RichState;
import io.quarkus.test.junit.QuarkusTest;

/** A tenant's cluster is reset, exported, imported and set up by provider states alone. */
@QuarkusTest
class TenantStateTest extends OntapTest {

    private static final String AWS_UUID = "1c0b2a6e-0000-4000-8000-00000000aaaa";

    @Test
    void resetOfATenantLeavesTheOthersAndTheDefaultCluster() {
        for (String tenant : new String[] { "shard-1", "shard-2" }) {
            byHeader(tenant).body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);
        }
        api().body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);

        byUser("shard-1").post("/_mock/reset").then().statusCode(200);

        byHeader("shard-1").get(RichState.AWS_KMS).then().body("num_records", equalTo(0));
        byHeader("shard-2").get(RichState.AWS_KMS).then().body("num_records", equalTo(1));
        api().get(RichState.AWS_KMS).then().body("num_records", equalTo(1));
    }

    @Test
    void exportShowsOnlyTheTenantsStateAndImportChangesOnlyItsCluster() {
        byHeader("source").body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);
        byHeader("source").body(Map.of("operation_id", "aws_kms_get", "code", "4")).post("/_mock/faults").then()
                .statusCode(201);
        byHeader("other").body(RichState.azureKeyVault(Inventory.VS1)).post(RichState.AZURE_KEY_VAULTS).then()
                .statusCode(202);

        String exported = byHeader("source").get("/_mock/state").then().statusCode(200)
                .body("aws_kms", hasSize(1)).body("azure_key_vaults", empty()).body("faults", hasSize(1))
                .extract().asString();
        byUser("copy").body(exported).put("/_mock/state").then().statusCode(200);

        byHeader("copy").get("/_mock/state").then().body("aws_kms", hasSize(1)).body("faults", hasSize(1))
                .body("azure_key_vaults", empty());
        byHeader("other").get("/_mock/state").then().body("aws_kms", empty()).body("faults", empty())
                .body("azure_key_vaults", hasSize(1));
        control().get("/_mock/state").then().body("aws_kms", empty()).body("faults", empty())
                .body("azure_key_vaults", empty());
    }

    @Test
    void aJobFinishesInTheClusterItStartedIn() {
        String job = byHeader("shard-1").header(FaultHeaders.JOB_DURATION, "300")
                .body(RichState.azureKeyVault(Inventory.VS1)).post(RichState.AZURE_KEY_VAULTS).then().statusCode(202)
                .extract().path("job._links.self.href");
        api().get(job).then().statusCode(404);

        assertEquals("success", Jobs.awaitJob(() -> byHeader("shard-1"), job).getString("state"));

        byHeader("shard-1").get(RichState.AZURE_KEY_VAULTS).then().body("num_records", equalTo(1));
        api().get(RichState.AZURE_KEY_VAULTS).then().body("num_records", equalTo(0));
    }

    @Test
    void providerStatesSetUpTheCallersTenantOnly() {
        byUser("pact").body(Map.of("state", ProviderStateCatalogue.AWS_KMS, "params", Map.of("uuid", AWS_UUID),
                "action", "setup")).post("/_mock/provider-states").then().statusCode(200);
        byUser("pact").body(Map.of("state", "the cluster runs ONTAP 9.13.1", "action", "setup"))
                .post("/_mock/provider-states").then().statusCode(200);
        byHeader("other").body(Map.of("state", ProviderStateCatalogue.RESET, "action", "setup"))
                .post("/_mock/provider-states").then().statusCode(200);

        byHeader("pact").get(RichState.AWS_KMS).then().body("records.uuid", contains(AWS_UUID));
        byHeader("pact").get("/_mock/version").then().body("version", equalTo("9.13.1"));
        api().get(RichState.AWS_KMS + "/" + AWS_UUID).then().statusCode(404);
        control().get("/_mock/version").then().body("version", equalTo("9.17.1"));
    }
}

package io.github.ontapkmsmock.tenants;

import static io.github.ontapkmsmock.testing.Tenants.byHeader;
import static io.github.ontapkmsmock.testing.Tenants.byUser;
import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RichState;
import io.github.ontapkmsmock.testing.Tenants;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A request acts on the cluster its {@code X-Mock-Cluster} header or its user name {@code <user>@<cluster>} names, the
 * default cluster when neither names one; the password stays the configured user's.
 */
@QuarkusTest
class ClusterSelectionTest extends OntapTest {

    @Test
    void headerSelectsTheTenantsOwnCluster() {
        byHeader("shard-1").body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);
        byHeader("shard-1").get(RichState.AWS_KMS).then().statusCode(200).body("num_records", equalTo(1));
        byHeader("shard-2").get(RichState.AWS_KMS).then().statusCode(200).body("num_records", equalTo(0));
        api().get(RichState.AWS_KMS).then().statusCode(200).body("num_records", equalTo(0));
    }

    @Test
    void userNameSelectsTheSameClusterAsTheHeader() {
        byUser("shard-1").body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);
        byHeader("shard-1").get(RichState.AWS_KMS).then().body("num_records", equalTo(1));
        byUser("shard-1").header(Tenants.HEADER, "shard-1").get(RichState.AWS_KMS).then().statusCode(200)
                .body("num_records", equalTo(1));
    }

    @Test
    void theSameSvmGetsAKeyManagerInEveryTenant() {
        for (String tenant : new String[] { "a", "b", "c" }) {
            byUser(tenant).body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);
        }
        api().body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);
        api().body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(409);
    }

    @Test
    void defaultNamesTheDefaultCluster() {
        api().body(RichState.awsKms(Inventory.VS0)).post(RichState.AWS_KMS).then().statusCode(201);
        byHeader("default").get(RichState.AWS_KMS).then().body("num_records", equalTo(1));
        byUser("default").get(RichState.AWS_KMS).then().body("num_records", equalTo(1));
        control().get("/_mock/clusters").then().body("records.name", contains("default"));
    }

    @Test
    void headerAndUserNamingDifferentClustersAre400() {
        assertError(byUser("shard-1").header(Tenants.HEADER, "shard-2").get(RichState.AWS_KMS).then(), 400,
                "262186", "X-Mock-Cluster").body("error.message", containsString("shard-1"));
        assertError(byUser("shard-1").header(Tenants.HEADER, "shard-2").get("/_mock/state").then(), 400,
                "262186", "X-Mock-Cluster");
        control().get("/_mock/clusters").then().body("records.name", contains("default"));
    }

    @Test
    void invalidClusterNamesAre400() {
        String tooLong = "x".repeat(65);
        for (String name : new String[] { "-shard", ".shard", "shard/1", "shard 1", "shärd", tooLong }) {
            assertError(byHeader(name).get(RichState.AWS_KMS).then(), 400, "262185", "X-Mock-Cluster");
        }
        assertError(byUser("shard/1").get(RichState.AWS_KMS).then(), 400, "262185", "user name");
        assertError(byUser("").get(RichState.AWS_KMS).then(), 400, "262185", "user name");
        byHeader("x".repeat(64)).get(RichState.AWS_KMS).then().statusCode(200);
        byHeader("Shard_1.a-b").get(RichState.AWS_KMS).then().statusCode(200);
    }

    @Test
    void wrongPasswordInATenantIs401AndMakesNoCluster() {
        given().auth().preemptive().basic(USER + "@shard-1", "wrong").get(RichState.AWS_KMS).then().statusCode(401)
                .body("error.code", equalTo("6"));
        given().auth().preemptive().basic("nobody@shard-1", PASSWORD).get(RichState.AWS_KMS).then()
                .statusCode(401);
        given().header(Tenants.HEADER, "shard-2").get(RichState.AWS_KMS).then().statusCode(401);
        control().get("/_mock/clusters").then().body("records.name", contains("default"));
        control().get("/_mock/requests").then().body("num_records", equalTo(0));
    }

    @Test
    void healthKnowsNoTenant() {
        given().header(Tenants.HEADER, "shard-1").get("/q/health/ready").then().statusCode(200)
                .body("checks[0].data.release", equalTo("9.17.1"));
        given().auth().preemptive().basic(USER + "@shard-1", PASSWORD).get("/q/health/live").then().statusCode(200);
        control().get("/_mock/clusters").then().body("records.name", contains("default"));
    }

    @Test
    void controlApiActsOnTheCallersTenant() {
        byUser("shard-1").body("{\"version\": \"9.13.1\"}").put("/_mock/version").then().statusCode(200);
        byHeader("shard-1").get("/_mock/version").then().body("version", equalTo("9.13.1"));
        control().get("/_mock/version").then().body("version", equalTo("9.17.1"));
        byUser("shard-1").post("/_mock/reset").then().statusCode(200);
        byHeader("shard-1").get("/_mock/version").then().body("version", equalTo("9.17.1"));
    }
}

package io.github.ontapkmsmock.awskms;

import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.PATH;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.create;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** GET /api/security/aws-kms/{uuid} (000 l.1342-1477, examples l.124-231). */
@QuarkusTest
class AwsKmsGetTest extends OntapTest {

    @Test
    void getShowsTheConfigurationWithTheDefaultsOntapShows() {
        String uuid = create(Inventory.VS0);

        api().get(PATH + "/" + uuid).then().statusCode(200)
                .body("uuid", equalTo(uuid))
                .body("scope", equalTo("svm"))
                .body("svm.uuid", equalTo(Inventory.VS0_UUID))
                .body("svm.name", equalTo(Inventory.VS0))
                .body("region", equalTo(AwsKmsFixtures.REGION))
                .body("key_id", equalTo(AwsKmsFixtures.KEY_ID))
                .body("access_key_id", equalTo(AwsKmsFixtures.ACCESS_KEY_ID))
                .body("service", equalTo("KMS"))
                .body("default_domain", equalTo("amazonaws.com"))
                .body("polling_period", equalTo(60))
                .body("timeout", equalTo(10))
                .body("port", equalTo(443))
                .body("verify", equalTo(true))
                .body("verify_host", equalTo(true))
                .body("verify_ip", equalTo(false))
                .body("_links.self.href", equalTo(PATH + "/" + uuid))
                .body("$", not(hasKey("secret_access_key")))
                .body("$", not(hasKey("proxy_password")))
                .body("$", not(hasKey("host")));
    }

    @Test
    void getLeavesOutTheAdvancedPropertiesUnlessAsked() {
        String uuid = create(Inventory.VS0);

        api().get(PATH + "/" + uuid).then().statusCode(200)
                .body("$", not(hasKey("state")))
                .body("$", not(hasKey("amazon_reachability")))
                .body("$", not(hasKey("ekmip_reachability")));
        api().get(PATH + "/" + uuid + "?fields=*").then().statusCode(200)
                .body("$", not(hasKey("state")))
                .body("region", equalTo(AwsKmsFixtures.REGION));
    }

    @Test
    void getWithAdvancedFieldsShowsAHealthyClusterPerNode() {
        String uuid = create(Inventory.VS0);

        api().get(PATH + "/" + uuid + "?fields=state,amazon_reachability,ekmip_reachability").then()
                .statusCode(200)
                .body("uuid", equalTo(uuid))
                .body("$", not(hasKey("region")))
                .body("state.cluster_state", equalTo(true))
                .body("state.code", equalTo("0"))
                .body("state.message", equalTo(""))
                .body("amazon_reachability.reachable", equalTo(true))
                .body("amazon_reachability.code", equalTo("0"))
                .body("amazon_reachability.message", equalTo(""))
                .body("ekmip_reachability.node.name", contains("node1", "node2"))
                .body("ekmip_reachability.node.uuid", contains(Inventory.NODE1_UUID, Inventory.NODE2_UUID))
                .body("ekmip_reachability.node._links.self.href", containsInAnyOrder(
                        "/api/cluster/nodes/" + Inventory.NODE1_UUID, "/api/cluster/nodes/" + Inventory.NODE2_UUID))
                .body("ekmip_reachability.reachable", everyItem(equalTo(true)))
                .body("ekmip_reachability.code", everyItem(equalTo("0")));
    }

    @Test
    void getWithAllFieldsIncludesTheAdvancedOnesButNoSecret() {
        String uuid = create(AwsKmsFixtures.fullBody(Inventory.VS0));

        api().get(PATH + "/" + uuid + "?fields=**").then().statusCode(200)
                .body("state.cluster_state", equalTo(true))
                .body("ekmip_reachability.size()", equalTo(2))
                .body("proxy_username", equalTo("proxyuser"))
                .body("$", not(hasKey("proxy_password")))
                .body("$", not(hasKey("secret_access_key")));
    }

    @Test
    void getOfTheSecretsByNameAnswersWithoutThem() {
        String uuid = create(AwsKmsFixtures.fullBody(Inventory.VS0));

        api().get(PATH + "/" + uuid + "?fields=secret_access_key,proxy_password").then().statusCode(200)
                .body("uuid", equalTo(uuid))
                .body("$", not(hasKey("secret_access_key")))
                .body("$", not(hasKey("proxy_password")));
    }

    @Test
    void getOfAnUnknownUuidAnswers404Code4() {
        create(Inventory.VS0);

        api().get(PATH + "/6b6a3f1e-0000-0000-0000-000000000000").then().statusCode(404)
                .body("error.code", equalTo("4"))
                .body("error.target", equalTo("uuid"));
    }

    @Test
    void getRejectsAFieldTheRecordDoesNotHave() {
        String uuid = create(Inventory.VS0);

        api().get(PATH + "/" + uuid + "?fields=colour").then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("fields"));
    }
}

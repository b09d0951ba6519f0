package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.control.StateOfFamiliesTest.AWS;
import static io.github.ontapkmsmock.control.StateOfFamiliesTest.AZURE;
import static io.github.ontapkmsmock.control.StateOfFamiliesTest.createAwsKms;
import static io.github.ontapkmsmock.control.StateOfFamiliesTest.createAzureKeyVault;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** The reachability the control API sets, as the key managers' advanced properties show it. */
@QuarkusTest
class ReachabilityOfFamiliesTest extends OntapTest {

    private static final String ADVANCED = "?fields=state,amazon_reachability,ekmip_reachability";

    @Test
    void awsKmsShowsAHealthyClusterAfterReset() {
        String uuid = createAwsKms("vs0");
        api().get(AWS + "/" + uuid + ADVANCED).then().statusCode(200)
                .body("state.cluster_state", equalTo(true))
                .body("state.code", equalTo("0"))
                .body("amazon_reachability.reachable", equalTo(true))
                .body("amazon_reachability.message", equalTo(""))
                .body("ekmip_reachability.reachable", contains(true, true));
    }

    @Test
    void amazonUnreachableFromANodeShowsInStateAndAmazonReachability() {
        String uuid = createAwsKms("vs0");
        unreachable("amazon", "node1");
        api().get(AWS + "/" + uuid + ADVANCED).then().statusCode(200)
                .body("amazon_reachability.reachable", equalTo(false))
                .body("amazon_reachability.code", equalTo("65537915"))
                .body("amazon_reachability.message",
                        equalTo("The Amazon Web Service Key Management Service is unreachable from one or more nodes."))
                .body("state.cluster_state", equalTo(false))
                .body("state.code", equalTo("65537551"))
                .body("ekmip_reachability.reachable", contains(true, true));
        api().get(AWS + "?amazon_reachability.reachable=false&fields=amazon_reachability").then()
                .body("num_records", equalTo(1));
    }

    @Test
    void keyServersUnreachableFromANodeShowInEkmipReachability() {
        String aws = createAwsKms("vs0");
        String azure = createAzureKeyVault("vs1");
        unreachable("ekmip", "node2");
        api().get(AWS + "/" + aws + ADVANCED).then()
                .body("ekmip_reachability.node.name", contains("node1", "node2"))
                .body("ekmip_reachability.reachable", contains(true, false))
                .body("ekmip_reachability[1].code", equalTo("65537552"))
                .body("ekmip_reachability[1].message", equalTo("Embedded KMIP server status not available."))
                .body("amazon_reachability.reachable", equalTo(true));
        api().get(AZURE + "/" + azure + "?fields=ekmip_reachability").then()
                .body("ekmip_reachability.reachable", contains(true, false))
                .body("ekmip_reachability[1].code", equalTo("65537552"));
    }

    @Test
    void azureUnreachableShowsInTheAzureKeyVault() {
        String uuid = createAzureKeyVault("vs1");
        control().body(Map.of("service", "azure", "reachable", false)).put("/_mock/reachability").then()
                .statusCode(200);
        api().get(AZURE + "/" + uuid + "?fields=state,azure_reachability").then().statusCode(200)
                .body("azure_reachability.reachable", equalTo(false))
                .body("azure_reachability.code", equalTo("65537549"))
                .body("azure_reachability.message",
                        equalTo("The Azure Key Vault Key Management Service is unreachable from one or more nodes."))
                .body("state.available", equalTo(false))
                .body("state.code", equalTo("65537551"));
    }

    private static void unreachable(String service, String node) {
        control().body(Map.of("service", service, "node", node, "reachable", false)).put("/_mock/reachability")
                .then().statusCode(200);
    }
}

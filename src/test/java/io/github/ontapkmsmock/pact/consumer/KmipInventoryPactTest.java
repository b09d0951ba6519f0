package io.github.ontapkmsmock.pact.consumer;

import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.PROVIDER;
import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.error;
import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;

/** The KMIP key-server inventory tool's contract with ONTAP's key-manager endpoints (written to pacts/). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V3)
class KmipInventoryPactTest {

    static final String CONSUMER = "kmip-inventory";
    static final String CLUSTER_KM = "3f6b8d1a-9e2c-4a7b-b5d4-000000000e01";
    static final String VS1_KM = "3f6b8d1a-9e2c-4a7b-b5d4-000000000e02";
    static final String ONBOARD = "3f6b8d1a-9e2c-4a7b-b5d4-000000000e03";
    static final String EXTERNAL = "an external key manager exists";

    @Pact(consumer = CONSUMER)
    RequestResponsePact inventory(PactDslWithProvider builder) {
        var keyManagers = json(builder.given(EXTERNAL, Map.of("uuid", CLUSTER_KM, "servers",
                List.of("10.0.0.6:5696", "10.0.0.5:5696")))
                .given(EXTERNAL, Map.of("uuid", VS1_KM, "svm_name", "vs1", "servers", List.of("10.1.0.5:5696")))
                .uponReceiving("a query for every key manager with its scope, cluster first")
                .path("/api/security/key-managers").query("fields=uuid,scope,svm.name&order_by=scope").method("GET")
                .willRespondWith().status(200),
                new PactDslJsonBody().integerType("num_records", 2).array("records")
                        .object().stringValue("uuid", CLUSTER_KM).stringValue("scope", "cluster").closeObject()
                        .object().stringValue("uuid", VS1_KM).stringValue("scope", "svm")
                        .object("svm", new PactDslJsonBody().stringValue("name", "vs1")).closeObject().closeArray());
        return json(keyManagers.given(EXTERNAL, Map.of("uuid", CLUSTER_KM, "servers",
                List.of("10.0.0.6:5696", "10.0.0.5:5696")))
                .uponReceiving("a query for the key servers of the cluster's key manager")
                .path("/api/security/key-managers/" + CLUSTER_KM + "/key-servers").query("fields=server,timeout")
                .method("GET").willRespondWith().status(200),
                new PactDslJsonBody().integerType("num_records", 2).array("records")
                        .object().stringValue("server", "10.0.0.6:5696").integerType("timeout", 10).closeObject()
                        .object().stringValue("server", "10.0.0.5:5696").integerType("timeout", 10).closeObject()
                        .closeArray())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "inventory")
    void listsKeyManagersAndTheirServersInOrder(MockServer server) {
        var inventory = new KmipInventory(server.getUrl());
        assertEquals(List.of(CLUSTER_KM + " cluster", VS1_KM + " svm vs1"), inventory.keyManagers());
        assertEquals(List.of("10.0.0.6:5696", "10.0.0.5:5696"), List.copyOf(inventory.keyServers(CLUSTER_KM).keySet()));
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact onboardOnly(PactDslWithProvider builder) {
        return json(builder.given("an onboard key manager exists", Map.of("uuid", ONBOARD))
                .uponReceiving("a query for every key manager when the cluster has its onboard one")
                .path("/api/security/key-managers").query("fields=uuid,scope,svm.name&order_by=scope").method("GET")
                .willRespondWith().status(200),
                new PactDslJsonBody().integerType("num_records", 1).array("records").object()
                        .stringValue("uuid", ONBOARD).stringValue("scope", "cluster").closeObject().closeArray())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "onboardOnly")
    void listsTheOnboardKeyManager(MockServer server) {
        assertEquals(List.of(ONBOARD + " cluster"), new KmipInventory(server.getUrl()).keyManagers());
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact svmWithoutKeyManager(PactDslWithProvider builder) {
        return json(builder.given(EXTERNAL, Map.of("uuid", CLUSTER_KM)).given("SVM vs1 has no key manager")
                .uponReceiving("a query for the key managers of vs1, which has none")
                .path("/api/security/key-managers").query("svm.name=vs1").method("GET").willRespondWith()
                .status(200), new PactDslJsonBody().integerType("num_records", 0).array("records").closeArray())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "svmWithoutKeyManager")
    void findsAnSvmWithoutKeyManager(MockServer server) {
        assertEquals(0, new KmipInventory(server.getUrl()).keyManagersOf("vs1"));
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact addAndRemoveKeyServers(PactDslWithProvider builder) {
        return builder.given(EXTERNAL, Map.of("uuid", CLUSTER_KM, "servers", List.of("10.0.0.5:5696")))
                .uponReceiving("a request to add a key server").path("/api/security/key-managers/" + CLUSTER_KM
                        + "/key-servers")
                .method("POST").body(new PactDslJsonBody().stringValue("server", "10.0.0.7:5696"))
                .willRespondWith().status(201)
                .given(EXTERNAL, Map.of("uuid", CLUSTER_KM, "servers", List.of("10.0.0.5:5696", "10.0.0.7:5696")))
                .uponReceiving("a request to remove a key server").path("/api/security/key-managers/" + CLUSTER_KM
                        + "/key-servers/10.0.0.7:5696")
                .method("DELETE").willRespondWith().status(200).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "addAndRemoveKeyServers")
    void addsAndRemovesKeyServers(MockServer server) {
        var inventory = new KmipInventory(server.getUrl());
        assertEquals(201, inventory.addKeyServer(CLUSTER_KM, "10.0.0.7:5696").status());
        assertEquals(200, inventory.removeKeyServer(CLUSTER_KM, "10.0.0.7:5696"));
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact addRefused(PactDslWithProvider builder) {
        return json(builder.given(EXTERNAL, Map.of("uuid", CLUSTER_KM))
                .given("fault 65536038 is armed for key_server_create")
                .uponReceiving("a request to add a key server that the cluster refuses")
                .path("/api/security/key-managers/" + CLUSTER_KM + "/key-servers").method("POST")
                .body(new PactDslJsonBody().stringValue("server", "10.0.0.7:5696")).willRespondWith().status(400),
                error("65536038")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "addRefused")
    void reportsARefusedKeyServer(MockServer server) {
        assertEquals("65536038", new KmipInventory(server.getUrl()).addKeyServer(CLUSTER_KM, "10.0.0.7:5696")
                .errorCode());
    }
}

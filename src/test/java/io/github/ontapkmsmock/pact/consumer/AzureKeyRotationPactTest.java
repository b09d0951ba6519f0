package io.github.ontapkmsmock.pact.consumer;

import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.PROVIDER;
import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.error;
import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.job;
import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.jobPoll;
import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;

/** The Azure key rotation job's contract with ONTAP's Azure Key Vault endpoints (written to pacts/). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V3)
class AzureKeyRotationPactTest {

    static final String CONSUMER = "azure-key-rotation";
    static final String ENABLED = "7c1f0a2e-4d3b-4b6a-8e5f-000000000c01";
    static final String STANDBY = "7c1f0a2e-4d3b-4b6a-8e5f-000000000c02";
    static final String JOB = "7c1f0a2e-4d3b-4b6a-8e5f-000000000d01";
    static final String KEY = "https://keyvault-test.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a74";
    static final String NEW_KEY = "https://keyvault-test.vault.azure.net/keys/key1/0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    static final String AZURE = "an Azure Key Vault configuration exists";

    @Pact(consumer = CONSUMER)
    RequestResponsePact enabledVaults(PactDslWithProvider builder) {
        return json(builder.given(AZURE, Map.of("uuid", ENABLED, "svm_name", "vs0"))
                .given(AZURE, Map.of("uuid", STANDBY, "svm_name", "vs0", "enabled", false, "configuration_name",
                        "standby"))
                .uponReceiving("a query for the enabled Azure Key Vaults").path("/api/security/azure-key-vaults")
                .query("enabled=true&fields=uuid,svm.name,key_id").method("GET").willRespondWith().status(200),
                new PactDslJsonBody().integerType("num_records", 1).array("records").object()
                        .stringValue("uuid", ENABLED).stringValue("key_id", KEY)
                        .object("svm", new PactDslJsonBody().stringValue("name", "vs0")).closeObject().closeArray())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "enabledVaults")
    void findsTheEnabledVaultsOnly(MockServer server) {
        assertEquals(List.of(ENABLED), new AzureKeyRotation(server.getUrl()).enabledVaults());
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact currentKey(PactDslWithProvider builder) {
        return json(builder.given(AZURE, Map.of("svm_name", "vs1"))
                .uponReceiving("a read of the key of an Azure Key Vault whose UUID the provider picks")
                .pathFromProviderState("/api/security/azure-key-vaults/${uuid}",
                        "/api/security/azure-key-vaults/" + ENABLED)
                .query("fields=key_id").method("GET").willRespondWith().status(200),
                new PactDslJsonBody().valueFromProviderState("uuid", "${uuid}", ENABLED).stringValue("key_id", KEY))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "currentKey")
    void readsTheCurrentKey(MockServer server) {
        assertEquals(KEY, new AzureKeyRotation(server.getUrl()).currentKey(ENABLED));
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact rotateAndPoll(PactDslWithProvider builder) {
        var rekey = json(rekey(builder.given(AZURE, Map.of("uuid", ENABLED, "svm_name", "vs0")), "a request to "
                + "rotate the key of an Azure Key Vault").status(202), job(JOB));
        return jobPoll(rekey, "a poll of the Azure key rotation job, which has succeeded", Map.of("uuid", JOB,
                "operation_id", "azure_key_vault_rekey_external"),
                new PactDslJsonBody().stringValue("uuid", JOB).stringValue("state", "success")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "rotateAndPoll")
    void rotatesAndWaitsForTheJob(MockServer server) {
        assertEquals("success", new AzureKeyRotation(server.getUrl()).rotate(ENABLED, NEW_KEY));
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact rotationJobFails(PactDslWithProvider builder) {
        var rekey = json(rekey(builder.given(AZURE, Map.of("uuid", ENABLED, "svm_name", "vs0")).given(
                "fault 65539436 is armed for azure_key_vault_rekey_external", Map.of("job", true)),
                "a request to rotate the key of an Azure Key Vault whose job will fail").status(202), job(JOB));
        return jobPoll(rekey, "a poll of the Azure key rotation job, which has failed", Map.of("uuid", JOB,
                "operation_id", "azure_key_vault_rekey_external", "code", "65539436"),
                new PactDslJsonBody().stringValue("uuid", JOB).stringValue("state", "failure")
                        .integerType("code", 65539436).stringType("message", "an ONTAP message")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "rotationJobFails")
    void reportsTheCodeOfAFailedJob(MockServer server) {
        assertEquals("failure 65539436", new AzureKeyRotation(server.getUrl()).rotate(ENABLED, NEW_KEY));
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact rotationRefused(PactDslWithProvider builder) {
        return json(rekey(builder.given(AZURE, Map.of("uuid", ENABLED, "svm_name", "vs0")).given(
                "fault 65537547 is armed for azure_key_vault_rekey_external"),
                "a request to rotate the key of an Azure Key Vault while another rekey runs").status(409),
                error("65537547")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "rotationRefused")
    void reportsTheCodeOfARefusal(MockServer server) {
        assertEquals("failure 65537547", new AzureKeyRotation(server.getUrl()).rotate(ENABLED, NEW_KEY));
    }

    private static PactDslResponse rekey(PactDslWithState states, String description) {
        return states.uponReceiving(description).path("/api/security/azure-key-vaults/" + ENABLED + "/rekey-external")
                .method("POST").body(new PactDslJsonBody().stringValue("key_id", NEW_KEY)).willRespondWith();
    }
}

package io.github.ontapkmsmock.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import au.com.dius.pact.provider.BodyComparisonResult;
import au.com.dius.pact.provider.ComparisonResult;
import au.com.dius.pact.provider.ResponseComparison;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;
import kotlin.Pair;

/**
 * Verification can fail: a pact whose consumer changed a field's type or expects a wrong status is refused, by the
 * same target and state endpoint as {@link PactProviderTest}, while the unbroken interaction beside them passes.
 */
@QuarkusTest
class BrokenInteractionTest extends OntapTest {

    static final File BROKEN = new File("src/test/resources/pact/broken-consumer-ontap-kms-mock.json");

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void unbrokenInteractionPasses() {
        ComparisonResult result = verify("a query for the AWS KMS regions, as the mock answers it");
        assertNull(result.getStatusMismatch());
        assertTrue(bodyMismatches(result).isEmpty());
    }

    @Test
    void changedFieldTypeFailsVerification() {
        ComparisonResult result = verify("a query for the AWS KMS regions whose num_records the consumer changed "
                + "to a string");
        assertNull(result.getStatusMismatch());
        assertEquals(java.util.Set.of("$.num_records"), bodyMismatches(result).keySet());
    }

    @Test
    void wrongStatusFailsVerification() {
        ComparisonResult result = verify("a request to disable AWS KMS that the consumer expects to answer 204");
        assertNotNull(result.getStatusMismatch());
        assertEquals(200, result.getStatusMismatch().getActual());
    }

    /** Sets up the interaction's states, sends its request to the mock and compares the answer with the pact. */
    private ComparisonResult verify(String description) {
        Pact pact = DefaultPactReader.INSTANCE.loadPact(BROKEN);
        Interaction interaction = pact.getInteractions().stream().filter(i -> i.getDescription().equals(description))
                .findFirst().orElseThrow();
        var target = new ProviderStateTarget("127.0.0.1", port, USER, PASSWORD);
        Map<String, Object> context = new HashMap<>();
        Pair<Object, Object> prepared = target.prepareRequest(pact, interaction, context);
        var actual = target.executeInteraction(prepared.getSecond(), prepared.getFirst());
        return ResponseComparison.Companion.compareResponse(((RequestResponseInteraction) interaction).getResponse(),
                actual);
    }

    private static Map<String, ?> bodyMismatches(ComparisonResult result) {
        BodyComparisonResult body = result.getBodyMismatches().get();
        assertNotNull(body, () -> "the body could not be compared: " + result.getBodyMismatches().errorValue());
        Map<String, ?> mismatches = new HashMap<>(body.getMismatches());
        mismatches.values().removeIf(list -> ((java.util.List<?>) list).isEmpty());
        return mismatches;
    }
}

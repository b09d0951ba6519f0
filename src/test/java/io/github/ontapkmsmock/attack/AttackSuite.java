package io.github.ontapkmsmock.attack;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.control.ControlClient.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ontapkmsmock.attack.AttackSurface.Target;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RichState;

/**
 * Runs one class of attack against every operation of the spec, each case a test of its own, on a state with
 * records in every family: every case is refused as its class requires, and the exported state after them all is
 * the state before. A case the mock wrongly accepts fails, and the state is put back so that the next cases meet
 * the same records.
 */
abstract class AttackSuite extends OntapTest {

    static final String NO_RECORD = AttackSurface.NO_RECORD;

    /** The cases of this class of attack on one operation, whose path has real keys in it. */
    abstract List<AttackCase> cases(Target target, String path);

    @TestFactory
    Stream<DynamicNode> everyOperation() {
        RichState.Seeded seeded = RichState.seed();
        JsonNode before = state();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Target target : AttackSurface.targets()) {
            String path = AttackSurface.pathWithKeys(target.op().pathTemplate(), Map.of("/api/cluster/jobs/{uuid}", seeded.job()))
                    + selectingNothing(target);
            List<AttackCase> cases = cases(target, path);
            if (!cases.isEmpty()) {
                nodes.add(dynamicContainer(target.id(), cases.stream()
                        .map(c -> dynamicTest(c.name(), () -> run(c, before)))));
            }
        }
        nodes.add(dynamicTest("the exported state after every case is the state before them",
                () -> assertEquals(before, state())));
        return nodes.stream();
    }

    /**
     * For a query-based PATCH or DELETE, a filter that selects no record (without one it is refused whatever else
     * is wrong): {@code ?<key field>=zz_no_match}. Empty for other operations.
     */
    private static String selectingNothing(Target target) {
        if (!target.queryBased()) {
            return "";
        }
        String key = AttackSurface.SPEC.recordsAt(target.op().pathTemplate())
                .flatMap(t -> t.keys().stream().findFirst()).orElse("uuid");
        return "?" + key + "=zz_no_match";
    }

    /** The target with a query added to what it has. */
    static String withQuery(String target, String query) {
        return target + (target.contains("?") ? "&" : "?") + query;
    }

    private static void run(AttackCase attack, JsonNode before) {
        boolean accepted;
        try {
            accepted = attack.send();
        } catch (AssertionError e) {
            restore(before);
            throw e;
        }
        if (accepted) {
            restore(before);
        }
        assertFalse(accepted, "accepted");
    }

    /** Back to the state before the attacks (a case that changed it has failed already). */
    private static void restore(JsonNode before) {
        if (!before.equals(state())) {
            control().body(before.toString()).put("/_mock/state").then().statusCode(200);
        }
    }
}

package io.github.ontapkmsmock.ontap.faults;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ontapkmsmock.control.StateDocuments;
import io.github.ontapkmsmock.ontap.errors.OntapError;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every (operation, documented code) pair of the catalogue forced with {@code X-Mock-Error}: answered with its
 * status, code and message (ONTAP's runtime text where the spec gives one), and nothing changes.
 */
@QuarkusTest
class ForcedErrorCatalogueTest extends OntapTest {

    private static final OntapSpec SPEC = OntapSpec.load();

    @Inject
    StateDocuments state;

    /**
     * Each operation with each of its own codes; ONTAP's common codes, the same entries for every operation, with
     * the first operation of each HTTP method.
     */
    static Stream<Arguments> documentedPairs() {
        Stream<Arguments> own = SPEC.operations().stream()
                .flatMap(op -> op.errors().stream().map(e -> Arguments.of(op.operationId(), e.code())));
        Stream<Arguments> common = SPEC.operations().stream()
                .collect(Collectors.toMap(SpecOperation::method, op -> op, (a, b) -> a, LinkedHashMap::new)).values()
                .stream().flatMap(op -> SPEC.commonErrors().keySet().stream()
                        .filter(code -> op.documented(code).isEmpty())
                        .map(code -> Arguments.of(op.operationId(), code)));
        return Stream.concat(own, common);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documentedPairs")
    void forcedErrorIsAnsweredAsDocumented(String operationId, String code) {
        SpecOperation op = SPEC.operation(operationId).orElseThrow();
        OntapError entry = op.documented(code).orElseGet(() -> SPEC.commonErrors().get(code));
        var before = state.export();
        request(op).header(FaultHeaders.ERROR, code).header(FaultHeaders.ERROR_TARGET, "forced")
                .request(op.method(), examplePath(op)).then()
                .statusCode(entry.status())
                .body("error.code", equalTo(code))
                .body("error.message", equalTo(entry.message()))
                .body("error.target", equalTo("forced"));
        assertEquals(before, state.export());
    }

    /** A path of the operation, its parameters filled with a UUID no record has. */
    static String examplePath(SpecOperation op) {
        return op.pathTemplate().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-00000000cafe");
    }

    private static RequestSpecification request(SpecOperation op) {
        RequestSpecification request = api();
        return "POST".equals(op.method()) || "PATCH".equals(op.method()) ? request.body("{}") : request;
    }
}

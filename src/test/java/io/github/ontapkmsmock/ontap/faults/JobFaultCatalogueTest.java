package io.github.ontapkmsmock.ontap.faults;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ontapkmsmock.control.StateDocuments;
import io.github.ontapkmsmock.ontap.errors.OntapError;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every documented code of every asynchronous operation, forced into its job with {@code X-Mock-Job-Error}: the
 * request is accepted (202), the job ends in {@code failure} with the code and its message, as ONTAP reports a
 * failed job, and nothing changes.
 */
@QuarkusTest
class JobFaultCatalogueTest extends OntapTest {

    private static final OntapSpec SPEC = OntapSpec.load();

    @Inject
    StateDocuments state;

    static Stream<Arguments> asynchronousPairs() {
        return SPEC.operations().stream().filter(op -> op.async())
                .flatMap(op -> op.errors().stream().map(e -> Arguments.of(op.operationId(), e.code())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("asynchronousPairs")
    void forcedJobErrorFailsTheJobAsDocumented(String operationId, String code) {
        OntapError entry = SPEC.operation(operationId).flatMap(op -> op.documented(code)).orElseThrow();
        AsyncRequests.Request request = AsyncRequests.prepare(operationId);
        var before = state.export();

        String job = request.send(api().header(FaultHeaders.JOB_ERROR, code)).then()
                .statusCode(202)
                .body("job._links.self.href", startsWith("/api/cluster/jobs/"))
                .extract().path("job._links.self.href");

        var finished = Jobs.awaitJob(job);
        assertEquals("failure", finished.getString("state"));
        assertEquals(Integer.parseInt(code), finished.getInt("code"));
        assertEquals(entry.message(), finished.getString("message"));
        assertEquals(before, state.export());
        api().get(job).then().body("end_time", notNullValue())
                .body("state", equalTo("failure"));
    }
}

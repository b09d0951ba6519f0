package io.github.ontapkmsmock.awskms;

import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.PATH;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.count;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.create;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.get;
import static io.github.ontapkmsmock.control.ControlClient.addRule;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** PATCH and DELETE /api/security/aws-kms with a query: ONTAP's query-based operations on AWS KMS. */
@QuarkusTest
class AwsKmsQueryOperationsTest extends OntapTest {

    /** aws_kms_delete: "Failed to determine if key manager is safe to disable." (500). */
    private static final String DELETE_FAILED = "65536817";

    private String vs0;
    private String vs1;

    @BeforeEach
    void twoConfigurations() {
        vs0 = create(Inventory.VS0);
        vs1 = create(Inventory.VS1);
    }

    @Test
    void patchChangesEveryConfigurationTheQuerySelectsAndNoOther() {
        api().body(Map.of("polling_period", 42)).patch(PATH + "?svm.name=vs0").then().statusCode(200)
                .body("num_records", equalTo(1));
        assertEquals(42, get(vs0).getInt("polling_period"));
        assertEquals(60, get(vs1).getInt("polling_period"));
        api().body(Map.of("polling_period", 43)).patch(PATH + "?uuid=*").then().statusCode(200)
                .body("num_records", equalTo(2));
        assertEquals(43, get(vs1).getInt("polling_period"));
    }

    @Test
    void deleteRemovesEveryConfigurationTheQuerySelectsAndAnswersThemWhenAsked() {
        api().delete(PATH + "?svm.name=vs1&return_records=true").then().statusCode(200)
                .body("num_records", equalTo(1))
                .body("records.uuid", contains(vs1));
        assertEquals(1, count());
        assertEquals(Inventory.VS0, get(vs0).getString("svm.name"));
    }

    @Test
    void deleteRejectsAReturnTimeoutOutOfRange() {
        api().delete(PATH + "?svm.name=vs1&return_timeout=121").then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("return_timeout"));
        assertEquals(2, count());
    }

    @Test
    void aQueryThatSelectsNothingChangesNothing() {
        api().delete(PATH + "?polling_period=1").then().statusCode(200).body(equalTo("{\"num_records\":0}"));
        api().body(Map.of("polling_period", 42)).patch(PATH + "?uuid=nope").then().statusCode(200)
                .body("num_records", equalTo(0));
        assertEquals(2, count());
        assertEquals(60, get(vs0).getInt("polling_period"));
    }

    @Test
    void noFilterAtAllIsRefused() {
        api().delete(PATH).then().statusCode(400).body("error.code", equalTo("262177"))
                .body("error.target", equalTo("query"));
        api().delete(PATH + "?return_records=true&continue_on_failure=true").then().statusCode(400)
                .body("error.code", equalTo("262177"));
        api().body(Map.of("polling_period", 42)).patch(PATH).then().statusCode(400)
                .body("error.code", equalTo("262177"));
        assertEquals(2, count());
        assertEquals(60, get(vs0).getInt("polling_period"));
    }

    @Test
    void oneRefusalUndoesTheWholeOperationAndNamesTheRecord() {
        addRule(Map.of("method", "DELETE", "path", PATH + "/" + vs1, "code", DELETE_FAILED));
        api().delete(PATH + "?svm.name=vs*").then().statusCode(500)
                .body("error.code", equalTo(DELETE_FAILED))
                .body("error.message", equalTo("Internal error. Failed to determine if it is safe to disable key manager."))
                .body("error.arguments", hasSize(1))
                .body("error.arguments[0].code", equalTo(DELETE_FAILED))
                .body("error.arguments[0].message", containsString("uuid " + vs1));
        assertEquals(2, count());
    }

    @Test
    void withContinueOnFailureTheOthersAreDoneAndTheErrorNamesTheRefusals() {
        addRule(Map.of("method", "DELETE", "path", PATH + "/" + vs0, "code", DELETE_FAILED));
        api().delete(PATH + "?svm.name=vs*&continue_on_failure=true").then().statusCode(500)
                .body("error.code", equalTo(DELETE_FAILED))
                .body("error.message", containsString("1 of 2 records (uuid " + vs0 + ")"))
                .body("error.arguments.message", contains(containsString("uuid " + vs0)));
        assertEquals(1, count());
        assertEquals(Inventory.VS0, get(vs0).getString("svm.name"));
    }

    @Test
    void aPatchTheRecordsRefuseChangesNone() {
        api().body(Map.of("skip_verify", true)).patch(PATH + "?uuid=*").then().statusCode(400)
                .body("error.code", equalTo("262186"))
                .body("error.target", equalTo("skip_verify"));
        assertEquals(60, get(vs0).getInt("polling_period"));
    }

    @Test
    void faultHeadersWorkOnQueryOperations() {
        api().header("X-Mock-Error", DELETE_FAILED).delete(PATH + "?uuid=*").then().statusCode(500)
                .body("error.code", equalTo(DELETE_FAILED));
        assertEquals(2, count());
    }
}

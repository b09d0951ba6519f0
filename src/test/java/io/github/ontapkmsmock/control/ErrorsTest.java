package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.errors.OntapError;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorsTest extends OntapTest {

    private static final OntapSpec SPEC = OntapSpec.load();

    @Test
    void catalogueListsEveryOperationWithTheCodesOfTheSpec() {
        var catalogue = control().get("/_mock/errors").then().statusCode(200)
                .body("num_records", equalTo(SPEC.operations().size()))
                .body("common.code", hasItem("262179"))
                .extract().jsonPath();
        for (SpecOperation op : SPEC.operations()) {
            List<String> codes = catalogue.getList(
                    "records.find { it.operation_id == '" + op.operationId() + "' }.errors.code");
            assertEquals(op.errors().stream().map(OntapError::code).toList(), codes, op.operationId());
        }
    }

    @Test
    void catalogueOfOneOperation() {
        control().queryParam("operation_id", "aws_kms_modify").get("/_mock/errors").then().statusCode(200)
                .body("num_records", equalTo(1))
                .body("records[0].method", equalTo("PATCH"))
                .body("records[0].path", equalTo("/api/security/aws-kms/{uuid}"))
                .body("records[0].asynchronous", equalTo(false))
                .body("records[0].introduced", equalTo("9.12"))
                .body("records[0].errors.find { it.code == '65537926' }.status", equalTo(404))
                .body("records[0].errors.find { it.code == '65537926' }.message",
                        equalTo("Amazon Web Service Key Management Service is not configured for SVM."));
        control().queryParam("operation_id", "aws_kms_rekey_external").get("/_mock/errors").then()
                .body("records[0].asynchronous", equalTo(true));
    }

    @Test
    void runtimeMessageIsShownBesideTheDocumentedOne() {
        OntapError differing = SPEC.operations().stream().flatMap(op -> op.errors().stream())
                .filter(e -> !e.message().equals(e.documentedMessage())).findFirst().orElseThrow();
        control().get("/_mock/errors").then()
                .body("records.errors.flatten().find { it.code == '" + differing.code() + "' }.message",
                        equalTo(differing.message()))
                .body("records.errors.flatten().find { it.code == '" + differing.code() + "' }.documented_message",
                        equalTo(differing.documentedMessage()));
    }

    @Test
    void unknownOperationIsNotFound() {
        control().queryParam("operation_id", "nothing").get("/_mock/errors").then().statusCode(404)
                .body("error.code", equalTo("4"))
                .body("error.target", equalTo("operation_id"));
    }
}

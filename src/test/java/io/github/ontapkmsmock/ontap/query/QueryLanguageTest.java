package io.github.ontapkmsmock.ontap.query;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** ONTAP's query language, on the seeded certificates (six, nested svm, enums) and nodes. */
@QuarkusTest
class QueryLanguageTest extends OntapTest {

    private static final String CERTS = "/api/security/certificates";

    @Test
    void collectionWithoutFieldsReturnsKeysAndLinksOnly() {
        api().get(CERTS).then().statusCode(200)
                .body("num_records", equalTo(6))
                .body("records[0].keySet()", containsInAnyOrder("uuid", "name", "_links"))
                .body("_links.self.href", equalTo(CERTS));
    }

    @Test
    void fieldsStarReturnsEveryProperty() {
        api().get(CERTS + "?fields=*").then().statusCode(200)
                .body("records[0]", hasKey("type"))
                .body("records[0]", hasKey("scope"))
                .body("records[0]", hasKey("serial_number"));
    }

    @Test
    void fieldsListReturnsNamedFieldsWithKeys() {
        api().get(CERTS + "?fields=type,svm.name").then().statusCode(200)
                .body("records[2].keySet()", containsInAnyOrder("uuid", "name", "type", "svm", "_links"))
                .body("records[2].svm.keySet()", contains("name"))
                .body("records[2].svm.name", equalTo("vs0"));
    }

    @Test
    void unknownFieldInFieldsIsRefused() {
        api().get(CERTS + "?fields=nope").then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("fields"));
    }

    @Test
    void filterOnNestedFieldWithWildcard() {
        api().get(CERTS + "?svm.name=vs*&fields=svm.name").then().statusCode(200)
                .body("num_records", equalTo(4))
                .body("records.svm.name", containsInAnyOrder("vs0", "vs0", "vs1", "vs1"));
    }

    @Test
    void filterWithAlternativesAndNegation() {
        api().get(CERTS + "?type=client&svm.name=vs0|vs1").then().statusCode(200)
                .body("num_records", equalTo(2));
        api().get(CERTS + "?scope=!svm").then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records.uuid", containsInAnyOrder(Inventory.CLUSTER_CLIENT_CERT, Inventory.CLUSTER_SERVER_CA));
    }

    @Test
    void filterWithRangesAndComparisons() {
        api().get(CERTS + "?serial_number=1A2B3C4D5E6F0002..1A2B3C4D5E6F0004").then().statusCode(200)
                .body("num_records", equalTo(3));
        api().get(CERTS + "?serial_number=>1A2B3C4D5E6F0005").then().statusCode(200)
                .body("num_records", equalTo(1));
        api().get(CERTS + "?serial_number=<=1A2B3C4D5E6F0002").then().statusCode(200)
                .body("num_records", equalTo(2));
    }

    @Test
    void filterOnUnknownFieldIsAnUnexpectedArgument() {
        api().get(CERTS + "?colour=blue").then().statusCode(400)
                .body("error.code", equalTo("262179"))
                .body("error.target", equalTo("colour"))
                .body("error.message", equalTo("Unexpected argument \"colour\"."));
    }

    @Test
    void filterNamingAnSvmThatDoesNotExistIsAnError() {
        api().get(CERTS + "?svm.name=vs9").then().statusCode(400)
                .body("error.code", equalTo("2621462"))
                .body("error.message", equalTo("SVM \"vs9\" does not exist."))
                .body("error.target", equalTo("svm.name"));
        api().get(CERTS + "?svm.name=vs9*").then().statusCode(200).body("num_records", equalTo(0));
        api().get(CERTS + "?svm.name=VS0").then().statusCode(200).body("num_records", equalTo(2));
    }

    @Test
    void filterGivenTwiceIsRefused() {
        api().get(CERTS + "?type=client&type=server_ca").then().statusCode(400)
                .body("error.code", equalTo("262188"));
    }

    @Test
    void orderByAscendingDescendingAndSeveralFields() {
        api().get(CERTS + "?order_by=name desc").then().statusCode(200)
                .body("records[0].name", equalTo("vs1-kmip-server-ca"));
        api().get(CERTS + "?order_by=type,name desc&fields=type").then().statusCode(200)
                .body("records.name", contains("vs1-kmip-client", "vs0-kmip-client", "cluster1-kmip-client",
                        "vs1-kmip-server-ca", "vs0-kmip-server-ca", "cluster1-kmip-server-ca"));
    }

    @Test
    void orderByUnknownFieldIsRefused() {
        api().get(CERTS + "?order_by=colour").then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("order_by"));
    }

    @Test
    void maxRecordsPagesWithAWorkingNextLink() {
        String next = api().get(CERTS + "?max_records=4&order_by=name").then().statusCode(200)
                .body("num_records", equalTo(4))
                .body("records[0].name", equalTo("cluster1-kmip-client"))
                .body("_links.next.href", startsWith(CERTS + "?"))
                .extract().path("_links.next.href");
        api().get(next).then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records.name", contains("vs1-kmip-client", "vs1-kmip-server-ca"))
                .body("_links.next", nullValue());
    }

    @Test
    void maxRecordsMustBeANumber() {
        api().get(CERTS + "?max_records=many").then().statusCode(400)
                .body("error.code", equalTo("262197"));
    }

    @Test
    void returnRecordsFalseCountsOnly() {
        api().get(CERTS + "?return_records=false&type=client").then().statusCode(200)
                .body("num_records", equalTo(3))
                .body("$", not(hasKey("records")))
                .body("_links.self.href", notNullValue());
    }

    @Test
    void instanceGetReturnsAllAndNarrowsWithFields() {
        api().get(CERTS + "/" + Inventory.VS0_CLIENT_CERT).then().statusCode(200)
                .body("type", equalTo("client"))
                .body("svm.name", equalTo("vs0"))
                .body("scope", equalTo("svm"));
        api().get(CERTS + "/" + Inventory.VS0_CLIENT_CERT + "?fields=type").then().statusCode(200)
                .body("keySet()", containsInAnyOrder("uuid", "name", "type", "_links"));
    }
}

package io.github.ontapkmsmock.awskms;

import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.PATH;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.create;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * GET /api/security/aws-kms (000 l.287-346): ONTAP's query language over two configurations, vs0 with every
 * optional property set and vs1 with the defaults.
 */
@QuarkusTest
class AwsKmsCollectionTest extends OntapTest {

    private String vs0;
    private String vs1;

    @BeforeEach
    void twoConfigurations() {
        vs0 = create(AwsKmsFixtures.fullBody(Inventory.VS0));
        vs1 = create(Inventory.VS1);
    }

    @Test
    void collectionWithoutFieldsListsTheKeysOnly() {
        api().get(PATH).then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records.uuid", contains(vs0, vs1))
                .body("records[0]", not(hasKey("region")))
                .body("records[0]._links.self.href", equalTo(PATH + "/" + vs0))
                .body("_links.self.href", equalTo(PATH));
    }

    @Test
    void collectionWithEmptyFieldsListsEveryPropertyButTheAdvancedOnes() {
        api().get(PATH + "?fields=").then().statusCode(200)
                .body("records[1].scope", equalTo("svm"))
                .body("records[1].svm.name", equalTo(Inventory.VS1))
                .body("records[1].service", equalTo("KMS"))
                .body("records[1].default_domain", equalTo("amazonaws.com"))
                .body("records[1].polling_period", equalTo(60))
                .body("records[1].timeout", equalTo(10))
                .body("records[1]", not(hasKey("state")))
                .body("records[0]", not(hasKey("proxy_password")))
                .body("records[0]", not(hasKey("secret_access_key")))
                .body("_links.self.href", equalTo(PATH + "?fields="));
    }

    @Test
    void collectionWithNamedFieldsShowsThoseAndTheKey() {
        api().get(PATH + "?fields=svm.name,region").then().statusCode(200)
                .body("records[0].uuid", equalTo(vs0))
                .body("records[0].svm.name", equalTo(Inventory.VS0))
                .body("records[0].svm", not(hasKey("uuid")))
                .body("records[0].region", equalTo("us-west-2"))
                .body("records[0]", not(hasKey("key_id")));
    }

    @Test
    void collectionShowsAdvancedPropertiesWhenNamed() {
        api().get(PATH + "?fields=state,ekmip_reachability").then().statusCode(200)
                .body("records[0].state.cluster_state", equalTo(true))
                .body("records[1].ekmip_reachability.node.name", contains("node1", "node2"));
    }

    /** Every filter 000 l.303-339 documents, each with a value and how many of the two configurations match. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "amazon_reachability.message, '', 2",
        "amazon_reachability.reachable, true, 2",
        "amazon_reachability.code, 0, 2",
        "host, aws-host.host.com, 1",
        "skip_verify, true, 0",
        "ekmip_reachability.message, '', 2",
        "ekmip_reachability.name, node1, 2",
        "ekmip_reachability.uuid, " + Inventory.NODE2_UUID + ", 2",
        "ekmip_reachability.reachable, false, 0",
        "ekmip_reachability.code, 0, 2",
        "svm.uuid, " + Inventory.VS0_UUID + ", 1",
        "svm.name, vs1, 1",
        "polling_period, 55, 1",
        "service, KMS, 1",
        "verify_host, true, 2",
        "proxy_type, http, 1",
        "proxy_username, proxyuser, 1",
        "timeout, 10, 2",
        "proxy_port, 1234, 1",
        "access_key_id, " + AwsKmsFixtures.ACCESS_KEY_ID + ", 2",
        "state.message, '', 2",
        "state.cluster_state, true, 2",
        "state.code, 0, 2",
        "proxy_host, proxy.eng.com, 1",
        "default_domain, amazonaws.com, 1",
        "key_id, kmip-aws, 2",
        "verify, true, 2",
        "encryption_context, aws:fsx:*, 1",
        "port, 8443, 1",
        "verify_ip, false, 2",
        "scope, svm, 2",
        "region, us-west-2, 1",
        "ekmip_reachability.node.name, node2, 2",
    })
    void collectionFiltersOnEveryDocumentedField(String field, String value, int matching) {
        api().queryParam(field, value).get(PATH).then().statusCode(200)
                .body("num_records", equalTo(matching));
    }

    @Test
    void collectionFiltersByUuid() {
        api().get(PATH + "?uuid=" + vs1).then().statusCode(200)
                .body("records.uuid", contains(vs1));
    }

    @Test
    void collectionFiltersWithWildcards() {
        api().get(PATH + "?svm.name=vs*").then().statusCode(200).body("num_records", equalTo(2));
        api().get(PATH + "?svm.name=VS1*").then().statusCode(200).body("records.uuid", contains(vs1));
    }

    @Test
    void collectionFiltersWithAlternatives() {
        api().get(PATH + "?region=us-east-1|us-west-2").then().statusCode(200).body("num_records", equalTo(2));
        api().get(PATH + "?region=us-east-1|eu-west-1").then().statusCode(200).body("records.uuid", contains(vs1));
    }

    @Test
    void collectionFiltersWithComparisonsAndRanges() {
        api().get(PATH + "?polling_period=>30").then().statusCode(200).body("num_records", equalTo(2));
        api().get(PATH + "?polling_period=>55").then().statusCode(200).body("records.uuid", contains(vs1));
        api().get(PATH + "?polling_period=50..58").then().statusCode(200).body("records.uuid", contains(vs0));
        api().get(PATH + "?port=<1000").then().statusCode(200).body("records.uuid", contains(vs1));
    }

    @Test
    void collectionFiltersWithNegation() {
        api().get(PATH + "?svm.name=!vs0").then().statusCode(200).body("records.uuid", contains(vs1));
    }

    @Test
    void collectionFilterOnAnAdvancedFieldDoesNotReturnIt() {
        api().get(PATH + "?state.cluster_state=true&fields=region").then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records[0]", not(hasKey("state")));
    }

    @Test
    void collectionOrdersByAField() {
        api().get(PATH + "?order_by=polling_period desc").then().statusCode(200)
                .body("records.uuid", contains(vs1, vs0));
        api().get(PATH + "?order_by=region").then().statusCode(200)
                .body("records.uuid", contains(vs1, vs0));
        api().get(PATH + "?order_by=svm.name asc").then().statusCode(200)
                .body("records.uuid", contains(vs0, vs1));
    }

    @Test
    void collectionPagesWithMaxRecordsAndNext() {
        JsonPath first = api().get(PATH + "?max_records=1&order_by=svm.name desc").then().statusCode(200)
                .body("num_records", equalTo(1))
                .body("records.uuid", contains(vs1))
                .body("_links.next.href", startsWith(PATH + "?"))
                .extract().jsonPath();

        // The link is sent as it came, already encoded, as an ONTAP client follows it.
        api().urlEncodingEnabled(false).get(first.getString("_links.next.href")).then().statusCode(200)
                .body("num_records", equalTo(1))
                .body("records.uuid", contains(vs0))
                .body("_links", not(hasKey("next")));
    }

    @Test
    void collectionWithoutRecordsCountsOnly() {
        api().get(PATH + "?return_records=false").then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("$", not(hasKey("records")));
        api().get(PATH + "?return_records=false&region=us-east-1").then().statusCode(200)
                .body("num_records", equalTo(1));
    }

    @Test
    void collectionRejectsAFilterOnAFieldTheRecordDoesNotHave() {
        api().get(PATH + "?colour=blue").then().statusCode(400)
                .body("error.code", equalTo("262179"))
                .body("error.target", equalTo("colour"));
    }

    @Test
    void collectionRejectsAFilterOnAWriteOnlySecretWithoutEchoingIt() {
        String body = api().get(PATH + "?secret_access_key=FilterProbe-7Q2x").then().statusCode(400)
                .body("error.code", equalTo("262179"))
                .body("error.target", equalTo("secret_access_key"))
                .extract().asString();
        assertFalse(body.contains("FilterProbe-7Q2x"), body);
        api().get(PATH + "?order_by=secret_access_key").then().statusCode(400)
                .body("error.code", equalTo("262197"));
    }

    @Test
    void collectionRejectsOrderingByAFieldTheRecordDoesNotHave() {
        api().get(PATH + "?order_by=colour").then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("order_by"));
    }

    @Test
    void collectionIsEmptyWithoutConfigurations() {
        api().delete(PATH + "/" + vs0).then().statusCode(200);
        api().delete(PATH + "/" + vs1).then().statusCode(200);

        JsonPath empty = api().get(PATH).then().statusCode(200).extract().jsonPath();
        assertEquals(0, empty.getInt("num_records"));
        assertEquals(0, empty.getList("records").size());
    }
}

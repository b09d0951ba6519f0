package io.github.ontapkmsmock.ontap.http;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ontapkmsmock.control.ControlClient;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every operation takes the query parameters its spec declares, plus ONTAP's {@code return_timeout} and
 * {@code return_records} on POST, PATCH and DELETE; a collection's further parameters are filters. Any other
 * parameter is {@code 262179}, a declared one with a value of the wrong type {@code 262197}, as on collections, and
 * nothing changes.
 */
@QuarkusTest
class QueryParametersTest extends OntapTest {

    private static final String KEY_MANAGERS = "/api/security/key-managers";
    private static final String AWS_KMS = "/api/security/aws-kms";

    @Test
    void anUnknownParameterIsAnUnexpectedArgumentOnEveryOperationButFilters() {
        OntapSpec spec = OntapSpec.load();
        JsonNode before = ControlClient.state();
        for (SpecOperation op : spec.operations()) {
            if (takesFilters(spec, op)) {
                continue;
            }
            String path = op.pathTemplate().replaceAll("\\{[^}]+}", "x") + "?zzz=1";
            Response answer = spec.node(op).has("requestBody") ? api().body("{}").request(op.method(), path)
                    : api().request(op.method(), path);
            assertEquals(400, answer.statusCode(), () -> op.operationId() + ": " + answer.asString());
            assertEquals("262179", answer.path("error.code"), op.operationId());
            assertEquals("zzz", answer.path("error.target"), op.operationId());
        }
        assertEquals(before, ControlClient.state());
    }

    @Test
    void unknownParametersChangeNothingOnInstancesAndActions() {
        String keyManager = createOnboard();
        String aws = createAwsKms();
        JsonNode before = ControlClient.state();
        assertUnexpected(api().delete(keyManager + "?zzz=1"), "zzz");
        assertUnexpected(api().body(Map.of("polling_period", 42)).patch(aws + "?verbose=true"), "verbose");
        assertUnexpected(api().post(aws + "/rekey-internal?fields=*"), "fields");
        assertUnexpected(api().body(Map.of("onboard", Map.of("passphrase", Secrets.passphrase(40, 'q'))))
                .post(KEY_MANAGERS + "?svm.name=vs1"), "svm.name");
        assertUnexpected(api().get("/api/cluster?zzz=1"), "zzz");
        assertEquals(before, ControlClient.state());
    }

    @Test
    void aDeclaredParameterWithAValueOfTheWrongTypeIsAnInvalidValue() {
        String keyManager = createOnboard();
        String aws = createAwsKms();
        JsonNode before = ControlClient.state();
        assertInvalid(api().delete(keyManager + "?return_timeout=abc"), "return_timeout");
        assertInvalid(api().post(aws + "/rekey-internal?return_timeout=abc"), "return_timeout");
        assertInvalid(api().post(aws + "/restore?return_records=maybe"), "return_records");
        assertInvalid(api().get(KEY_MANAGERS + "?return_timeout=abc"), "return_timeout");
        assertInvalid(api().get(KEY_MANAGERS + "?return_timeout=-1"), "return_timeout");
        assertInvalid(api().delete(KEY_MANAGERS + "/x/key-servers/y?force=sometimes"), "force");
        assertEquals(before, ControlClient.state());
    }

    @Test
    void aScalarParameterGivenTwiceIsRefused() {
        String aws = createAwsKms();
        api().post(aws + "/rekey-internal?return_timeout=1&return_timeout=2").then().statusCode(400)
                .body("error.code", equalTo("262188")).body("error.target", equalTo("return_timeout"));
    }

    @Test
    void returnTimeoutAndReturnRecordsAreTakenByEveryWrite() {
        // NetApp's Ansible collection sends return_timeout with every PATCH and DELETE of one record.
        String aws = createAwsKms();
        api().body(Map.of("polling_period", 42)).patch(aws + "?return_timeout=30").then().statusCode(200);
        api().delete(aws + "?return_timeout=30&return_records=false").then().statusCode(200);
        String keyManager = createOnboard();
        api().delete(keyManager + "?return_timeout=30").then().statusCode(200);
        api().get(keyManager + "?fields=uuid").then().statusCode(404);
    }

    @Test
    void theQueryLanguagesParametersAreTakenByEveryGet() {
        // NetApp's na_ontap_rest_info sends max_records to the single record of key-manager-configs.
        api().get("/api/security/key-manager-configs?max_records=1024&fields=*&return_timeout=15").then()
                .statusCode(200);
        assertInvalid(api().get("/api/cluster?max_records=many"), "max_records");
    }

    @Test
    void collectionsStillTakeFiltersAndTheirOwnParameters() {
        String keyManager = createOnboard();
        assertUnexpected(api().get(KEY_MANAGERS + "?zzz=1"), "zzz");
        assertUnexpected(api().delete(KEY_MANAGERS + "?zzz=1"), "zzz");
        api().get(keyManager).then().statusCode(200);
        api().get(KEY_MANAGERS + "?scope=cluster&fields=uuid&max_records=1&return_timeout=15").then().statusCode(200)
                .body("num_records", equalTo(1));
        List<String> none = api().get(KEY_MANAGERS + "?scope=svm").then().statusCode(200).extract()
                .path("records.uuid");
        assertEquals(List.of(), none);
    }

    /** A collection's GET and its query-based PATCH and DELETE, where other parameters are filters on the records. */
    private static boolean takesFilters(OntapSpec spec, SpecOperation op) {
        return !op.method().equals("POST") && spec.operations().stream()
                .anyMatch(o -> o.collection() && o.pathTemplate().equals(op.pathTemplate()));
    }

    private static void assertUnexpected(Response answer, String parameter) {
        answer.then().statusCode(400).body("error.code", equalTo("262179")).body("error.target", equalTo(parameter));
    }

    private static void assertInvalid(Response answer, String parameter) {
        answer.then().statusCode(400).body("error.code", equalTo("262197")).body("error.target", equalTo(parameter));
    }

    private static String createOnboard() {
        return api().body(Map.of("onboard", Map.of("passphrase", Secrets.passphrase(40, 'p')))).post(KEY_MANAGERS)
                .then().statusCode(201).extract().header("Location");
    }

    private static String createAwsKms() {
        return api().body(Map.of("svm", Map.of("name", Inventory.VS0), "region", "us-east-1", "key_id", "k1",
                "access_key_id", "AK7ATC35ZXU6GKUDQURT", "secret_access_key", Secrets.secret("aws"))).post(AWS_KMS)
                .then().statusCode(201).extract().header("Location");
    }
}

package io.github.ontapkmsmock.ontap.errors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad request bodies get ONTAP's common codes, naming the field, and change nothing. AWS KMS serves as the vehicle;
 * the mapping is the same for every operation.
 */
@QuarkusTest
class RequestBodyErrorsTest extends OntapTest {

    private static final String AWS = "/api/security/aws-kms";
    private static final String SECRET = Secrets.secret("body");

    private static String body(String extra) {
        return "{\"svm\":{\"name\":\"vs0\"},\"region\":\"us-east-1\",\"key_id\":\"k\",\"access_key_id\":\"AK\","
                + "\"secret_access_key\":\"" + SECRET + "\"" + extra + "}";
    }

    private static void nothingWasCreated() {
        api().get(AWS).then().statusCode(200).body("num_records", equalTo(0));
    }

    @Test
    void malformedJsonIsInvalidJsonInputWithoutEchoingTheBody() {
        api().body("{\"svm\": {\"name\": \"vs0\"}, \"secret_access_key\": \"" + SECRET + "\",").post(AWS).then()
                .statusCode(400)
                .body("error.code", equalTo("262199"))
                .body("error.message", containsString("Invalid JSON input"));
        nothingWasCreated();
    }

    @Test
    void trailingDataAfterTheJsonBodyIsInvalidJson() {
        for (String trailing : new String[] { " xyz", "{}", " {\"region\": \"x\"}", " ]" }) {
            api().body(body("") + trailing).post(AWS).then().statusCode(400)
                    .body("error.code", equalTo("262199"))
                    .body("error.message", containsString("Invalid JSON input"))
                    .body("error.message", not(containsString(SECRET)));
        }
        api().body("{}{}").post(AWS).then().statusCode(400).body("error.code", equalTo("262199"));
        nothingWasCreated();
    }

    @Test
    void unknownPropertyIsAnUnexpectedArgument() {
        api().body(body(",\"colour\":\"blue\"")).post(AWS).then().statusCode(400)
                .body("error.code", equalTo("262179"))
                .body("error.target", equalTo("colour"))
                .body("error.message", equalTo("Unexpected argument \"colour\"."));
        nothingWasCreated();
    }

    @Test
    void readOnlyPropertyCannotBeSet() {
        api().body(body(",\"scope\":\"svm\"")).post(AWS).then().statusCode(400)
                .body("error.code", equalTo("262179"))
                .body("error.target", equalTo("scope"))
                .body("error.message", equalTo("Field \"scope\" cannot be set in this operation."));
        nothingWasCreated();
    }

    @Test
    void nestedUnknownPropertyIsNamedByItsPath() {
        api().body(body(",\"svm\":{\"name\":\"vs0\",\"colour\":1}").replaceFirst("\"svm\":\\{\"name\":\"vs0\"},", ""))
                .post(AWS).then().statusCode(400)
                .body("error.code", equalTo("262179"))
                .body("error.target", equalTo("svm.colour"));
        nothingWasCreated();
    }

    @Test
    void wrongTypeIsAnInvalidValueForTheField() {
        api().body(body(",\"polling_period\":\"often\"")).post(AWS).then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("polling_period"))
                .body("error.message", containsString("an integer"))
                .body("error.message", not(containsString("often")));
        nothingWasCreated();
    }

    @Test
    void wrongTypeOfASecretDoesNotEchoIt() {
        api().body("{\"svm\":{\"name\":\"vs0\"},\"region\":\"r\",\"key_id\":\"k\",\"access_key_id\":\"AK\","
                + "\"secret_access_key\":{\"v\":\"" + SECRET + "\"}}").post(AWS).then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo("secret_access_key"));
        nothingWasCreated();
    }

    @Test
    void fieldGivenTwiceIsRefused() {
        api().body(body(",\"region\":\"us-west-2\"")).post(AWS).then().statusCode(400)
                .body("error.code", equalTo("262188"))
                .body("error.target", equalTo("region"));
        nothingWasCreated();
    }

    @Test
    void missingRequiredFieldIsAMissingValue() {
        api().body("{\"svm\":{\"name\":\"vs0\"},\"key_id\":\"k\",\"access_key_id\":\"AK\",\"secret_access_key\":\""
                + SECRET + "\"}").post(AWS).then().statusCode(400)
                .body("error.code", equalTo("262177"))
                .body("error.target", equalTo("region"));
        nothingWasCreated();
    }

    @Test
    void missingBodyIsRefused() {
        api().post(AWS).then().statusCode(400)
                .body("error.code", equalTo("262177"));
        nothingWasCreated();
    }

    @Test
    void bodySentAsAFormIsReadAsJsonAsOntapDoes() {
        given().auth().preemptive().basic(USER, PASSWORD).contentType("application/x-www-form-urlencoded")
                .body(body("")).post(AWS).then().statusCode(201);
        api().get(AWS).then().body("num_records", equalTo(1));
    }
}

package io.github.ontapkmsmock.awskms;

import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.PATH;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.create;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.get;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The two actions without a body: {@code POST .../{aws_kms.uuid}/rekey-internal} (000 l.1094-1137) and
 * {@code .../restore} (000 l.1178-1221, example l.274-285). Both are jobs and change nothing the API shows.
 */
@QuarkusTest
class AwsKmsKeyActionsTest extends OntapTest {

    private String uuid;
    private Map<String, Object> before;

    @BeforeEach
    void oneConfiguration() {
        uuid = create(Inventory.VS0);
        before = get(uuid).getMap("");
    }

    @ParameterizedTest
    @ValueSource(strings = { "rekey-internal", "restore" })
    void actionAnswers202WithAJobAndLocation(String action) {
        JsonPath accepted = api().post(PATH + "/" + uuid + "/" + action).then().statusCode(202)
                .header("Location", equalTo(PATH + "/" + uuid))
                .body("job.uuid", notNullValue())
                .body("job._links.self.href", matchesPattern("/api/cluster/jobs/[0-9a-f-]{36}"))
                .extract().jsonPath();

        JsonPath job = Jobs.awaitJob(accepted.getString("job._links.self.href"));

        assertEquals("success", job.getString("state"));
        assertEquals("POST " + PATH + "/" + uuid + "/" + action, job.getString("description"));
        assertEquals(before, get(uuid).getMap(""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "rekey-internal", "restore" })
    void actionAnswers201WhenReturnTimeoutLetsTheJobFinish(String action) {
        JsonPath finished = api().post(PATH + "/" + uuid + "/" + action + "?return_timeout=10").then()
                .statusCode(201)
                .body("job.uuid", notNullValue())
                .extract().jsonPath();

        assertEquals("success", Jobs.awaitJob(finished.getString("job._links.self.href")).getString("state"));
        assertEquals(before, get(uuid).getMap(""));
    }

    /** 65537926's text differs per operation; each answers its own page's. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rekey-internal | AWS KMS is not configured for the given SVM.",
            "restore | The Amazon Web Service Key Management Service is not configured for the given SVM." })
    void actionOnAnUnknownConfigurationAnswers65537926(String action, String message) {
        api().post(PATH + "/6b6a3f1e-0000-0000-0000-000000000000/" + action).then().statusCode(404)
                .body("error.code", equalTo("65537926"))
                .body("error.message", equalTo(message))
                .body("error.target", equalTo("aws_kms.uuid"));
        assertEquals(before, get(uuid).getMap(""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "rekey-internal", "restore" })
    void actionOnADeletedConfigurationAnswers65537926(String action) {
        api().delete(PATH + "/" + uuid).then().statusCode(200);

        api().post(PATH + "/" + uuid + "/" + action + "?return_timeout=10").then().statusCode(404)
                .body("error.code", equalTo("65537926"));
        assertEquals(0, AwsKmsFixtures.count());
    }
}

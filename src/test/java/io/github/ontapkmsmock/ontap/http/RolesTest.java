package io.github.ontapkmsmock.ontap.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.faults.FaultHeaders;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * Cluster users with ONTAP's roles: a read-only user reads, its writes are refused with 403 code "6" before anything
 * happens (fault rules included), and the control API keeps its own user.
 */
@QuarkusTest
@TestProfile(RolesTest.UsersAndRoles.class)
class RolesTest extends OntapTest {

    static final String MONITOR = "monitor";
    static final String MONITOR_PASSWORD = "watch-only";
    static final String AUTOMATION = "automation";
    static final String AUTOMATION_PASSWORD = "pipeline-pass";
    static final String CONTROL_USER = "pipeline";
    static final String CONTROL_PASSWORD = "control-pass";
    static final String AWS = "/api/security/aws-kms";

    public static class UsersAndRoles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ontap-mock.auth.users.monitor.password", MONITOR_PASSWORD,
                    "ontap-mock.auth.users.monitor.role", "readonly",
                    "ontap-mock.auth.users.automation.password", AUTOMATION_PASSWORD,
                    "ontap-mock.control.username", CONTROL_USER, "ontap-mock.control.password", CONTROL_PASSWORD);
        }
    }

    @Test
    void readOnlyUserReadsAsTheAdministratorDoes() {
        String uuid = createAwsKms();
        String expected = api().get(AWS + "/" + uuid).asString();
        monitor().get(AWS + "/" + uuid).then().statusCode(200).body(equalTo(expected));
        monitor().get(AWS).then().statusCode(200).body("num_records", equalTo(1));
        monitor().head(AWS).then().statusCode(200);
        monitor().options(AWS).then().statusCode(not(403));
        monitor().get("/api/cluster").then().statusCode(200);
    }

    @Test
    void readOnlyUserWritesAreRefusedWith403CodeSixOnEveryWriteOperation() {
        String uuid = createAwsKms();
        String before = control().get("/_mock/state").asString();
        List<SpecOperation> writes = OntapSpec.load().operations().stream()
                .filter(op -> !"GET".equals(op.method())).toList();
        for (SpecOperation op : writes) {
            String path = op.pathTemplate().replaceAll("\\{[^}]+}", uuid);
            monitor().body(Map.of()).request(op.method(), path + "?svm.name=*").then()
                    .statusCode(403).body("error.code", equalTo("6"))
                    .body("error.message", equalTo("not authorized for that command"));
        }
        assertEquals(before, control().get("/_mock/state").asString());
    }

    @Test
    void readOnlyUsersWriteFiresNoFaultRuleAndCountsNone() {
        String rule = control().body(Map.of("method", "POST", "path", AWS, "code", "65541", "times", 1))
                .post("/_mock/faults").then().statusCode(201).extract().path("id");
        monitor().body(awsBody()).post(AWS).then().statusCode(403).body("error.code", equalTo("6"));
        control().get("/_mock/faults/" + rule).then().body("matched", equalTo(0)).body("fired", equalTo(0));
        api().body(awsBody()).post(AWS).then().statusCode(500).body("error.code", equalTo("65541"));
        control().get("/_mock/faults/" + rule).then().body("fired", equalTo(1));
    }

    @Test
    void connectionFaultRuleLeavesTheReadOnlyUsersWriteItsAnswer() {
        control().body(Map.of("method", "POST", "path", AWS, "connection", "reset")).post("/_mock/faults").then()
                .statusCode(201);
        monitor().body(awsBody()).post(AWS).then().statusCode(403).body("error.code", equalTo("6"));
    }

    @Test
    void forcedErrorHeaderDoesNotGoBeforeTheRole() {
        monitor().header(FaultHeaders.ERROR, "65541").body(awsBody()).post(AWS).then().statusCode(403)
                .body("error.code", equalTo("6"));
        api().get(AWS).then().body("num_records", equalTo(0));
    }

    @Test
    void configuredAdministratorWritesAsTheDefaultOneDoes() {
        given().auth().preemptive().basic(AUTOMATION, AUTOMATION_PASSWORD).contentType("application/json")
                .body(awsBody()).post(AWS).then().statusCode(201);
        api().get(AWS).then().body("num_records", equalTo(1));
    }

    @Test
    void readOnlyUsersWrongPasswordIs401() {
        given().auth().preemptive().basic(MONITOR, MONITOR_PASSWORD + "x").get(AWS).then().statusCode(401)
                .body("error.code", equalTo("6"));
    }

    @Test
    void controlApiKeepsItsOwnCredentials() {
        control().get("/_mock/state").then().statusCode(200);
        monitor().get("/_mock/state").then().statusCode(401);
        api().get("/_mock/state").then().statusCode(401);
        control().get("/api/cluster").then().statusCode(401);
    }

    @Test
    void usersKeepTheirRolesAndPasswordsInATenantsCluster() {
        given().auth().preemptive().basic(AUTOMATION + "@shard-1", AUTOMATION_PASSWORD).contentType("application/json")
                .body(awsBody()).post(AWS).then().statusCode(201);
        given().auth().preemptive().basic(MONITOR + "@shard-1", MONITOR_PASSWORD).get(AWS).then().statusCode(200)
                .body("num_records", equalTo(1));
        given().auth().preemptive().basic(MONITOR + "@shard-1", MONITOR_PASSWORD).contentType("application/json")
                .body(awsBody()).post(AWS).then().statusCode(403).body("error.code", equalTo("6"));
        given().auth().preemptive().basic(MONITOR + "@shard-1", AUTOMATION_PASSWORD).get(AWS).then().statusCode(401);
        given().auth().preemptive().basic(CONTROL_USER + "@shard-1", CONTROL_PASSWORD).get("/_mock/state").then()
                .statusCode(200).body("aws_kms.size()", equalTo(1));
        given().auth().preemptive().basic(AUTOMATION + "@shard-1", AUTOMATION_PASSWORD).get("/_mock/state").then()
                .statusCode(401);
        api().get(AWS).then().body("num_records", equalTo(0));
    }

    @Test
    void swaggerUiStaysOpen() {
        given().get("/q/openapi").then().statusCode(200);
    }

    private static RequestSpecification monitor() {
        return given().auth().preemptive().basic(MONITOR, MONITOR_PASSWORD).contentType("application/json");
    }

    private static RequestSpecification control() {
        return given().auth().preemptive().basic(CONTROL_USER, CONTROL_PASSWORD).contentType("application/json");
    }

    private static Map<String, Object> awsBody() {
        return Map.of("svm", Map.of("name", Inventory.VS0), "region", "us-east-1", "key_id", "kmip-aws",
                "access_key_id", "AK7ATC35ZXU6GKUDQURT", "secret_access_key", Secrets.secret("aws"));
    }

    private static String createAwsKms() {
        String location = api().body(awsBody()).post(AWS).then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}

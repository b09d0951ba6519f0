package io.github.ontapkmsmock.awskms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Requests and bodies the AWS KMS tests share. Every secret comes from {@link Secrets}. */
final class AwsKmsFixtures {

    static final String PATH = "/api/security/aws-kms";
    static final String SECRET_ACCESS_KEY = Secrets.secret("aws");
    static final String PROXY_PASSWORD = Secrets.secret("proxy");
    static final String ACCESS_KEY_ID = "AK7ATC35ZXU6GKUDQURT";
    static final String KEY_ID = "kmip-aws";
    static final String REGION = "us-east-1";

    private AwsKmsFixtures() {
    }

    /** The seed's POST example (000 l.47-51): the required properties only. */
    static Map<String, Object> requiredBody(String svmName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("svm", Map.of("name", svmName));
        body.put("region", REGION);
        body.put("key_id", KEY_ID);
        body.put("access_key_id", ACCESS_KEY_ID);
        body.put("secret_access_key", SECRET_ACCESS_KEY);
        return body;
    }

    /** Every property POST accepts (000 l.596-618), none left to its default. */
    static Map<String, Object> fullBody(String svmName) {
        Map<String, Object> body = requiredBody(svmName);
        body.put("region", "us-west-2");
        body.put("service", "dynamodb.*.amazonaws.com");
        body.put("default_domain", "example.com");
        body.put("host", "aws-host.host.com");
        body.put("port", 8443);
        body.put("proxy_type", "http");
        body.put("proxy_host", "proxy.eng.com");
        body.put("proxy_port", 1234);
        body.put("proxy_username", "proxyuser");
        body.put("proxy_password", PROXY_PASSWORD);
        body.put("polling_period", 55);
        body.put("encryption_context", "aws:fsx:fs-id=fs-0785c8beceb895999");
        return body;
    }

    static String create(String svmName) {
        return create(requiredBody(svmName));
    }

    /** POSTs a configuration that must be accepted; its UUID, read from the Location header. */
    static String create(Map<String, Object> body) {
        Response answer = api().body(body).post(PATH);
        answer.then().statusCode(201).header("Location", startsWith(PATH + "/"));
        return answer.header("Location").substring(PATH.length() + 1);
    }

    /** The configuration with every property but the advanced ones. */
    static JsonPath get(String uuid) {
        return api().get(PATH + "/" + uuid).then().statusCode(200).extract().jsonPath();
    }

    static int count() {
        return api().get(PATH + "?return_records=false").then().statusCode(200).extract().path("num_records");
    }

    /** As {@link OntapTest}'s requests: basic auth, JSON body, HAL accepted. */
    private static RequestSpecification api() {
        return given().auth().preemptive().basic(OntapTest.USER, OntapTest.PASSWORD)
                .contentType("application/json").accept("application/hal+json");
    }
}

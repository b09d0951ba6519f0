package io.github.ontapkmsmock.control;

import static io.restassured.RestAssured.given;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.ontapkmsmock.testing.OntapTest;
import io.restassured.specification.RequestSpecification;

/** Requests to the control API ({@code /_mock}) as a test pipeline sends them, and shared fixtures. */
public final class ControlClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ControlClient() {
    }

    public static RequestSpecification control() {
        return given().auth().preemptive().basic(OntapTest.USER, OntapTest.PASSWORD)
                .contentType("application/json").accept("application/json");
    }

    /** Adds a fault rule; its id. */
    public static String addRule(Map<String, Object> rule) {
        return control().body(rule).post("/_mock/faults").then().statusCode(201).extract().path("id");
    }

    /** The whole state document, as a tree to compare. */
    public static JsonNode state() {
        try {
            return JSON.readTree(control().get("/_mock/state").then().statusCode(200).extract().asString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

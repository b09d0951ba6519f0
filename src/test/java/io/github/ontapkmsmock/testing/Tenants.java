package io.github.ontapkmsmock.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests in a tenant's cluster, chosen the two ways clients can: the header, or the user name. */
public final class Tenants {

    public static final String HEADER = "X-Mock-Cluster";

    private Tenants() {
    }

    /** As the administrator, naming the tenant in {@code X-Mock-Cluster}. */
    public static RequestSpecification byHeader(String tenant) {
        return as(OntapTest.USER).header(HEADER, tenant);
    }

    /** As {@code admin@<tenant>}, with the administrator's password. */
    public static RequestSpecification byUser(String tenant) {
        return as(OntapTest.USER + "@" + tenant);
    }

    /** As this user name with the administrator's password, JSON both ways. */
    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, OntapTest.PASSWORD).contentType("application/json")
                .accept("application/json");
    }
}

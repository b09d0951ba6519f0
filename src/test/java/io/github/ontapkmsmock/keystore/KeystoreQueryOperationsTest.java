package io.github.ontapkmsmock.keystore;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** PATCH and DELETE /api/security/key-stores with a query: each selected configuration as by its own PATCH/DELETE. */
@QuarkusTest
class KeystoreQueryOperationsTest extends KeystoreFixtures {

    @BeforeEach
    void configurations() {
        fourConfigurations();
    }

    @Test
    void deletesEveryInactiveConfigurationAQuerySelects() {
        api().delete(PATH + "?enabled=false").then().statusCode(200).body("num_records", equalTo(2));
        api().get(PATH).then().body("records.uuid", contains(VS0_ACTIVE, CLUSTER_ACTIVE));
    }

    @Test
    void anEnabledConfigurationAmongThemDeletesNoneUnlessToldToContinue() {
        api().delete(PATH + "?svm.name=vs0").then().statusCode(400)
                .body("error.code", equalTo(KeystoreService.ENABLED_CANNOT_BE_DELETED))
                .body("error.arguments[0].message", containsString(VS0_ACTIVE));
        api().get(PATH).then().body("num_records", equalTo(4));

        api().delete(PATH + "?svm.name=vs0&continue_on_failure=true").then().statusCode(400)
                .body("error.arguments.message", contains(containsString(VS0_ACTIVE)));
        api().get(PATH).then().body("records.uuid", contains(VS0_ACTIVE, CLUSTER_ACTIVE, CLUSTER_SPARE));
    }

    @Test
    void enablesTheConfigurationAQuerySelectsAtOnce() {
        api().body(Map.of("enabled", true)).patch(PATH + "?svm.name=vs0&configuration.name=spare").then()
                .statusCode(200).body("num_records", equalTo(1));
        assertTrue(enabled(VS0_SPARE));
        assertFalse(enabled(VS0_ACTIVE));
    }

    @Test
    void aPatchWithoutQueryOrWithoutEnabledChangesNothing() {
        api().body(Map.of("enabled", true)).patch(PATH).then().statusCode(400).body("error.code", equalTo("262177"));
        api().body(Map.of()).patch(PATH + "?svm.name=vs0").then().statusCode(400)
                .body("error.code", equalTo("262177"));
        assertTrue(enabled(VS0_ACTIVE));
        assertFalse(enabled(VS0_SPARE));
    }

    @Test
    void before914ThereAreNoQueryBasedOperations() {
        emulate("9.13.1");
        api().delete(PATH + "?enabled=false").then().statusCode(405);
        api().get(PATH).then().body("num_records", equalTo(4));
    }
}

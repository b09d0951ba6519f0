package io.github.ontapkmsmock.keystore;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.StandInKeystores;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.quarkus.test.junit.QuarkusTest;

/** GET /api/security/key-stores[/{uuid}]: every family's configurations as keystores (security_keystore.txt). */
@QuarkusTest
class KeystoreGetTest extends KeystoreFixtures {

    @Test
    void collectionListsEveryConfigurationEnabledOrNot() {
        fourConfigurations();
        api().get(PATH + "?fields=*").then().statusCode(200)
                .body("num_records", equalTo(4))
                .body("records.uuid", contains(VS0_ACTIVE, VS0_SPARE, CLUSTER_ACTIVE, CLUSTER_SPARE))
                .body("records.type", contains("kmip", "akv", "okm", "kmip"))
                .body("records.location", contains("external", "external", "onboard", "external"))
                .body("records.scope", contains("svm", "svm", "cluster", "cluster"))
                .body("records.enabled", contains(true, false, true, false))
                .body("records.configuration.name", contains("default", "spare", "default", "spare"))
                .body("records.configuration.uuid", contains(VS0_ACTIVE, VS0_SPARE, CLUSTER_ACTIVE, CLUSTER_SPARE))
                .body("records[0].svm.name", equalTo(Inventory.VS0))
                .body("records[2]", not(hasKey("svm")));
    }

    @Test
    void enabledConfigurationIsActiveAndInactiveOneHasNoState() {
        fourConfigurations();
        api().get(PATH + "/" + VS0_ACTIVE).then().statusCode(200)
                .body("state", equalTo("active"))
                .body("svm.uuid", equalTo(Inventory.VS0_UUID))
                .body("configuration._links.self.href", equalTo(StandInKeystores.HREF + VS0_ACTIVE))
                .body("_links.self.href", equalTo(PATH + "/" + VS0_ACTIVE));
        api().get(PATH + "/" + VS0_SPARE).then().statusCode(200).body("$", not(hasKey("state")));
    }

    @Test
    void filtersByTypeEnabledAndSvm() {
        fourConfigurations();
        api().get(PATH + "?enabled=false&type=kmip").then().statusCode(200)
                .body("records.uuid", contains(CLUSTER_SPARE));
        api().get(PATH + "?svm.name=" + Inventory.VS0 + "&enabled=true").then().statusCode(200)
                .body("records.uuid", contains(VS0_ACTIVE));
        api().get(PATH + "?location=onboard").then().statusCode(200).body("records.uuid", contains(CLUSTER_ACTIVE));
    }

    @Test
    void emptyWithoutKeyManagers() {
        api().get(PATH).then().statusCode(200).body("num_records", equalTo(0));
    }

    @Test
    void unknownUuidIsNotFound() {
        assertError(api().get(PATH + "/no-such-keystore").then(), 404, "4", "uuid");
    }

    @Test
    void before916ThereIsNoState() {
        fourConfigurations();
        emulate("9.15.1");
        api().get(PATH + "/" + VS0_ACTIVE).then().statusCode(200).body("$", not(hasKey("state")))
                .body("enabled", equalTo(true));
        assertError(api().get(PATH + "?state=active").then(), 400, CommonErrors.UNEXPECTED_ARGUMENT, "state");
    }

    @Test
    void before914OnlyTheCollectionWithoutConfigurations() {
        fourConfigurations();
        emulate("9.13.1");
        api().get(PATH + "?fields=*").then().statusCode(200).body("num_records", equalTo(4))
                .body("records[0]", not(hasKey("enabled")))
                .body("records[0]", not(hasKey("configuration")))
                .body("records[0]", not(hasKey("scope")))
                .body("records[0].type", equalTo("kmip"));
        assertError(api().get(PATH + "?enabled=true").then(), 400, CommonErrors.UNEXPECTED_ARGUMENT, "enabled");
        api().get(PATH + "/" + VS0_ACTIVE).then().statusCode(404);
    }

    @Test
    void before910ThereAreNoKeyStores() {
        emulate("9.9.1");
        api().get(PATH).then().statusCode(404);
    }
}

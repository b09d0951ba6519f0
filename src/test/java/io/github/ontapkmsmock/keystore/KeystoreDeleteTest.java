package io.github.ontapkmsmock.keystore;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** DELETE /api/security/key-stores/{uuid}: only an inactive configuration (NetApp's DELETE page, 9.14 and later). */
@QuarkusTest
class KeystoreDeleteTest extends KeystoreFixtures {

    @Test
    void deletesAnInactiveConfiguration() {
        fourConfigurations();
        api().delete(PATH + "/" + VS0_SPARE).then().statusCode(200);
        api().get(PATH + "/" + VS0_SPARE).then().statusCode(404);
        api().get(PATH).then().body("records.uuid", contains(VS0_ACTIVE, CLUSTER_ACTIVE, CLUSTER_SPARE));
    }

    @Test
    void theEnabledConfigurationCannotBeDeleted() {
        fourConfigurations();
        assertError(api().delete(PATH + "/" + VS0_ACTIVE).then(), 400, KeystoreService.ENABLED_CANNOT_BE_DELETED,
                "uuid").body("error.message", equalTo(
                        "The keystore configuration is currently enabled and cannot be deleted."));
        api().get(PATH).then().body("num_records", equalTo(4));
    }

    @Test
    void unknownUuidIsNotAConfiguration() {
        assertError(api().delete(PATH + "/no-such-keystore").then(), 404, KeystoreService.NO_SUCH_CONFIGURATION,
                "uuid");
    }

    @Test
    void anInactiveConfigurationOfTheAdminSvmNeeds9161() {
        fourConfigurations();
        emulate("9.15.1");
        assertError(api().delete(PATH + "/" + CLUSTER_SPARE).then(), 400,
                KeystoreService.ADMIN_SVM_DELETE_NEEDS_9_16_1, "uuid");
        api().get(PATH).then().body("num_records", equalTo(4));
        emulate("9.16.1");
        api().delete(PATH + "/" + CLUSTER_SPARE).then().statusCode(200);
        api().get(PATH).then().body("num_records", equalTo(3));
    }

    @Test
    void before914ThereIsNoDelete() {
        fourConfigurations();
        emulate("9.13.1");
        api().delete(PATH + "/" + VS0_SPARE).then().statusCode(404);
        api().get(PATH).then().body("num_records", equalTo(4));
    }
}

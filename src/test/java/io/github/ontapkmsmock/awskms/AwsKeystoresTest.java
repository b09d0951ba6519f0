package io.github.ontapkmsmock.awskms;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.StandInKeystores;
import io.quarkus.test.junit.QuarkusTest;

/** AWS KMS configurations as keystores of type aws: listed, always enabled, never switched away from. */
@QuarkusTest
class AwsKeystoresTest extends OntapTest {

    static final String KEY_STORES = "/api/security/key-stores";
    static final String SPARE = "22222222-0000-4000-8000-000000000001";

    @Inject
    StandInKeystores standIns;

    @Test
    void anAwsKmsIsTheSvmsEnabledKeystore() {
        String uuid = AwsKmsFixtures.create(Inventory.VS0);
        api().get(KEY_STORES + "/" + uuid).then().statusCode(200)
                .body("type", equalTo("aws"))
                .body("location", equalTo("external"))
                .body("scope", equalTo("svm"))
                .body("enabled", equalTo(true))
                .body("state", equalTo("active"))
                .body("configuration.name", equalTo("default"))
                .body("configuration._links.self.href", equalTo(AwsKmsFixtures.PATH + "/" + uuid))
                .body("svm.name", equalTo(Inventory.VS0));
    }

    @Test
    void anAwsKmsIsNotSwitchedAwayFromNorDeleted() {
        String uuid = AwsKmsFixtures.create(Inventory.VS0);
        standIns.add(SPARE, Keystore.Type.akv, Inventory.VS0_UUID, false, "spare", false, true);
        api().body(Map.of("enabled", true)).patch(KEY_STORES + "/" + SPARE).then().statusCode(400)
                .body("error.code", equalTo(CommonErrors.INVALID_FIELD_VALUE)).body("error.target", equalTo("enabled"));
        api().body(Map.of("enabled", false)).patch(KEY_STORES + "/" + uuid).then().statusCode(400)
                .body("error.code", equalTo(CommonErrors.INVALID_FIELD_VALUE));
        api().delete(KEY_STORES + "/" + uuid).then().statusCode(400).body("error.code", equalTo("65538905"));
        api().get(KEY_STORES + "?enabled=true").then().body("records.uuid", contains(uuid));
        assertEquals(1, AwsKmsFixtures.count());
    }
}

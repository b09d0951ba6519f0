package io.github.ontapkmsmock.keymanagerconfig;

import jakarta.inject.Inject;

import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.StandInKeystores;
import io.restassured.path.json.JsonPath;

/** Shared set-up of the key-manager-configs tests: the cluster's key managers stood in for, the emulated release. */
public abstract class KeyManagerConfigFixtures extends OntapTest {

    static final String PATH = "/api/security/key-manager-configs";

    @Inject
    StandInKeystores standIns;

    void onboardKeyManager() {
        standIns.add("33333333-0000-4000-8000-000000000001", Keystore.Type.okm, Inventory.ADMIN_SVM_UUID, true,
                "default", true, true);
    }

    void externalKeyManager(Keystore.Type type, boolean enabled) {
        standIns.add("33333333-0000-4000-8000-000000000002", type, Inventory.VS0_UUID, false, "default", enabled,
                true);
    }

    static JsonPath config() {
        return api().get(PATH + "?fields=*").then().statusCode(200).extract().jsonPath();
    }

}

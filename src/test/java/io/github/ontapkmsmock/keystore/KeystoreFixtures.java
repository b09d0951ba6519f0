package io.github.ontapkmsmock.keystore;

import jakarta.inject.Inject;

import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.StandInKeystores;
import io.restassured.path.json.JsonPath;

/**
 * Shared set-up of the key-stores tests: configurations of any type stood in for (the families' own contributions
 * are tested in their packages), their state read back, and the emulated release (back to the configured one after
 * each test).
 */
public abstract class KeystoreFixtures extends OntapTest {

    static final String PATH = "/api/security/key-stores";
    static final String VS0_ACTIVE = "11111111-0000-4000-8000-000000000001";
    static final String VS0_SPARE = "11111111-0000-4000-8000-000000000002";
    static final String CLUSTER_ACTIVE = "11111111-0000-4000-8000-000000000003";
    static final String CLUSTER_SPARE = "11111111-0000-4000-8000-000000000004";

    @Inject
    StandInKeystores standIns;

    /**
     * vs0: an enabled KMIP key manager and an inactive AKV named "spare"; the cluster: an enabled onboard key
     * manager and an inactive KMIP one.
     */
    void fourConfigurations() {
        standIns.add(VS0_ACTIVE, Keystore.Type.kmip, Inventory.VS0_UUID, false, "default", true, true);
        standIns.add(VS0_SPARE, Keystore.Type.akv, Inventory.VS0_UUID, false, "spare", false, true);
        standIns.add(CLUSTER_ACTIVE, Keystore.Type.okm, Inventory.ADMIN_SVM_UUID, true, "default", true, true);
        standIns.add(CLUSTER_SPARE, Keystore.Type.kmip, Inventory.ADMIN_SVM_UUID, true, "spare", false, true);
    }

    static JsonPath keystore(String uuid) {
        return api().get(PATH + "/" + uuid).then().statusCode(200).extract().jsonPath();
    }

    static boolean enabled(String uuid) {
        return keystore(uuid).getBoolean("enabled");
    }

}

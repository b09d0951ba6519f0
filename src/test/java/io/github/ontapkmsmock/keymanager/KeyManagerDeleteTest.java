package io.github.ontapkmsmock.keymanager;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KeyManagerDeleteTest extends KeyManagerFixtures {

    /** NetApp's Python library sends the empty object {@code {}} with every DELETE: no body, for ONTAP. */
    @Test
    void deleteWithAnEmptyJsonObjectBodyDeletes() {
        String uuid = createOnboard();
        api().body("{}").delete(KEY_MANAGERS + "/" + uuid).then().statusCode(200).body(equalTo("{}"));
        assertEquals(0, allKeyManagers().getInt("num_records"));
    }

    @Test
    void deletesExternalKeyManagerWithItsKeyServers() {
        String uuid = createExternalCluster("10.0.0.1", "10.0.0.2");
        String other = create(externalVs0("10.0.0.1"));
        api().delete(KEY_MANAGERS + "/" + uuid).then().statusCode(200).body(equalTo("{}"));
        api().get(KEY_MANAGERS).then().statusCode(200).body("records.uuid", contains(other));
        api().get(KEY_MANAGERS + "/" + uuid).then().statusCode(404).body("error.code", equalTo("4"));
        api().get(keyServers(uuid)).then().statusCode(404).body("error.code", equalTo("4"));
    }

    @Test
    void deletesOnboardKeyManager() {
        String uuid = createOnboard();
        api().delete(KEY_MANAGERS + "/" + uuid).then().statusCode(200).body(equalTo("{}"));
        assertEquals(0, allKeyManagers().getInt("num_records"));
    }

    @Test
    void deleteFreesTheSvmForAnotherKeyManager() {
        String onboard = createOnboard();
        api().delete(KEY_MANAGERS + "/" + onboard).then().statusCode(200);
        String external = createExternalCluster("10.0.0.1");
        api().delete(KEY_MANAGERS + "/" + external).then().statusCode(200);
        createOnboard();
        String vs0 = create(externalVs0("10.0.0.1"));
        api().delete(KEY_MANAGERS + "/" + vs0).then().statusCode(200);
        create(externalVs0("10.0.0.2"));
        assertEquals(2, allKeyManagers().getInt("num_records"));
    }

    @Test
    void deleteOfAnUnknownKeyManagerIs404AndChangesNothing() {
        createOnboard();
        api().delete(KEY_MANAGERS + "/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body("error.code", equalTo("4"))
                .body("error.message", equalTo("entry doesn't exist"))
                .body("error.target", equalTo("uuid"));
        assertEquals(1, allKeyManagers().getInt("num_records"));
    }

    @Test
    void deleteTwiceIs404TheSecondTime() {
        String uuid = createOnboard();
        api().delete(KEY_MANAGERS + "/" + uuid).then().statusCode(200);
        api().delete(KEY_MANAGERS + "/" + uuid).then().statusCode(404).body("error.code", equalTo("4"));
    }
}

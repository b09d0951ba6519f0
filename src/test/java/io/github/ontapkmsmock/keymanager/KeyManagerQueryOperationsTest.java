package io.github.ontapkmsmock.keymanager;

import static io.github.ontapkmsmock.control.ControlClient.addRule;
import static io.github.ontapkmsmock.testing.Inventory.VS1;
import static io.github.ontapkmsmock.testing.Inventory.VS1_CLIENT_CERT;
import static io.github.ontapkmsmock.testing.Inventory.VS1_SERVER_CA;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * PATCH and DELETE /api/security/key-managers with a query, as NetApp's Ansible module deletes a key manager it
 * holds no UUID of. An onboard passphrase change selects the onboard key manager, which accepts it, and external
 * ones, which refuse it (65536828).
 */
@QuarkusTest
class KeyManagerQueryOperationsTest extends KeyManagerFixtures {

    private String onboard;
    private String vs0;
    private String vs1;

    @BeforeEach
    void onboardThenTwoExternal() {
        onboard = createOnboard();
        vs0 = create(externalVs0("10.0.0.1"));
        vs1 = create(external(VS1, VS1_CLIENT_CERT, List.of(VS1_SERVER_CA), "10.0.0.2"));
    }

    @Test
    void deleteByScopeAndSvmNameAsNetAppsAnsibleModuleSendsIt() {
        api().delete(KEY_MANAGERS + "?scope=svm&svm.name=vs0").then().statusCode(200)
                .body(equalTo("{\"num_records\":1}"));
        api().get(KEY_MANAGERS).then().statusCode(200).body("records.uuid", contains(onboard, vs1));
        create(externalVs0("10.0.0.3"));
    }

    @Test
    void deleteOfEverySvmScopedKeyManager() {
        api().delete(KEY_MANAGERS + "?scope=svm&return_records=true").then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records.uuid", containsInAnyOrder(vs0, vs1));
        api().get(KEY_MANAGERS).then().statusCode(200).body("records.uuid", contains(onboard));
    }

    @Test
    void patchOfTheOnboardKeyManagerByQuery() {
        api().body(passphraseChange(PASSPHRASE, NEW_PASSPHRASE)).patch(KEY_MANAGERS + "?scope=cluster").then()
                .statusCode(200).body("num_records", equalTo(1));
        api().body(passphraseChange(NEW_PASSPHRASE, PASSPHRASE)).patch(KEY_MANAGERS + "/" + onboard).then()
                .statusCode(200);
    }

    @Test
    void oneRefusalUndoesTheChangeAlreadyMade() {
        api().body(passphraseChange(PASSPHRASE, NEW_PASSPHRASE)).patch(KEY_MANAGERS + "?uuid=*").then()
                .statusCode(400)
                .body("error.code", equalTo(KeyManagerService.NOT_EXTERNAL))
                .body("error.message", equalTo("External key management is not enabled for the SVM."))
                .body("error.arguments[0].message", containsString("uuid " + vs0));
        // the onboard passphrase is still the old one
        api().body(passphraseChange(PASSPHRASE, NEW_PASSPHRASE)).patch(KEY_MANAGERS + "/" + onboard).then()
                .statusCode(200);
    }

    @Test
    void withContinueOnFailureTheOthersAreChangedAndEveryRefusalNamed() {
        api().body(passphraseChange(PASSPHRASE, NEW_PASSPHRASE))
                .patch(KEY_MANAGERS + "?uuid=*&continue_on_failure=true&serial_records=true").then().statusCode(400)
                .body("error.code", equalTo(KeyManagerService.NOT_EXTERNAL))
                .body("error.message", containsString("2 of 3 records (uuid " + vs0 + ", uuid " + vs1 + ")"))
                .body("error.arguments.message", contains(containsString(vs0), containsString(vs1)));
        api().body(passphraseChange(NEW_PASSPHRASE, PASSPHRASE)).patch(KEY_MANAGERS + "/" + onboard).then()
                .statusCode(200);
    }

    @Test
    void deleteWithARefusingRecordDeletesNoneUnlessToldToContinue() {
        addRule(Map.of("operation_id", "security_key_manager_delete", "path", KEY_MANAGERS + "/" + vs1, "code",
                "65536867"));
        api().delete(KEY_MANAGERS + "?scope=svm").then().statusCode(409).body("error.code", equalTo("65536867"));
        api().get(KEY_MANAGERS).then().body("num_records", equalTo(3));
        api().delete(KEY_MANAGERS + "?scope=svm&continue_on_failure=true").then().statusCode(409)
                .body("error.arguments[0].message", containsString("uuid " + vs1));
        api().get(KEY_MANAGERS).then().body("records.uuid", contains(onboard, vs1));
    }

    @Test
    void aQueryThatSelectsNothingAndNoQueryAtAllChangeNothing() {
        api().delete(KEY_MANAGERS + "?scope=svm&svm.name=vs0&onboard.enabled=true").then().statusCode(200)
                .body("num_records", equalTo(0));
        api().delete(KEY_MANAGERS).then().statusCode(400).body("error.code", equalTo("262177"));
        api().body(passphraseChange(PASSPHRASE, NEW_PASSPHRASE)).patch(KEY_MANAGERS).then().statusCode(400)
                .body("error.code", equalTo("262177"));
        api().get(KEY_MANAGERS).then().body("num_records", equalTo(3));
    }

    @Test
    void aQueryNamingAnSvmThatDoesNotExistIsRefused() {
        api().delete(KEY_MANAGERS + "?scope=svm&svm.name=vs9").then().statusCode(400)
                .body("error.code", equalTo("2621462"));
        api().get(KEY_MANAGERS).then().body("num_records", equalTo(3));
    }
}

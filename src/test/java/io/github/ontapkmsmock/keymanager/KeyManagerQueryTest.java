package io.github.ontapkmsmock.keymanager;

import static io.github.ontapkmsmock.testing.Inventory.CLUSTER_CLIENT_CERT;
import static io.github.ontapkmsmock.testing.Inventory.CLUSTER_SERVER_CA;
import static io.github.ontapkmsmock.testing.Inventory.VS0;
import static io.github.ontapkmsmock.testing.Inventory.VS0_UUID;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KeyManagerQueryTest extends KeyManagerFixtures {

    private String cluster;
    private String vs0;

    @BeforeEach
    void twoExternalKeyManagers() {
        cluster = createExternalCluster("10.225.89.33:5696");
        vs0 = create(externalVs0("10.2.30.4:5696", "vs0.local1:3678"));
    }

    @Test
    void collectionWithoutFieldsAnswersKeysAndLinks() {
        api().get(KEY_MANAGERS).then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records.uuid", contains(cluster, vs0))
                .body("records[0]", not(hasKey("external")))
                .body("records[0]._links.self.href", equalTo(KEY_MANAGERS + "/" + cluster))
                .body("_links.self.href", equalTo(KEY_MANAGERS));
    }

    @Test
    void collectionWithAllFieldsAnswersWholeRecords() {
        api().get(KEY_MANAGERS + "?fields=*").then().statusCode(200)
                .body("records[0].scope", equalTo("cluster"))
                .body("records[0].external.client_certificate.uuid", equalTo(CLUSTER_CLIENT_CERT))
                .body("records[0].external.client_certificate._links.self.href",
                        equalTo("/api/security/certificates/" + CLUSTER_CLIENT_CERT))
                .body("records[0].external.server_ca_certificates[0]._links.self.href",
                        equalTo("/api/security/certificates/" + CLUSTER_SERVER_CA))
                .body("records[1].scope", equalTo("svm"))
                .body("records[1].svm.name", equalTo(VS0))
                .body("records[1].external.servers.server", contains("10.2.30.4:5696", "vs0.local1:3678"))
                .body("records[1].external.servers.timeout", contains(25, 25))
                .body("records[1].external.servers[1]._links.self.href",
                        equalTo(KEY_MANAGERS + "/" + vs0 + "/key-servers/vs0.local1%3A3678"));
    }

    @Test
    void filtersByScope() {
        api().get(KEY_MANAGERS + "?scope=cluster").then().statusCode(200)
                .body("num_records", equalTo(1)).body("records.uuid", contains(cluster));
        api().get(KEY_MANAGERS + "?scope=svm").then().statusCode(200)
                .body("num_records", equalTo(1)).body("records.uuid", contains(vs0));
    }

    @Test
    void filtersBySvm() {
        api().get(KEY_MANAGERS + "?svm.name=vs0").then().statusCode(200).body("records.uuid", contains(vs0));
        api().get(KEY_MANAGERS + "?svm.uuid=" + VS0_UUID).then().statusCode(200).body("records.uuid", contains(vs0));
        api().get(KEY_MANAGERS + "?svm.name=vs*").then().statusCode(200).body("records.uuid", contains(vs0));
        api().get(KEY_MANAGERS + "?svm.name=vs1").then().statusCode(200).body("num_records", equalTo(0));
    }

    @Test
    void filtersByKeyServer() {
        api().get(KEY_MANAGERS + "?external.servers.server=10.*").then().statusCode(200)
                .body("records.uuid", containsInAnyOrder(cluster, vs0));
        api().get(KEY_MANAGERS + "?external.servers.server=vs0.*").then().statusCode(200)
                .body("records.uuid", contains(vs0));
        api().get(KEY_MANAGERS + "?external.servers.server=10.225.89.33:5696&fields=scope").then().statusCode(200)
                .body("records.uuid", contains(cluster)).body("records[0].scope", equalTo("cluster"));
    }

    @Test
    void filtersByOnboardEnabled() {
        api().delete(KEY_MANAGERS + "/" + cluster).then().statusCode(200);
        String onboard = createOnboard();
        api().get(KEY_MANAGERS + "?onboard.enabled=true").then().statusCode(200)
                .body("num_records", equalTo(1)).body("records.uuid", contains(onboard));
    }

    @Test
    void ordersAndPages() {
        api().get(KEY_MANAGERS + "?order_by=scope desc&fields=scope").then().statusCode(200)
                .body("records.scope", contains("svm", "cluster"));
        String next = api().get(KEY_MANAGERS + "?max_records=1").then().statusCode(200)
                .body("num_records", equalTo(1)).body("records.uuid", contains(cluster))
                .extract().path("_links.next.href");
        api().get(next).then().statusCode(200).body("records.uuid", contains(vs0))
                .body("_links.next", nullValue());
    }

    @Test
    void queryNamingAnUnknownSvmIsAnError() {
        api().get(KEY_MANAGERS + "?svm.name=vs9").then().statusCode(400)
                .body("error.code", equalTo("2621462"))
                .body("error.message", equalTo("SVM \"vs9\" does not exist."))
                .body("error.target", equalTo("svm.name"));
    }

    @Test
    void getAnswersTheWholeRecord() {
        api().get(KEY_MANAGERS + "/" + vs0).then().statusCode(200)
                .body("uuid", equalTo(vs0))
                .body("scope", equalTo("svm"))
                .body("svm.uuid", equalTo(VS0_UUID))
                .body("external.servers.server", contains("10.2.30.4:5696", "vs0.local1:3678"))
                .body("external.servers.username", contains("", ""))
                .body("_links.self.href", equalTo(KEY_MANAGERS + "/" + vs0));
    }

    @Test
    void getNarrowsToTheNamedFields() {
        api().get(KEY_MANAGERS + "/" + vs0 + "?fields=svm.name").then().statusCode(200)
                .body("uuid", equalTo(vs0))
                .body("svm.name", equalTo(VS0))
                .body("$", not(hasKey("external")));
    }

    @Test
    void getOfAnUnknownKeyManagerIs404() {
        api().get(KEY_MANAGERS + "/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body("error.code", equalTo("4"))
                .body("error.target", equalTo("uuid"));
    }

    @Test
    void onboardRecordNeverShowsThePassphrase() {
        api().delete(KEY_MANAGERS + "/" + cluster).then().statusCode(200);
        String onboard = createOnboard();
        api().get(KEY_MANAGERS + "/" + onboard + "?fields=**").then().statusCode(200)
                .body("onboard.enabled", equalTo(true))
                .body("onboard", not(hasKey("passphrase")))
                .body("onboard", not(hasKey("existing_passphrase")));
    }
}

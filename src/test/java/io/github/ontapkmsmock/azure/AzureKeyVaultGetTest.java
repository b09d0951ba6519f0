package io.github.ontapkmsmock.azure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET on the collection and on one configuration, with ONTAP's query language (003:165-472, 003:590-1091). */
@QuarkusTest
class AzureKeyVaultGetTest extends AzureKeyVaultFixtures {

    @Test
    void collectionWithoutFieldsListsKeysAndLinks() {
        String vs0 = create(svmBody(Inventory.VS0));
        api().get(PATH).then().statusCode(200)
                .body("num_records", equalTo(1))
                .body("records[0].uuid", equalTo(vs0))
                .body("records[0].name", equalTo(VAULT))
                .body("records[0]._links.self.href", equalTo(PATH + "/" + vs0))
                .body("records[0]", not(hasKey("client_id")))
                .body("_links.self.href", equalTo(PATH));
    }

    @Test
    void collectionWithAllFieldsShowsDocumentedPropertiesButNoSecretsOrAdvanced() {
        Map<String, Object> body = svmBody(Inventory.VS0);
        body.put("proxy_password", io.github.ontapkmsmock.testing.Secrets.secret("proxy"));
        create(body);
        createInactive(clusterBody(), "new-config");
        api().get(PATH + "?fields=*").then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records.scope", contains("svm", "cluster"))
                .body("records.enabled", contains(true, false))
                .body("records.configuration.name", contains("default", "new-config"))
                .body("records.authentication_method", contains("client_secret", "client_secret"))
                .body("records[0]", not(hasKey("client_secret")))
                .body("records[0]", not(hasKey("proxy_password")))
                .body("records[0]", not(hasKey("state")))
                .body("records[0]", not(hasKey("azure_reachability")))
                .body("records[0]", not(hasKey("ekmip_reachability")))
                .body("_links.self.href", equalTo(PATH + "?fields=*"));
    }

    @Test
    void advancedPropertiesOnlyWhenNamed() {
        String uuid = create(svmBody(Inventory.VS0));
        api().get(PATH + "/" + uuid).then().statusCode(200).body("$", not(hasKey("state")));
        api().get(PATH + "/" + uuid + "?fields=*").then().statusCode(200).body("$", not(hasKey("state")));
        api().get(PATH + "/" + uuid + "?fields=state,azure_reachability,ekmip_reachability").then().statusCode(200)
                .body("uuid", equalTo(uuid))
                .body("state.available", equalTo(true))
                .body("state.code", equalTo("0"))
                .body("state.message", equalTo(""))
                .body("azure_reachability.reachable", equalTo(true))
                .body("azure_reachability.code", equalTo("0"))
                .body("ekmip_reachability.node.name", contains("node1", "node2"))
                .body("ekmip_reachability.node.uuid", contains(Inventory.NODE1_UUID, Inventory.NODE2_UUID))
                .body("ekmip_reachability[0].node._links.self.href",
                        equalTo("/api/cluster/nodes/" + Inventory.NODE1_UUID))
                .body("ekmip_reachability.reachable", contains(true, true))
                .body("ekmip_reachability.code", contains("0", "0"))
                .body("$", not(hasKey("client_id")));
        api().get(PATH + "/" + uuid + "?fields=**").then().statusCode(200)
                .body("state.available", equalTo(true))
                .body("client_id", equalTo("client1"));
    }

    @Test
    void collectionFiltersOnAnyFieldWithOntapOperators() {
        String vs0 = create(svmBody(Inventory.VS0));
        String vs1 = create(with(svmBody(Inventory.VS1), "client_id", "client2"));
        String cluster = create(with(clusterBody(), "client_id", "app3"));
        assertEquals(List.of(vs0), filtered("svm.name=" + Inventory.VS0));
        assertEquals(List.of(vs0, vs1), filtered("svm.name=vs*"));
        assertEquals(List.of(vs1, cluster), filtered("client_id=!client1"));
        assertEquals(List.of(vs0, cluster), filtered("client_id=client1|app3"));
        assertEquals(List.of(cluster), filtered("scope=cluster"));
        assertEquals(List.of(vs0, vs1, cluster), filtered("enabled=true"));
        assertEquals(List.of(vs1), filtered("uuid=" + vs1));
        assertEquals(List.of(vs0, vs1, cluster), filtered("state.available=true"));
        assertEquals(List.of(), filtered("port=>443"));
    }

    @Test
    void collectionOrdersPagesAndCounts() {
        String vs0 = create(svmBody(Inventory.VS0));
        String vs1 = create(with(svmBody(Inventory.VS1), "client_id", "client2"));
        String cluster = create(with(clusterBody(), "client_id", "app3"));
        JsonPath ordered = api().get(PATH + "?order_by=client_id desc&fields=client_id").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(vs1, vs0, cluster), ordered.getList("records.uuid"));

        JsonPath page = api().get(PATH + "?max_records=2").then().statusCode(200)
                .body("num_records", equalTo(2)).extract().jsonPath();
        assertEquals(List.of(vs0, vs1), page.getList("records.uuid"));
        String next = page.getString("_links.next.href");
        api().get(next).then().statusCode(200)
                .body("num_records", equalTo(1))
                .body("records[0].uuid", equalTo(cluster))
                .body("_links", not(hasKey("next")));

        api().get(PATH + "?return_records=false").then().statusCode(200)
                .body("num_records", equalTo(3))
                .body("$", not(hasKey("records")));
    }

    @Test
    void collectionRefusesUnknownFilterAndField() {
        create(svmBody(Inventory.VS0));
        assertError(api().get(PATH + "?colour=blue").then(), 400, "262179", "colour");
        assertError(api().get(PATH + "?fields=colour").then(), 400, "262197", "fields");
        assertError(api().get(PATH + "?order_by=colour").then(), 400, "262197", "order_by");
    }

    @Test
    void instanceOfUnknownUuidIsNotFound() {
        assertError(api().get(PATH + "/00000000-0000-0000-0000-000000000000").then(), 404, "4", "uuid")
                .body("error.message", equalTo("entry doesn't exist"));
    }

    @Test
    void instanceAnswersOverHttpsWithHal() {
        String uuid = create(svmBody(Inventory.VS0));
        https().get(PATH + "/" + uuid + "?fields=key_id").then().statusCode(200)
                .contentType(containsString("json"))
                .body("key_id", equalTo(KEY_ID))
                .body("uuid", equalTo(uuid));
    }

    private static List<String> filtered(String query) {
        return api().get(PATH + "?" + query).then().statusCode(200).extract().jsonPath().getList("records.uuid");
    }
}

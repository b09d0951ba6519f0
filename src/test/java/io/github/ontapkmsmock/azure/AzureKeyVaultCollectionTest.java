package io.github.ontapkmsmock.azure;

import static io.github.ontapkmsmock.azure.AzureKeyVaultFixtures.PATH;
import static io.github.ontapkmsmock.azure.AzureKeyVaultFixtures.clusterBody;
import static io.github.ontapkmsmock.azure.AzureKeyVaultFixtures.create;
import static io.github.ontapkmsmock.azure.AzureKeyVaultFixtures.createInactive;
import static io.github.ontapkmsmock.azure.AzureKeyVaultFixtures.svmBody;
import static io.github.ontapkmsmock.azure.AzureKeyVaultFixtures.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.control.ControlClient;
import io.github.ontapkmsmock.testing.Inventory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * GET /api/security/azure-key-vaults over several configurations of one SVM: filters on the SVM and the UUID are
 * key lookups, and order, paging and the other filters apply to what they find, as to a scan of every record.
 */
@QuarkusTest
class AzureKeyVaultCollectionTest extends AzureKeyVaultFixtures {

    private static List<String> uuids(String query) {
        return api().get(PATH + "?" + query).then().statusCode(200).extract().jsonPath().getList("records.uuid");
    }

    private static int count(String query) {
        return api().get(PATH + "?" + query + "&return_records=false").then().statusCode(200)
                .body("$", not(hasKey("records"))).extract().path("num_records");
    }

    @Test
    void svmFilterWithOrderOnAnotherFieldPagesThroughEveryMatch() {
        String c = createInactive(svmBody(Inventory.VS0), "c");
        String a = createInactive(svmBody(Inventory.VS0), "a");
        create(svmBody(Inventory.VS1));
        String d = createInactive(svmBody(Inventory.VS0), "d");
        createInactive(clusterBody(), "b");
        String b = createInactive(svmBody(Inventory.VS0), "b");

        JsonPath page = api().get(PATH + "?svm.name=vs0&order_by=configuration.name desc&max_records=3"
                + "&fields=configuration.name").then().statusCode(200)
                .body("num_records", equalTo(3))
                .body("records.configuration.name", equalTo(List.of("d", "c", "b")))
                .extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("records.uuid"));
        // the link is already encoded (its order_by has an encoded space)
        api().urlEncodingEnabled(false).get(page.getString("_links.next.href")).then().statusCode(200)
                .body("num_records", equalTo(1))
                .body("records[0].uuid", equalTo(a))
                .body("_links", not(hasKey("next")));
        seen.add(a);
        assertEquals(List.of(d, c, b, a), seen);

        // an order on equal values keeps the collection's order
        assertEquals(List.of(c, d, b), uuids("svm.name=vs0&configuration.name=!a&order_by=svm.uuid"));
        assertEquals(3, count("svm.name=vs0&configuration.name=!a"));
        assertEquals(4, count("svm.uuid=" + Inventory.VS0_UUID));
    }

    @Test
    void keyLookupsIgnoreCaseAsFiltersDo() {
        String vs0 = create(svmBody(Inventory.VS0));
        createInactive(svmBody(Inventory.VS1), "spare");
        assertEquals(List.of(vs0), uuids("uuid=" + vs0.toUpperCase(Locale.ROOT)));
        assertEquals(List.of(vs0), uuids("svm.name=VS0"));
        assertEquals(List.of(vs0), uuids("svm.uuid=" + Inventory.VS0_UUID.toUpperCase(Locale.ROOT)));
    }

    @Test
    void clusterScopedConfigurationHasNoSvmToBeFoundBy() {
        create(with(clusterBody(), "client_id", "app3"));
        assertEquals(List.of(), uuids("svm.name=" + Inventory.ADMIN_SVM));
        assertEquals(List.of(), uuids("svm.uuid=" + Inventory.ADMIN_SVM_UUID));
        assertEquals(1, count("svm.name=!" + Inventory.ADMIN_SVM));
    }

    @Test
    void keyLookupsFollowPatchDeleteResetAndImport() {
        String uuid = createInactive(svmBody(Inventory.VS0), "cfg");
        api().body(Map.of("proxy_host", "proxy.example.com")).patch(PATH + "/" + uuid + "?return_timeout=10")
                .then().statusCode(200);
        api().get(PATH + "?uuid=" + uuid + "&fields=proxy_host").then().statusCode(200)
                .body("records[0].proxy_host", equalTo("proxy.example.com"));
        assertEquals(List.of(uuid), uuids("svm.name=vs0&proxy_host=proxy.*"));

        var exported = ControlClient.state();
        api().delete(PATH + "/" + uuid + "?return_timeout=10").then().statusCode(200);
        assertEquals(List.of(), uuids("uuid=" + uuid));
        assertEquals(0, count("svm.name=vs0"));

        ControlClient.control().body(exported.toString()).put("/_mock/state").then().statusCode(200);
        assertEquals(List.of(uuid), uuids("uuid=" + uuid));
        assertEquals(List.of(uuid), uuids("svm.name=vs0"));

        ControlClient.control().post("/_mock/reset").then().statusCode(200);
        assertEquals(List.of(), uuids("uuid=" + uuid));
        assertEquals(0, count("svm.name=vs0"));
    }
}

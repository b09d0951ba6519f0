package io.github.ontapkmsmock.keymanager;

import static io.github.ontapkmsmock.testing.Inventory.CLUSTER_CLIENT_CERT;
import static io.github.ontapkmsmock.testing.Inventory.CLUSTER_SERVER_CA;
import static io.github.ontapkmsmock.testing.Inventory.VS0;
import static io.github.ontapkmsmock.testing.Inventory.VS0_CLIENT_CERT;
import static io.github.ontapkmsmock.testing.Inventory.VS0_SERVER_CA;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;



import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Request bodies and set-up steps shared by the key-manager and key-server tests. */
abstract class KeyManagerFixtures extends OntapTest {

    static final String KEY_MANAGERS = "/api/security/key-managers";

    static final String PASSPHRASE = Secrets.passphrase(40, 'p');
    static final String NEW_PASSPHRASE = Secrets.passphrase(64, 'n');

    /** An external key manager of the cluster, with the cluster's certificates. */
    static Map<String, Object> externalCluster(String... servers) {
        return external(null, CLUSTER_CLIENT_CERT, List.of(CLUSTER_SERVER_CA), servers);
    }

    /** An external key manager of vs0, with vs0's certificates. */
    static Map<String, Object> externalVs0(String... servers) {
        return external(VS0, VS0_CLIENT_CERT, List.of(VS0_SERVER_CA), servers);
    }

    static Map<String, Object> external(String svmName, String clientCertificate, List<String> serverCas,
            String... servers) {
        Map<String, Object> external = new LinkedHashMap<>();
        external.put("client_certificate", Map.of("uuid", clientCertificate));
        external.put("server_ca_certificates", serverCas.stream().map(uuid -> Map.of("uuid", uuid)).toList());
        external.put("servers", Arrays.stream(servers).map(s -> Map.of("server", s)).toList());
        Map<String, Object> body = new LinkedHashMap<>();
        if (svmName != null) {
            body.put("svm", Map.of("name", svmName));
        }
        body.put("external", external);
        return body;
    }

    static Map<String, Object> onboard(String passphrase) {
        return Map.of("onboard", Map.of("passphrase", passphrase));
    }

    static Map<String, Object> passphraseChange(String existing, String replacement) {
        Map<String, Object> onboard = new LinkedHashMap<>();
        if (existing != null) {
            onboard.put("existing_passphrase", existing);
        }
        if (replacement != null) {
            onboard.put("passphrase", replacement);
        }
        return Map.of("onboard", onboard);
    }

    /** Creates a key manager and answers its UUID, taken from the {@code Location} header. */
    static String create(Map<String, Object> body) {
        return uuidOf(api().body(body).post(KEY_MANAGERS).then().statusCode(201).extract().response());
    }

    static String createExternalCluster(String... servers) {
        return create(externalCluster(servers));
    }

    static String createOnboard() {
        return create(onboard(PASSPHRASE));
    }

    static String uuidOf(Response created) {
        String location = created.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static String keyServers(String keyManagerUuid) {
        return KEY_MANAGERS + "/" + keyManagerUuid + "/key-servers";
    }

    /** Every key manager with all its fields. */
    static JsonPath allKeyManagers() {
        return api().get(KEY_MANAGERS + "?fields=**").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath keyManager(String uuid) {
        return api().get(KEY_MANAGERS + "/" + uuid).then().statusCode(200).extract().jsonPath();
    }

    /** The key servers of a key manager, addresses only, in the order the collection lists them. */
    static List<String> serverNames(String keyManagerUuid) {
        return api().get(keyServers(keyManagerUuid)).then().statusCode(200).extract().jsonPath()
                .getList("records.server");
    }

    /** A request whose path is sent exactly as written (so {@code %3A} stays encoded on the wire). */
    static RequestSpecification raw(RequestSpecification spec) {
        return spec.urlEncodingEnabled(false);
    }
}

package io.github.ontapkmsmock.azure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class AzureKeyVaultCreateTest extends AzureKeyVaultFixtures {

    @Test
    void createForSvmAnswersJobAndLocationThenRecordIsEnabled() {
        Response answer = api().body(svmBody(Inventory.VS0)).post(PATH).then().statusCode(202)
                .header("Location", startsWith(PATH + "/"))
                .body("job.uuid", notNullValue())
                .extract().response();
        assertEquals("/api/cluster/jobs/" + answer.jsonPath().getString("job.uuid"),
                answer.jsonPath().getString("job._links.self.href"));
        JsonPath job = Jobs.awaitJob(answer.jsonPath().getString("job._links.self.href"));
        assertEquals("success", job.getString("state"));

        String uuid = createdUuid(answer);
        api().get(PATH + "/" + uuid).then().statusCode(200)
                .body("uuid", equalTo(uuid))
                .body("scope", equalTo("svm"))
                .body("svm.name", equalTo(Inventory.VS0))
                .body("svm.uuid", equalTo(Inventory.VS0_UUID))
                .body("client_id", equalTo("client1"))
                .body("tenant_id", equalTo("tenant1"))
                .body("name", equalTo(VAULT))
                .body("key_id", equalTo(KEY_ID))
                .body("authentication_method", equalTo("client_secret"))
                .body("enabled", equalTo(true))
                .body("configuration.name", equalTo("default"))
                .body("configuration.uuid", equalTo(uuid))
                .body("$", not(hasKey("client_secret")))
                .body("$", not(hasKey("state")))
                .body("_links.self.href", equalTo(PATH + "/" + uuid));
    }

    @Test
    void createWithinReturnTimeoutAnswers201WithLocationAndRecords() {
        Response answer = api().body(svmBody(Inventory.VS0)).post(PATH + "?return_records=true&return_timeout=10")
                .then().statusCode(201)
                .body("num_records", equalTo(1))
                .body("records[0].svm.name", equalTo(Inventory.VS0))
                .body("records[0].key_id", equalTo(KEY_ID))
                .body("records[0]", not(hasKey("client_secret")))
                .body("records[0]", not(hasKey("state")))
                .body("job.uuid", notNullValue())
                .extract().response();
        String uuid = createdUuid(answer);
        assertEquals(uuid, answer.jsonPath().getString("records[0].uuid"));
        assertEquals(PATH + "/" + uuid, answer.header("Location"));
    }

    @Test
    void createWithoutSvmIsClusterScoped() {
        String uuid = create(clusterBody());
        api().get(PATH + "/" + uuid).then().statusCode(200)
                .body("scope", equalTo("cluster"))
                .body("$", not(hasKey("svm")));
    }

    @Test
    void createNamingTheAdminSvmIsClusterScoped() {
        String uuid = create(svmBody(Inventory.ADMIN_SVM));
        api().get(PATH + "/" + uuid).then().statusCode(200).body("scope", equalTo("cluster"));
        assertError(api().body(clusterBody()).post(PATH).then(), 409, AzureKeyVaultService.KEY_MANAGER_EXISTS,
                null);
    }

    @Test
    void createWithCertificateAuthenticatesByCertificate() {
        Map<String, Object> body = without(svmBody(Inventory.VS1), "client_secret");
        body.put("client_certificate", certificate("vs1"));
        body.put("svm", Map.of("uuid", Inventory.VS1_UUID));
        String uuid = create(body);
        api().get(PATH + "/" + uuid).then().statusCode(200)
                .body("authentication_method", equalTo("certificate"))
                .body("svm.name", equalTo(Inventory.VS1))
                .body("$", not(hasKey("client_certificate")));
    }

    @Test
    void createTakesConnectionDefaultsAndProxyWithoutShowingThePassword() {
        Map<String, Object> body = svmBody(Inventory.VS0);
        body.put("proxy_type", "http");
        body.put("proxy_host", "proxy.eng.com");
        body.put("proxy_port", 1234);
        body.put("proxy_username", "proxyuser");
        body.put("proxy_password", Secrets.secret("proxy"));
        body.put("oauth_host", "login.example.com");
        String uuid = create(body);
        api().get(PATH + "/" + uuid).then().statusCode(200)
                .body("proxy_type", equalTo("http"))
                .body("proxy_host", equalTo("proxy.eng.com"))
                .body("proxy_port", equalTo(1234))
                .body("proxy_username", equalTo("proxyuser"))
                .body("$", not(hasKey("proxy_password")))
                .body("oauth_host", equalTo("login.example.com"))
                .body("port", equalTo(443))
                .body("vault_host", equalTo("vault.azure.net"))
                .body("verify_host", equalTo(true))
                .body("verify_ip", equalTo(false));
    }

    @Test
    void createRejectsMissingRequiredProperty() {
        for (String field : List.of("client_id", "tenant_id", "name", "key_id")) {
            assertError(api().body(without(svmBody(Inventory.VS0), field)).post(PATH).then(), 400, "262177",
                    field);
        }
        assertNoConfigurations();
    }

    @Test
    void createRejectsNoAuthenticationMethod() {
        assertError(api().body(without(svmBody(Inventory.VS0), "client_secret")).post(PATH).then(), 400,
                AzureKeyVaultService.NO_AUTHENTICATION_METHOD, null)
                .body("error.message", equalTo("No authentication method provided."));
        assertNoConfigurations();
    }

    @Test
    void createRejectsBothSecretAndCertificate() {
        Map<String, Object> body = with(svmBody(Inventory.VS0), "client_certificate", certificate("both"));
        assertError(api().body(body).post(PATH).then(), 400, "262186", "client_certificate");
        assertNoConfigurations();
    }

    @Test
    void createRejectsCertificateThatIsNotPkcs12() {
        Map<String, Object> body = without(svmBody(Inventory.VS0), "client_secret");
        body.put("client_certificate", Secrets.secret("not-base64!"));
        assertError(api().body(body).post(PATH).then(), 400, AzureKeyVaultService.INVALID_CLIENT_CERTIFICATE,
                "client_certificate").body("error.message", equalTo("Invalid client certificate."));
        body.put("client_certificate", "QUJD" + "S3cr3t" + "AA");
        assertError(api().body(body).post(PATH).then(), 400, AzureKeyVaultService.INVALID_CLIENT_CERTIFICATE,
                "client_certificate");
        assertNoConfigurations();
    }

    @Test
    void createRejectsKeyIdNotOfTheDocumentedForm() {
        for (String keyId : List.of(KEY_ID_WITHOUT_VERSION, "key1", "http://kv.vault.azure.net/keys/key1/"
                + "a8e619fd8f234db3b0b95c59540e2a74", "https://kv.vault.azure.net/secrets/key1/"
                        + "a8e619fd8f234db3b0b95c59540e2a74",
                "https://kv.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a7")) {
            assertError(api().body(with(svmBody(Inventory.VS0), "key_id", keyId)).post(PATH).then(), 400,
                    AzureKeyVaultService.INVALID_KEY_ID, "key_id")
                    .body("error.message", equalTo("Invalid key ID format. Example key ID format\":\" "
                            + "\"https://mykeyvault.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a74\"."));
        }
        assertNoConfigurations();
    }

    @Test
    void createRejectsSvmThatDoesNotExist() {
        assertError(api().body(svmBody("vs9")).post(PATH).then(), 400, "2621462", "svm.name");
        Map<String, Object> body = svmBody(Inventory.VS0);
        body.put("svm", Map.of("uuid", "00000000-0000-0000-0000-000000000000"));
        assertError(api().body(body).post(PATH).then(), 400, "2621462", "svm.uuid");
        body.put("svm", Map.of("uuid", Inventory.VS0_UUID, "name", Inventory.VS1));
        assertError(api().body(body).post(PATH).then(), 400, "262186", "svm.name");
        assertNoConfigurations();
    }

    @Test
    void createRejectsSecondKeyManagerForSameSvm() {
        String first = create(svmBody(Inventory.VS0));
        assertError(api().body(with(svmBody(Inventory.VS0), "key_id", OTHER_KEY_ID)).post(PATH).then(), 409,
                AzureKeyVaultService.KEY_MANAGER_EXISTS, "svm")
                .body("error.message", equalTo("A key manager has already been configured for this SVM."));
        assertEquals(List.of(first), uuids());
        assertEquals(KEY_ID, record(first, null).getString("key_id"));
    }

    @Test
    void createAllowsOneKeyManagerPerSvmAndOneForTheCluster() {
        create(svmBody(Inventory.VS0));
        create(svmBody(Inventory.VS1));
        create(clusterBody());
        assertEquals(3, uuids().size());
        assertError(api().body(clusterBody()).post(PATH).then(), 409, AzureKeyVaultService.KEY_MANAGER_EXISTS,
                null);
        assertEquals(3, uuids().size());
    }

    @Test
    void createRejectsSvmWhoseKeyManagerIsOfAnotherFamily() {
        Map<String, Object> aws = new java.util.LinkedHashMap<>();
        aws.put("svm", Map.of("name", Inventory.VS1));
        aws.put("region", "us-east-1");
        aws.put("key_id", "kmip-aws");
        aws.put("access_key_id", "AK7ATC35ZXU6GKUDQURT");
        aws.put("secret_access_key", Secrets.secret("aws"));
        api().body(aws).post("/api/security/aws-kms").then().statusCode(201);
        assertError(api().body(svmBody(Inventory.VS1)).post(PATH).then(), 409,
                AzureKeyVaultService.KEY_MANAGER_EXISTS, "svm");
        assertNoConfigurations();
        String uuid = createInactive(svmBody(Inventory.VS1), "standby");
        assertEquals(List.of(uuid), uuids());
        api().body(aws).post("/api/security/aws-kms").then().statusCode(409);
    }

    @Test
    void createRefusesReadOnlyAndUnknownFields() {
        assertError(api().body(with(svmBody(Inventory.VS0), "uuid", "x")).post(PATH).then(), 400, "262179", "uuid");
        assertError(api().body(with(svmBody(Inventory.VS0), "enabled", false)).post(PATH).then(), 400, "262179",
                "enabled");
        assertError(api().body(with(svmBody(Inventory.VS0), "colour", "blue")).post(PATH).then(), 400, "262179",
                "colour");
        assertNoConfigurations();
    }

    @Test
    void concurrentCreatesForOneSvmLeaveOneConfiguration() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> creates = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                creates.add(() -> api().body(svmBody(Inventory.VS0)).post(PATH + "?return_timeout=30")
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(creates)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, uuids().size());
    }
}

package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.control.ProviderStatesTest.setup;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A pipeline's set-up: consumers' own state names mapped by an alias file, and the state endpoint open without
 * credentials.
 */
@QuarkusTest
@TestProfile(ProviderStateAliasesTest.PactPipeline.class)
class ProviderStateAliasesTest extends OntapTest {

    public static class PactPipeline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ontap-mock.pact.state-aliases", "src/test/resources/pact/state-aliases.yaml",
                    "ontap-mock.pact.open-provider-states", "true");
        }
    }

    @Test
    void aliasNameStandsForItsState() {
        String uuid = setup("an external key manager exists at cluster scope", Map.of()).statusCode(200)
                .extract().path("uuid");
        api().get("/api/security/key-managers/" + uuid).then().statusCode(200).body("scope", equalTo("cluster"));
    }

    @Test
    void aliasMayNameACatalogueStateWithItsPlaceholdersFilled() {
        setup(ProviderStateCatalogue.AWS_KMS, Map.of()).statusCode(200);
        setup("no aws kms is configured", Map.of()).statusCode(200).body("svm_name", equalTo("vs0"));
        api().get("/api/security/aws-kms").then().body("num_records", equalTo(0));
    }

    @Test
    void aliasGivesItsFixedParameters() {
        String uuid = setup("the vault is standing by", Map.of()).statusCode(200).extract().path("uuid");
        api().get("/api/security/azure-key-vaults/" + uuid + "?fields=enabled,svm").then()
                .body("enabled", equalTo(false)).body("svm.name", equalTo("vs1"));
    }

    @Test
    void patternGroupsBecomeParametersBesideTheFixedOnes() {
        String uuid = setup("an AWS KMS for vs1 in eu-central-1", Map.of()).statusCode(200)
                .body("svm_name", equalTo("vs1")).extract().path("uuid");
        api().get("/api/security/aws-kms/" + uuid).then().body("region", equalTo("eu-central-1"))
                .body("key_id", equalTo("alias-key"));
        setup("the cluster is on 9.14.1", Map.of()).statusCode(200).body("version", equalTo("9.14.1"));
    }

    @Test
    void interactionParametersWinOverTheAliasOnes() {
        setup("an AWS KMS for vs1 in eu-central-1", Map.of("key_id", "pact-key", "uuid",
                ProviderStatesTest.UUID_1)).statusCode(200);
        api().get("/api/security/aws-kms/" + ProviderStatesTest.UUID_1).then().body("key_id", equalTo("pact-key"));
    }

    @Test
    void catalogueListsTheAliases() {
        control().get("/_mock/provider-states").then().statusCode(200)
                .body("aliases.name", hasItems("no aws kms is configured", "an AWS KMS exists"))
                .body("aliases.find { it.pattern != null && it.state == 'an AWS KMS configuration exists' }"
                        + ".params.key_id", equalTo("alias-key"));
    }

    @Test
    void aSecretAnAliasFixesIsUsedButListedMasked() {
        control().get("/_mock/provider-states").then().statusCode(200)
                .body("aliases.find { it.name == 'the cluster keeps its keys onboard' }.params.passphrase",
                        equalTo("********"))
                .body(not(containsString("alias-file-passphrase")));
        String uuid = setup("the cluster keeps its keys onboard", Map.of()).statusCode(200).extract().path("uuid");
        api().body(Map.of("onboard", Map.of("existing_passphrase", "alias-file-passphrase-0123456789abcdef",
                "passphrase", "another-passphrase-of-thirty-two-characters"))).patch("/api/security/key-managers/"
                        + uuid).then().statusCode(200);
    }

    @Test
    void openStateEndpointTakesRequestsWithoutCredentialsButTheRestOfControlDoesNot() {
        given().contentType("application/json").body(Map.of("state", "the cluster runs ONTAP 9.13.1"))
                .post("/_mock/provider-states").then().statusCode(200).body("version", equalTo("9.13.1"));
        given().get("/_mock/provider-states").then().statusCode(200);
        given().post("/_mock/reset").then().statusCode(401);
        given().get("/api/cluster").then().statusCode(401);
    }
}

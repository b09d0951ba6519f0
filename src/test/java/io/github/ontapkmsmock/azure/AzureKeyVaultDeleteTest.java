package io.github.ontapkmsmock.azure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.Jobs;
import io.quarkus.test.junit.QuarkusTest;

/** DELETE /api/security/azure-key-vaults/{uuid} (003:2558-2757). */
@QuarkusTest
class AzureKeyVaultDeleteTest extends AzureKeyVaultFixtures {

    /** NetApp's Python library sends the empty object {@code {}} with every DELETE: no body, for ONTAP. */
    @Test
    void deleteWithAnEmptyJsonObjectBodyDeletes() {
        create(svmBody(Inventory.VS0));
        String uuid = create(svmBody(Inventory.VS1));
        api().body("{}").delete(PATH + "/" + uuid + "?return_timeout=10").then().statusCode(200)
                .body("job.uuid", notNullValue());
        assertEquals(1, uuids().size());
    }

    @Test
    void deleteRunsAsJobThenTheConfigurationIsGone() {
        String uuid = create(svmBody(Inventory.VS0));
        String job = api().delete(PATH + "/" + uuid).then().statusCode(202).body("job.uuid", notNullValue())
                .extract().jsonPath().getString("job._links.self.href");
        assertEquals("success", Jobs.awaitJob(job).getString("state"));
        assertError(api().get(PATH + "/" + uuid).then(), 404, "4", "uuid")
                .body("error.message", equalTo("entry doesn't exist"));
        assertNoConfigurations();
    }

    @Test
    void deleteWithinReturnTimeoutAnswers200AndFreesTheSvm() {
        String uuid = create(svmBody(Inventory.VS0));
        String other = create(svmBody(Inventory.VS1));
        api().delete(PATH + "/" + uuid + "?return_timeout=10").then().statusCode(200);
        assertEquals(List.of(other), uuids());
        String again = create(svmBody(Inventory.VS0));
        assertEquals(List.of(other, again), uuids());
    }

    @Test
    void deleteOfUnknownUuidIsNotFound() {
        String uuid = create(svmBody(Inventory.VS0));
        assertError(api().delete(PATH + "/00000000-0000-0000-0000-000000000000").then(), 404, "4", "uuid");
        api().delete(PATH + "/" + uuid + "?return_timeout=10").then().statusCode(200);
        assertError(api().delete(PATH + "/" + uuid).then(), 404, "4", "uuid");
    }

    @Test
    void deleteRefusesABody() {
        String uuid = create(svmBody(Inventory.VS0));
        api().body("{\"force\": true}").delete(PATH + "/" + uuid).then().statusCode(400)
                .body("error.code", equalTo("262198"));
        assertEquals(List.of(uuid), uuids());
    }
}

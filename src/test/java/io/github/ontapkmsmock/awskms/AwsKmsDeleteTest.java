package io.github.ontapkmsmock.awskms;

import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.PATH;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.count;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.create;
import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.get;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** DELETE /api/security/aws-kms/{uuid} (000 l.1262-1301). */
@QuarkusTest
class AwsKmsDeleteTest extends OntapTest {

    /** NetApp's Python library sends the empty object {@code {}} with every DELETE: no body, for ONTAP. */
    @Test
    void deleteWithAnEmptyJsonObjectBodyDeletes() {
        String uuid = create(Inventory.VS0);
        api().body("{}").delete(PATH + "/" + uuid).then().statusCode(200).body(equalTo("{}"));
        assertEquals(0, count());
    }

    @Test
    void deleteRemovesTheConfiguration() {
        String uuid = create(Inventory.VS0);
        String other = create(Inventory.VS1);

        api().delete(PATH + "/" + uuid).then().statusCode(200).body(equalTo("{}"));

        api().get(PATH + "/" + uuid).then().statusCode(404)
                .body("error.code", equalTo("4"))
                .body("error.target", equalTo("uuid"));
        assertEquals(1, count());
        assertEquals(Inventory.VS1, get(other).getString("svm.name"));
    }

    @Test
    void deleteLetsTheSvmTakeANewKeyManager() {
        String uuid = create(Inventory.VS0);
        api().delete(PATH + "/" + uuid).then().statusCode(200);

        String again = create(Inventory.VS0);

        assertNotEquals(uuid, again);
        assertEquals(Inventory.VS0_UUID, get(again).getString("svm.uuid"));
    }

    @Test
    void deleteOfAnUnknownUuidAnswers404Code4() {
        create(Inventory.VS0);

        api().delete(PATH + "/6b6a3f1e-0000-0000-0000-000000000000").then().statusCode(404)
                .body("error.code", equalTo("4"))
                .body("error.target", equalTo("uuid"));
        assertEquals(1, count());
    }

    @Test
    void deleteTwiceAnswers404TheSecondTime() {
        String uuid = create(Inventory.VS0);
        api().delete(PATH + "/" + uuid).then().statusCode(200);

        api().delete(PATH + "/" + uuid).then().statusCode(404).body("error.code", equalTo("4"));
        assertEquals(0, count());
    }

    @Test
    void deleteWithABodyIsRefusedAndDeletesNothing() {
        String uuid = create(Inventory.VS0);

        api().body(Map.of("force", true)).delete(PATH + "/" + uuid).then().statusCode(400)
                .body("error.code", equalTo("262198"));
        assertEquals(1, count());
    }
}

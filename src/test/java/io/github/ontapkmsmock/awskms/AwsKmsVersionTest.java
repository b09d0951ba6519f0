package io.github.ontapkmsmock.awskms;

import static io.github.ontapkmsmock.awskms.AwsKmsFixtures.PATH;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.version.EmulatedVersion;
import io.github.ontapkmsmock.ontap.version.OntapRelease;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** AWS KMS is "Introduced In: 9.12" (000 l.291 and every operation): an older cluster has none of its paths. */
@QuarkusTest
class AwsKmsVersionTest extends OntapTest {

    @Inject
    EmulatedVersion version;

    @AfterEach
    void backToTheConfiguredRelease() {
        version.reset();
    }

    @Test
    void anOntapOlderThan912HasNoAwsKms() {
        String uuid = AwsKmsFixtures.create(Inventory.VS0);
        version.set(OntapRelease.parse("9.11.1"));

        api().get(PATH).then().statusCode(404).body("error.code", equalTo("4"));
        api().body(AwsKmsFixtures.requiredBody(Inventory.VS1)).post(PATH).then().statusCode(404)
                .body("error.code", equalTo("4"));
        api().get(PATH + "/" + uuid).then().statusCode(404).body("error.code", equalTo("4"));
        api().body(Map.of("region", "eu-west-1")).patch(PATH + "/" + uuid).then().statusCode(404);
        api().delete(PATH + "/" + uuid).then().statusCode(404);
        api().body(Map.of("key_id", "key01")).post(PATH + "/" + uuid + "/rekey-external").then().statusCode(404);
        api().post(PATH + "/" + uuid + "/rekey-internal").then().statusCode(404);
        api().post(PATH + "/" + uuid + "/restore").then().statusCode(404);
        api().body(Map.of("region", "eu-west-1")).patch(PATH + "?uuid=*").then().statusCode(404);
        api().delete(PATH + "?uuid=*").then().statusCode(404);

        version.reset();
        assertEquals(1, AwsKmsFixtures.count());
    }

    @Test
    void ontap912HasAwsKms() {
        version.set(OntapRelease.parse("9.12.1"));

        AwsKmsFixtures.create(Inventory.VS0);

        api().get(PATH).then().statusCode(200).body("num_records", equalTo(1));
    }
}

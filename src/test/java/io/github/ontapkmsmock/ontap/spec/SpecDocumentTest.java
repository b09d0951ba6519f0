package io.github.ontapkmsmock.ontap.spec;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** {@code /q/openapi}, which Swagger UI reads: the hand-written spec as it is, YAML or JSON, with no credentials. */
@QuarkusTest
class SpecDocumentTest extends OntapTest {

    private static final Path SPEC = Path.of("openapi/ontap-security.yaml");

    @Test
    void servesTheHandWrittenSpecByteForByte() throws IOException {
        byte[] served = given().get(SpecDocument.PATH).then().statusCode(200)
                .contentType(startsWith("application/yaml")).extract().asByteArray();
        assertArrayEquals(Files.readAllBytes(SPEC), served);
        given().get(SpecDocument.PATH + ".yaml").then().statusCode(200).contentType(startsWith("application/yaml"));
    }

    @Test
    void servesTheSameTreeAsJsonWhenAskedFor() throws IOException {
        JsonNode written = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
        for (RequestSpecification request : List.of(given().queryParam("format", "json"),
                given().accept("application/json"))) {
            byte[] served = request.get(SpecDocument.PATH).then().statusCode(200)
                    .contentType(startsWith("application/json")).extract().asByteArray();
            assertEquals(written, new ObjectMapper().readTree(served));
        }
        given().get(SpecDocument.PATH + ".json").then().statusCode(200).contentType(startsWith("application/json"))
                .body("openapi", equalTo(written.path("openapi").asText()));
    }

    @Test
    void swaggerUiShowsIt() {
        given().redirects().follow(true).get("/q/swagger-ui/").then().statusCode(200);
    }
}

package bench.floor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The floor: one endpoint answering the mock's JSON for one AWS KMS record, serialised by Jackson per request, as
 * application/hal+json (what the benchmark asks for, as ONTAP clients do) or application/json.
 */
@Path("/api/security/aws-kms/{uuid}")
public class RecordResource {

    private static final JsonNode RECORD = read();

    @GET
    @Produces({"application/hal+json", MediaType.APPLICATION_JSON})
    public JsonNode get(@PathParam("uuid") String uuid) {
        return RECORD;
    }

    private static JsonNode read() {
        try (InputStream in = RecordResource.class.getResourceAsStream("/record.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

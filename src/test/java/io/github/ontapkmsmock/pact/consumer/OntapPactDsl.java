package io.github.ontapkmsmock.pact.consumer;

import java.util.Map;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;

/** What the three consumers' pacts share: the provider, the answers' media type, ONTAP's error and job shapes. */
final class OntapPactDsl {

    static final String PROVIDER = "ontap-kms-mock";
    static final String UUID_PATTERN = "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}";

    private OntapPactDsl() {
    }

    /** A JSON answer: ONTAP answers {@code application/hal+json}, any of its parameters accepted. */
    static PactDslResponse json(PactDslResponse response, DslPart body) {
        return response.headers(Map.of("Content-Type", "application/hal+json"))
                .matchHeader("Content-Type", "application/(hal\\+)?json.*", "application/hal+json").body(body);
    }

    /** A poll of a finished job (the state {@code a job exists} with these parameters) answering this body. */
    static PactDslResponse jobPoll(PactDslResponse after, String description, Map<String, Object> job, DslPart body) {
        return json(after.given("a job exists", job).uponReceiving(description).path("/api/cluster/jobs/" + job.get(
                "uuid")).method("GET").willRespondWith().status(200), body);
    }

    /** ONTAP's error envelope with this code (a JSON string, as ONTAP writes it). */
    static DslPart error(String code) {
        return new PactDslJsonBody().object("error").stringValue("code", code).stringType("message",
                "an ONTAP message").closeObject();
    }

    /** The answer of an asynchronous operation: the job and its link, whatever its UUID. */
    static DslPart job(String exampleUuid) {
        return new PactDslJsonBody().object("job").stringMatcher("uuid", UUID_PATTERN, exampleUuid).object("_links")
                .object("self").stringMatcher("href", "/api/cluster/jobs/" + UUID_PATTERN,
                        "/api/cluster/jobs/" + exampleUuid)
                .closeObject().closeObject().closeObject();
    }
}

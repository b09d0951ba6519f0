package io.github.ontapkmsmock.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Fails any request of the test run whose answer is not as ONTAP's clients expect it: every answer of
 * {@code /api} and {@code /_mock} but HEAD has a body (NetApp: always JSON, {@code {}} where there is no data), and
 * every {@code /api} answer has ONTAP's Content-Type form, success and error alike.
 */
public final class OntapAnswerFilter implements Filter {

    private static final Set<String> CONTENT_TYPES = Set.of("application/hal+json", "application/json");

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext ctx) {
        Response answer = ctx.next(request, response);
        String path = request.getURI().replaceFirst("^[a-z]+://[^/]+", "");
        boolean api = path.startsWith("/api/") || path.equals("/api");
        if (!api && !path.startsWith("/_mock/") || "HEAD".equals(request.getMethod())) {
            return answer;
        }
        String what = request.getMethod() + " " + path + " answered " + answer.getStatusCode();
        assertFalse(answer.getBody().asString().isEmpty(), () -> what + " without a body");
        if (api) {
            assertTrue(CONTENT_TYPES.contains(answer.getContentType()),
                    () -> what + " with Content-Type " + answer.getContentType());
        }
        return answer;
    }
}

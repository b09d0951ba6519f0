package io.github.ontapkmsmock.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Fails any request whose response contains a secret: every secret the tests send carries {@link #MARKER} (see
 * {@link Secrets}), so a secret echoed anywhere in any response of the run is caught.
 */
public final class SecretLeakFilter implements Filter {

    public static final String MARKER = "S3cr3t";

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext ctx) {
        Response answer = ctx.next(request, response);
        String body = answer.getBody().asString();
        assertFalse(body != null && body.contains(MARKER),
                () -> request.getMethod() + " " + request.getURI() + " answered with a secret: " + body);
        answer.getHeaders().forEach(h -> assertFalse(h.getValue().contains(MARKER),
                () -> "header " + h.getName() + " carries a secret"));
        return answer;
    }
}

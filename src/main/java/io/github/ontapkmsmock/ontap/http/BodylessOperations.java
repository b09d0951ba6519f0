package io.github.ontapkmsmock.ontap.http;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;

/**
 * The operations that take no request body: those whose spec has no {@code requestBody} (every GET and DELETE, and
 * actions such as rekey-internal and restore). ONTAP refuses a body there with {@code 262198}; the empty object
 * {@code {}} and whitespace count as none (NetApp's Python library sends {@code {}} with every DELETE).
 */
@ApplicationScoped
public class BodylessOperations {

    private final OntapSpec spec;
    private final Set<String> bodyless;

    @Inject
    public BodylessOperations(OntapSpec spec) {
        this.spec = spec;
        this.bodyless = spec.operations().stream().filter(op -> !spec.node(op).has("requestBody"))
                .map(SpecOperation::operationId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean takesNoBody(SpecOperation op) {
        return bodyless.contains(op.operationId());
    }

    /** For the HTTP layer, before the REST layer resolves the operation; HEAD is a GET. */
    boolean takesNoBody(String method, String path) {
        return "HEAD".equals(method) || spec.match(method, path).map(this::takesNoBody).orElse(false);
    }
}

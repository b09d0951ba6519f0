package io.github.ontapkmsmock.ontap.spec;

import java.util.Optional;

/** A request body that breaks a rule of the spec's schema, or none where the operation requires one. */
public final class RequestBodyRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SchemaRules.Violation violation;

    RequestBodyRefused(SchemaRules.Violation violation) {
        super(null, null, false, false);
        this.violation = violation;
    }

    /** The first rule the body breaks; none when the body is missing. */
    public Optional<SchemaRules.Violation> violation() {
        return Optional.ofNullable(violation);
    }
}

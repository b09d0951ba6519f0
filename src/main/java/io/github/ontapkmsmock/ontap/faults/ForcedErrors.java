package io.github.ontapkmsmock.ontap.faults;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.ontap.errors.ErrorCatalogue;
import io.github.ontapkmsmock.ontap.errors.OntapError;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;

/**
 * Which codes a fault may force on an operation: those the catalogue documents for it (its own codes, and ONTAP's
 * common ones). Any other code is refused by the mock with the list of the operation's codes.
 */
@ApplicationScoped
public class ForcedErrors {

    private final ErrorCatalogue catalogue;

    @Inject
    public ForcedErrors(ErrorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The documented entry for the code.
     *
     * @param source the header or field that asked for it (the target of the refusal)
     */
    public OntapError documented(SpecOperation operation, String code, String source) {
        String given = code == null ? "" : code.trim();
        return catalogue.documentedFor(operation, given).orElseThrow(() -> MockErrors.refused(source,
                "error code \"" + given + "\" is not documented for " + describe(operation) + ". " + codesOf(operation)));
    }

    public boolean isDocumented(SpecOperation operation, String code) {
        return catalogue.documentedFor(operation, code).isPresent();
    }

    /** The sentence listing an operation's documented codes, for the mock's refusals. */
    public String codesOf(SpecOperation operation) {
        String own = operation.errors().stream().map(OntapError::code).collect(Collectors.joining(", "));
        String common = String.join(", ", catalogue.common().keySet());
        return (own.isEmpty() ? "It documents no codes of its own" : "Its documented codes: " + own)
                + "; ONTAP's common codes: " + common + ".";
    }

    public static String describe(SpecOperation operation) {
        return operation.operationId() + " (" + operation.method() + " " + operation.pathTemplate() + ")";
    }
}

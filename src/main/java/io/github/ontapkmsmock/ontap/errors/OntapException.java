package io.github.ontapkmsmock.ontap.errors;

import java.util.List;
import java.util.Optional;

/**
 * The one exception the mock raises for an ONTAP error. It carries the code; the message and HTTP status come from
 * the {@link ErrorCatalogue} for the operation being served, unless the code's text depends on the request (then
 * {@link #withMessage(String)} gives ONTAP's runtime text).
 */
public final class OntapException extends RuntimeException {

    private final String code;
    private final String explicitMessage;
    private final String target;
    private final List<ErrorArgument> arguments;
    private final Integer status;

    private OntapException(String code, String explicitMessage, String target, List<ErrorArgument> arguments,
            Integer status) {
        super(code + (explicitMessage == null ? "" : ": " + explicitMessage), null, false, false);
        this.code = code;
        this.explicitMessage = explicitMessage;
        this.target = target;
        this.arguments = List.copyOf(arguments);
        this.status = status;
    }

    /** An error whose text and status are those the catalogue documents for this code. */
    public static OntapException documented(String code) {
        return new OntapException(code, null, null, List.of(), null);
    }

    public static OntapException of(OntapError error) {
        return new OntapException(error.code(), error.message(), null, List.of(), error.status());
    }

    public OntapException withMessage(String message) {
        return new OntapException(code, message, target, arguments, status);
    }

    public OntapException withTarget(String newTarget) {
        return new OntapException(code, explicitMessage, newTarget, arguments, status);
    }

    public OntapException withStatus(int newStatus) {
        return new OntapException(code, explicitMessage, target, arguments, newStatus);
    }

    public OntapException withArguments(List<ErrorArgument> newArguments) {
        return new OntapException(code, explicitMessage, target, newArguments, status);
    }

    public String code() {
        return code;
    }

    public Optional<String> explicitMessage() {
        return Optional.ofNullable(explicitMessage);
    }

    public Optional<String> target() {
        return Optional.ofNullable(target);
    }

    public List<ErrorArgument> arguments() {
        return arguments;
    }

    public Optional<Integer> status() {
        return Optional.ofNullable(status);
    }

    public record ErrorArgument(String code, String message) {
    }
}

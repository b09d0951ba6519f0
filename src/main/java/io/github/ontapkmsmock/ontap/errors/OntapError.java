package io.github.ontapkmsmock.ontap.errors;

/**
 * An ONTAP error code as the spec documents it.
 *
 * @param message the text ONTAP answers with: its runtime text where that differs from the documented one
 * @param documentedMessage the text of the NetApp page's error table
 */
public record OntapError(String code, String message, String documentedMessage, int status) {

    public OntapError {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("an ONTAP error needs a code");
        }
    }
}

package io.github.ontapkmsmock.ontap.faults;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;

/**
 * Errors of the mock itself (a fault header or control request it cannot follow), in ONTAP's envelope but clearly
 * labelled, so that nobody takes them for an answer of ONTAP.
 */
public final class MockErrors {

    public static final String PREFIX = "ontap-kms-mock: ";

    private MockErrors() {
    }

    /** A value the mock refuses (400, ONTAP's "invalid value" code), naming the header or field at fault. */
    public static OntapException refused(String target, String message) {
        return OntapException.documented(CommonErrors.INVALID_VALUE).withStatus(400)
                .withMessage(PREFIX + message).withTarget(target);
    }

    /** Values the mock cannot follow together (400, ONTAP's "invalid combination" code). */
    public static OntapException combination(String target, String message) {
        return OntapException.documented(CommonErrors.INVALID_COMBINATION).withStatus(400)
                .withMessage(PREFIX + message).withTarget(target);
    }

    /**
     * The mock holds as many of something as its configuration allows (code "8", resource in use): the message
     * names the limit and the setting that raises it.
     */
    public static OntapException limitReached(int status, String target, String message, String setting) {
        return OntapException.documented(CommonErrors.RESOURCE_IN_USE).withStatus(status)
                .withMessage(PREFIX + message + " (setting " + setting + ").").withTarget(target);
    }

    /** A control resource that does not exist (404, code "4"). */
    public static OntapException notFound(String target, String message) {
        return OntapException.documented(CommonErrors.ENTRY_DOES_NOT_EXIST).withStatus(404)
                .withMessage(PREFIX + message).withTarget(target);
    }
}

package io.github.ontapkmsmock.ontap.errors;

/**
 * ONTAP's common error codes (the spec's {@code x-ontap-common-errors}) and the texts the mock answers them with for
 * generic input errors. Family-specific codes are constants of each family, documented in the spec per operation.
 */
public final class CommonErrors {

    public static final String ENTRY_EXISTS = "1";
    public static final String INVALID_FIELD = "2";
    public static final String OPERATION_NOT_SUPPORTED = "3";
    public static final String ENTRY_DOES_NOT_EXIST = "4";
    public static final String PERMISSION_DENIED = "6";
    public static final String RESOURCE_IN_USE = "8";
    public static final String MISSING_VALUE = "262177";
    public static final String UNEXPECTED_ARGUMENT = "262179";
    public static final String INVALID_VALUE = "262185";
    public static final String INVALID_COMBINATION = "262186";
    public static final String FIELD_GIVEN_TWICE = "262188";
    public static final String INVALID_FIELD_VALUE = "262197";
    public static final String BODY_NOT_ALLOWED = "262198";
    public static final String INVALID_JSON = "262199";
    public static final String RPC_FAILURE = "65541";
    /** Not on the seed pages: the code ONTAP answers for an SVM that does not exist (what ONTAP clients expect). */
    public static final String SVM_DOES_NOT_EXIST = "2621462";

    private CommonErrors() {
    }

    /** The addressed record does not exist: 404, code "4", as ONTAP answers an unknown key. */
    public static OntapException notFound(String target) {
        return OntapException.documented(ENTRY_DOES_NOT_EXIST).withStatus(404)
                .withMessage("entry doesn't exist").withTarget(target);
    }

    /** A request names an SVM the cluster does not have: {@code SVM "vs9" does not exist.} */
    public static OntapException svmDoesNotExist(String svm, String target) {
        return OntapException.documented(SVM_DOES_NOT_EXIST).withStatus(400)
                .withMessage("SVM \"" + svm + "\" does not exist.").withTarget(target);
    }

    public static OntapException unexpectedArgument(String field) {
        return OntapException.documented(UNEXPECTED_ARGUMENT).withStatus(400)
                .withMessage("Unexpected argument \"" + field + "\".").withTarget(field);
    }

    /** A known field that this operation does not accept (a read-only field, or one PATCH cannot change). */
    public static OntapException cannotBeSet(String field) {
        return OntapException.documented(UNEXPECTED_ARGUMENT).withStatus(400)
                .withMessage("Field \"" + field + "\" cannot be set in this operation.").withTarget(field);
    }

    public static OntapException missingField(String field) {
        return OntapException.documented(MISSING_VALUE).withStatus(400)
                .withMessage("Missing value for \"" + field + "\": the field is required.").withTarget(field);
    }

    public static OntapException invalidValue(String field, String reason) {
        return OntapException.documented(INVALID_FIELD_VALUE).withStatus(400)
                .withMessage("Invalid value for field \"" + field + "\": " + reason + ".").withTarget(field);
    }

    public static OntapException givenTwice(String field) {
        return OntapException.documented(FIELD_GIVEN_TWICE).withStatus(400)
                .withMessage("Field \"" + field + "\" was specified more than once.").withTarget(field);
    }

    public static OntapException invalidCombination(String message, String target) {
        return OntapException.documented(INVALID_COMBINATION).withStatus(400).withMessage(message).withTarget(target);
    }
}

package io.github.ontapkmsmock.attack;

import java.util.Arrays;
import java.util.List;

import io.github.ontapkmsmock.attack.AttackCase.Expectation;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;

/** The answers the classes of attack require, with ONTAP's codes (agreed between the branches of issue 11). */
final class Expectations {

    /** ONTAP's common codes, which apply to every operation. */
    private static final List<String> COMMON = List.copyOf(AttackSurface.SPEC.commonErrors().keySet());

    private Expectations() {
    }

    /** This status and one of these codes. */
    static Expectation code(int status, String... codes) {
        List<String> allowed = Arrays.asList(codes);
        return (s, c) -> s == status && allowed.contains(c) ? null : status + " with code " + allowed;
    }

    /** A property of the wrong type, or a value no field of that type holds: 400, code 262197. */
    static Expectation invalidFieldValue() {
        return code(400, CommonErrors.INVALID_FIELD_VALUE);
    }

    /** Unparseable JSON, or data after the JSON value: 400, code 262199. */
    static Expectation invalidJson() {
        return code(400, CommonErrors.INVALID_JSON);
    }

    /** A body on an operation that takes none: 400, code 262198. */
    static Expectation bodyNotAllowed() {
        return code(400, CommonErrors.BODY_NOT_ALLOWED);
    }

    /** A field the operation does not take (unknown, or read-only): 400, code 262179. */
    static Expectation unexpectedArgument() {
        return code(400, CommonErrors.UNEXPECTED_ARGUMENT);
    }

    /** A parameter given twice: 400, code 262188. */
    static Expectation givenTwice() {
        return code(400, CommonErrors.FIELD_GIVEN_TWICE);
    }

    /** A refusal with a code the operation documents or one of ONTAP's common codes, with a 4xx status. */
    static Expectation refused(SpecOperation op) {
        return (s, c) -> s >= 400 && s < 500 && c != null
                && (COMMON.contains(c) || op.documented(c).isPresent()) ? null
                        : "a 4xx with a code documented for " + op.operationId() + " or common";
    }

    /**
     * A path key that names no record: 404 code "4", or 404 or 400 with a code the operation documents (some pages
     * document their own "not configured" code) or a common one.
     */
    static Expectation noSuchRecord(SpecOperation op) {
        Expectation refused = refused(op);
        return (s, c) -> (s == 404 || s == 400) && refused.mismatch(s, c) == null ? null
                : "404 code \"4\", or 404 or 400 with a code documented for " + op.operationId() + " or common";
    }

    /** A refusal of the HTTP layer in ONTAP's envelope: this status and one of ONTAP's common codes. */
    static Expectation httpLayer(int status) {
        return (s, c) -> s == status && COMMON.contains(c) ? null : status + " in ONTAP's envelope";
    }
}

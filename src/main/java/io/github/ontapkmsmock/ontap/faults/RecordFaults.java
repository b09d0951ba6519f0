package io.github.ontapkmsmock.ontap.faults;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;

/**
 * The fault rules a record of a query-based PATCH or DELETE meets. ONTAP performs such a request as the PATCH or
 * DELETE of each selected record, one after the other; a rule for the instance operation ({@code DELETE
 * /api/security/aws-kms/<uuid>}, or its {@code operation_id}) fails that record as it would fail the instance
 * request, so a test can make one record of several refuse. Only rules forcing an error code apply here.
 */
@ApplicationScoped
public class RecordFaults {

    private final FaultRules rules;
    private final ForcedErrors forced;
    private final OntapSpec spec;
    private final EmulatedVersion version;

    @Inject
    public RecordFaults(FaultRules rules, ForcedErrors forced, OntapSpec spec, EmulatedVersion version) {
        this.rules = rules;
        this.forced = forced;
        this.spec = spec;
        this.version = version;
    }

    /** Throws the error a rule forces on this instance request, if one fires. */
    public void check(String method, String instancePath) {
        spec.match(method, instancePath).filter(op -> version.has(op.introduced()))
                .ifPresent(op -> rules.fireError(method, instancePath, op).ifPresent(rule -> {
                    OntapException e = OntapException.of(forced.documented(op, rule.code().orElseThrow(), "code"));
                    throw rule.target().map(e::withTarget).orElse(e);
                }));
    }
}

package io.github.ontapkmsmock.ontap.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;

/**
 * Every documented ONTAP error code per operation, with its message and HTTP status, read from the spec's
 * {@code x-ontap-errors} and {@code x-ontap-common-errors}. Nothing about error codes is written in Java twice.
 */
@ApplicationScoped
public class ErrorCatalogue {

    private static final int FALLBACK_STATUS = 400;

    private final OntapSpec spec;

    @Inject
    public ErrorCatalogue(OntapSpec spec) {
        this.spec = spec;
    }

    /** The documented codes of each operation, by operation id, in spec order. */
    public Map<String, List<OntapError>> byOperation() {
        Map<String, List<OntapError>> result = new LinkedHashMap<>();
        spec.operations().forEach(op -> result.put(op.operationId(), op.errors()));
        return result;
    }

    public Map<String, OntapError> common() {
        return spec.commonErrors();
    }

    /**
     * What ONTAP answers for a code raised while serving an operation: the operation's own entry, else the common
     * one, else the entry of another operation of the spec that documents the code.
     */
    public OntapError resolve(Optional<SpecOperation> operation, String code) {
        return operation.flatMap(op -> op.documented(code))
                .or(() -> Optional.ofNullable(spec.commonErrors().get(code)))
                .or(() -> spec.operations().stream().flatMap(op -> op.errors().stream())
                        .filter(e -> e.code().equals(code)).findFirst())
                .orElseGet(() -> new OntapError(code, "Error " + code, "Error " + code, FALLBACK_STATUS));
    }

    /**
     * The entry of a code documented for this operation: one of its own {@code x-ontap-errors}, else one of ONTAP's
     * common codes (which apply to every operation). Empty when neither documents it.
     */
    public Optional<OntapError> documentedFor(SpecOperation operation, String code) {
        return operation.documented(code).or(() -> Optional.ofNullable(spec.commonErrors().get(code)));
    }

    /** True when some operation of the spec documents this code. */
    public boolean isDocumented(String code) {
        return spec.operations().stream().anyMatch(op -> op.documented(code).isPresent());
    }
}

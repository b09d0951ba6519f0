package io.github.ontapkmsmock.ontap.spec;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The constraints of both specs, the ONTAP API's and the control API's, for whoever checks a body or a record against
 * them. The control API's spec is read when first needed (no control request, no cost at start).
 */
@Singleton
public class SpecSchemas {

    private final OntapSpec ontap;
    private volatile OntapSpec control;

    @Inject
    public SpecSchemas(OntapSpec ontap) {
        this.ontap = ontap;
    }

    public OntapSpec ontap() {
        return ontap;
    }

    public OntapSpec control() {
        OntapSpec read = control;
        if (read == null) {
            synchronized (this) {
                if (control == null) {
                    control = OntapSpec.load(OntapSpec.CONTROL_PREPARED);
                }
                read = control;
            }
        }
        return read;
    }

    /** The spec that serves a request path: the control API's for {@code /_mock}, else the ONTAP API's. */
    public OntapSpec forPath(String path) {
        return path.startsWith("/_mock") ? control() : ontap;
    }

    /** The rules of the spec a generated model class was made from (its package tells which). */
    public SchemaRules rulesFor(Class<?> model) {
        return model.getPackageName().contains(".control.") ? control().rules() : ontap.rules();
    }
}

package io.github.ontapkmsmock.ontap.spec;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Reads the spec once for the whole application. */
public class SpecProducer {

    @Produces
    @Singleton
    OntapSpec spec() {
        return OntapSpec.load();
    }
}

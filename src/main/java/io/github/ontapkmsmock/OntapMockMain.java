package io.github.ontapkmsmock;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the mock. Before Quarkus starts Vert.x, it turns off Vert.x's URI validation, which answers a bare 400 to
 * raw {@code | < > { }} in a query string (as {@code curl 'https://.../api/...?type=client|server_ca'} sends them):
 * ONTAP reads them like their percent-encoded forms, and so does the mock ({@code ontap.http.OntapHttpLayer}
 * refuses what cannot be decoded, in ONTAP's envelope). The tests set the same property in the build.
 */
@QuarkusMain
public final class OntapMockMain {

    static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

    private OntapMockMain() {
    }

    public static void main(String... args) {
        if (System.getProperty(DISABLE_URI_VALIDATION) == null) {
            System.setProperty(DISABLE_URI_VALIDATION, "true");
        }
        Quarkus.run(args);
    }
}

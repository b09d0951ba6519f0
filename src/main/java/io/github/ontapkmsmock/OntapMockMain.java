package io.github.ontapkmsmock;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the mock. Before Quarkus starts Vert.x, it turns off Vert.x's URI validation, which answers a bare 400 to
 * raw {@code | < > { }} in a query string (as {@code curl 'https://.../api/...?type=client|server_ca'} sends them):
 * ONTAP reads them like their percent-encoded forms, and so does the mock ({@code ontap.http.OntapHttpLayer}
 * refuses what cannot be decoded, in ONTAP's envelope). The tests set the same property in the build.
 * <p>
 * It also makes HTTPS start cheaply: Vert.x copies the key into an in-memory PKCS12 store (the JDK's default type),
 * which protects it with 10,000 rounds of PBE key derivation, about 0.2 s before HTTPS listens. That store never
 * leaves the process, so one round is enough; a value given on the command line wins.
 * <p>
 * When the build runs it to record the JVM's start-up archive ({@code -Pappcds}, {@code -Paot}: Quarkus starts it with
 * {@value #ARCHIVE_RUN} and stops it once started), it serves a few requests first ({@link StartupTraining}), on
 * ports of its own, so that the archive holds what the first requests need too.
 */
@QuarkusMain
public final class OntapMockMain {

    static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";
    static final String PKCS12_KEY_ROUNDS = "keystore.pkcs12.keyPbeIterationCount";
    static final String ARCHIVE_RUN = "quarkus.appcds.generate";

    private OntapMockMain() {
    }

    public static void main(String... args) {
        if (System.getProperty(DISABLE_URI_VALIDATION) == null) {
            System.setProperty(DISABLE_URI_VALIDATION, "true");
        }
        if (System.getProperty(PKCS12_KEY_ROUNDS) == null) {
            System.setProperty(PKCS12_KEY_ROUNDS, "1");
        }
        if (Boolean.getBoolean(ARCHIVE_RUN)) {
            // Quarkus stops a run with this property right after start: the training needs it started and serving.
            System.clearProperty(ARCHIVE_RUN);
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("quarkus.http.ssl-port", "0");
            Quarkus.run(StartupTraining.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}

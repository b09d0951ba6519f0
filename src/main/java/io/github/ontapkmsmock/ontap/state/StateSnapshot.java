package io.github.ontapkmsmock.ontap.state;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A part of the mock's state that {@code GET /_mock/state} exports and {@code PUT /_mock/state} imports, as one
 * section of the state document: each family contributes one for its store (e.g. {@code AwsKmsSnapshot}), the
 * control API one each for the version, the reachability and the fault rules. {@link SnapshotJson} writes and reads
 * stored records.
 *
 * <p>Secrets are never exported. On import a record may carry its secrets (they are then stored as given); a
 * record without them keeps {@link SnapshotJson#SECRET_PLACEHOLDER}, which, like every secret, is never shown.
 */
public interface StateSnapshot {

    /** The key of this part in the state document, in ONTAP's words (e.g. {@code aws_kms}). */
    String section();

    /** This part as JSON, secrets left out. Called under the state's read lock. */
    JsonNode export();

    /**
     * Reads this part of an imported document and checks it, without changing anything. Absent from the document,
     * the section arrives as a {@code MissingNode}: the part goes back to its seeded state.
     *
     * @return the change to make, which the caller applies under the write lock once every section is valid
     * @throws io.github.ontapkmsmock.ontap.errors.OntapException when the section is not valid (use
     *         {@code CommonErrors} with the section's JSON path as target, e.g. {@code aws_kms[0].svm.uuid}); any
     *         other runtime exception is answered as an invalid section too
     */
    Restore restore(JsonNode section);

    /**
     * What an import of a section will do.
     *
     * @param apply          replaces this part's state; runs under the write lock
     * @param configurations the keystore configurations this section's records are (the import refuses a document
     *                       that gives one SVM two enabled ones, or two of one name, across all sections); empty for
     *                       other parts
     * @param uuids          the UUIDs of this section's records, in the document's order (the import refuses a UUID
     *                       that two records share, across all sections, as the API never gives one twice)
     */
    record Restore(Runnable apply, List<Configuration> configurations, List<String> uuids) {

        public static Restore of(Runnable apply) {
            return new Restore(apply, List.of(), List.of());
        }
    }

    /** A record as the keystore configuration it is: its SVM, its configuration name, whether it is enabled. */
    record Configuration(String svmUuid, String name, boolean enabled) {

        public static Configuration of(String svmUuid, KeystoreConfiguration configuration) {
            return new Configuration(svmUuid, configuration.name(), configuration.enabled());
        }
    }
}

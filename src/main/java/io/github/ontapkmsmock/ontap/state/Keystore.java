package io.github.ontapkmsmock.ontap.state;

/**
 * One keystore configuration as {@code /api/security/key-stores} lists it, whatever family holds it: its UUID is
 * the configuration's own in that family (ONTAP's examples give the keystore and its configuration one UUID).
 *
 * @param svmUuid       the owning SVM; the admin SVM for a cluster-scoped configuration
 * @param cluster       true for the cluster scope
 * @param name          the configuration's name ("default" for one created enabled)
 * @param href          the configuration's path in its own family ({@code configuration._links.self})
 * @param canBeInactive whether the family can hold this configuration inactive (an AWS KMS cannot)
 */
public record Keystore(String uuid, Type type, String svmUuid, boolean cluster, String name, boolean enabled,
        String href, boolean canBeInactive) {

    /**
     * The Onboard Key Manager's cluster-wide passphrase is "of length 32-256 ASCII characters" (002 line 889): key
     * managers check it when it is set, key-manager-configs when CC mode is turned on with it.
     */
    public static boolean passphraseLengthAccepted(String passphrase) {
        return passphrase.length() >= 32 && passphrase.length() <= 256;
    }

    /** The keystore types ONTAP 9.17.1 names; the mock's families use okm, kmip, akv and aws. */
    public enum Type {
        okm, kmip, akv, gcp, aws, ikp, barbican;

        /** Onboard Key Database for the Onboard Key Manager, External Key Database for every other type. */
        public String location() {
            return this == okm ? "onboard" : "external";
        }
    }
}

package io.github.ontapkmsmock.testing;

/** Secret values for tests; each carries the marker {@link SecretLeakFilter} looks for in every response. */
public final class Secrets {

    private Secrets() {
    }

    /** A distinct secret, e.g. {@code secret("aws")} → {@code "aws-S3cr3t-value"}. */
    public static String secret(String name) {
        return name + "-" + SecretLeakFilter.MARKER + "-value";
    }

    /** A passphrase of the given length (ONTAP accepts 32 to 256 characters), carrying the marker. */
    public static String passphrase(int length, char fill) {
        StringBuilder b = new StringBuilder(SecretLeakFilter.MARKER);
        while (b.length() < length) {
            b.append(fill);
        }
        return b.substring(0, length);
    }

    /**
     * A base64 "PKCS#12" the mock accepts (it decodes to an ASN.1 SEQUENCE, as a DER file does), carrying the marker so
     * that the leak filter would see it echoed.
     */
    public static String certificate(String tag) {
        StringBuilder b = new StringBuilder("MIIB").append(SecretLeakFilter.MARKER)
                .append(tag.replaceAll("[^A-Za-z0-9]", ""));
        while (b.length() % 4 != 0) {
            b.append('A');
        }
        return b.toString();
    }
}

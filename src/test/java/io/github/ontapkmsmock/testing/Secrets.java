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
}

package io.github.ontapkmsmock.ontap.tls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.certs.CertificateGenerator;
import io.smallrye.certs.CertificateRequest;
import io.smallrye.certs.Format;

/**
 * Gives HTTPS a self-signed certificate when the user configured none: created at first start in
 * {@code <tmpdir>/ontap-kms-mock-tls/}, reused afterwards, so running the mock needs no set-up step. Its ordinal is
 * below {@code application.properties} and the environment, so a configured key store wins.
 */
public class SelfSignedCertificateSource implements ConfigSource {

    static final String KEY_STORE_FILE = "quarkus.http.ssl.certificate.key-store-file";
    static final String KEY_STORE_PASSWORD = "quarkus.http.ssl.certificate.key-store-password";
    private static final String NAME = "ontap-kms-mock";
    private static final String STORE_PASSWORD = "ontap-kms-mock";

    private volatile Path keyStore;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY_STORE_FILE, KEY_STORE_PASSWORD);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY_STORE_FILE, keyStore().toString(), KEY_STORE_PASSWORD, STORE_PASSWORD);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case KEY_STORE_FILE -> keyStore().toString();
            case KEY_STORE_PASSWORD -> STORE_PASSWORD;
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "ontap-kms-mock self-signed certificate";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    private synchronized Path keyStore() {
        if (keyStore == null) {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "ontap-kms-mock-tls");
            // JKS, not PKCS12: loading a PKCS12 store runs 10,000-round PBE key derivations (about 0.3 s of CPU at
            // every start, before HTTPS listens); JKS's protection is one hash, and this store's password is public.
            Path file = dir.resolve(NAME + "-keystore.jks");
            try {
                if (!Files.isReadable(file)) {
                    Files.createDirectories(dir);
                    new CertificateGenerator(dir, true).generate(new CertificateRequest()
                            .withName(NAME).withFormat(Format.JKS).withPassword(STORE_PASSWORD)
                            .withCN("localhost").withSubjectAlternativeName("DNS:localhost")
                            .withSubjectAlternativeName("IP:127.0.0.1")
                            .withDuration(Duration.ofDays(3650)));
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot create the self-signed certificate in " + dir, e);
            }
            keyStore = file;
        }
        return keyStore;
    }
}

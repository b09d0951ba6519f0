package io.github.ontapkmsmock.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** TLS clients that trust the mock's own (self-signed) certificate, as a pipeline configured with it does. */
public final class MockTls {

    private MockTls() {
    }

    /** A context trusting the key store the mock serves HTTPS with; TLS 1.2 and 1.3 as the JDK offers them. */
    public static SSLContext context() {
        Config config = ConfigProvider.getConfig();
        Path file = Path.of(config.getValue("quarkus.http.ssl.certificate.key-store-file", String.class));
        char[] password = config.getValue("quarkus.http.ssl.certificate.key-store-password", String.class)
                .toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the mock's key store " + file, e);
        }
    }

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-ssl-port", Integer.class);
    }
}

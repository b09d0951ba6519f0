package io.github.ontapkmsmock.ontap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.MockTls;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * HTTPS offers TLS 1.3, and TLS 1.2 with forward-secret AEAD suites only (ECDHE with AES-GCM or ChaCha20-Poly1305): a
 * client offering only static-RSA key exchange or CBC suites is refused by the server's handshake alert.
 */
@QuarkusTest
class TlsSuitesTest extends OntapTest {

    @Test
    void tls13IsAccepted() throws IOException {
        assertEquals("TLSv1.3", handshake("TLSv1.3", "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
                "TLS_CHACHA20_POLY1305_SHA256"));
    }

    @Test
    void tls12WithEcdheAndAesGcmIsAccepted() throws IOException {
        assertEquals("TLSv1.2", handshake("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"));
    }

    @Test
    void tls12WithCbcSuitesIsRefused() {
        assertRefusedByTheServer("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
                "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA");
    }

    @Test
    void tls12WithStaticRsaKeyExchangeIsRefused() {
        assertRefusedByTheServer("TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_GCM_SHA384");
    }

    private static void assertRefusedByTheServer(String... suites) {
        SSLHandshakeException refused = assertThrows(SSLHandshakeException.class,
                () -> handshake("TLSv1.2", suites));
        // the server's alert, not the client declining to offer the suites
        assertTrue(String.valueOf(refused.getMessage()).contains("Received fatal alert"), refused.getMessage());
    }

    /** The protocol the handshake settled on, offering only this protocol and these suites. */
    private static String handshake(String protocol, String... suites) throws IOException {
        try (SSLSocket socket = (SSLSocket) MockTls.context().getSocketFactory().createSocket("127.0.0.1",
                MockTls.port())) {
            socket.setSoTimeout(30_000);
            socket.setEnabledProtocols(new String[] { protocol });
            socket.setEnabledCipherSuites(suites);
            socket.startHandshake();
            return socket.getSession().getProtocol();
        }
    }
}

package io.github.ontapkmsmock.ontap.faults;

import static io.github.ontapkmsmock.control.ControlClient.addRule;
import static io.github.ontapkmsmock.control.ControlClient.control;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** Connection faults seen from a raw socket, as an ONTAP client's HTTP stack sees them. */
@QuarkusTest
class ConnectionFaultsTest extends OntapTest {

    @Test
    void resetRuleResetsTheConnection() throws IOException {
        addRule(Map.of("operation_id", "cluster_get", "connection", "reset"));
        try (Socket socket = send(plain(), "/api/cluster")) {
            socket.setSoTimeout(5_000);
            assertThrows(SocketException.class, () -> readAll(socket.getInputStream()));
        }
        control().get("/_mock/faults/1").then().body("fired", equalTo(1));
    }

    @Test
    void emptyResponseRuleClosesWithoutAByte() throws IOException {
        addRule(Map.of("operation_id", "cluster_get", "connection", "empty_response"));
        try (Socket socket = send(plain(), "/api/cluster")) {
            socket.setSoTimeout(5_000);
            assertEquals("", readAll(socket.getInputStream()));
        }
    }

    @Test
    void emptyResponseWorksOverHttpsToo() throws Exception {
        addRule(Map.of("operation_id", "cluster_get", "connection", "empty_response"));
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-ssl-port", Integer.class);
        try (Socket socket = send(trustAll().getSocketFactory().createSocket("127.0.0.1", port), "/api/cluster")) {
            socket.setSoTimeout(5_000);
            assertEquals("", readAll(socket.getInputStream()));
        }
    }

    @Test
    void timeoutRuleAnswersNothingUntilItsTimeoutThenCloses() throws IOException {
        addRule(Map.of("operation_id", "cluster_get", "connection", "timeout", "timeout_ms", 1_500));
        long start = System.nanoTime();
        try (Socket socket = send(plain(), "/api/cluster")) {
            socket.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, () -> socket.getInputStream().read());
            socket.setSoTimeout(10_000);
            assertEquals("", readAll(socket.getInputStream()));
        }
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsed >= 1_400, "closed after " + elapsed + " ms");
    }

    @Test
    void otherRequestsAreAnsweredWhileOneTimesOut() throws IOException {
        addRule(Map.of("operation_id", "cluster_get", "connection", "timeout", "timeout_ms", 3_000));
        try (Socket socket = send(plain(), "/api/cluster")) {
            api().get("/api/cluster/nodes").then().statusCode(200);
        }
    }

    @Test
    void connectionFaultAfterADelay() throws IOException {
        addRule(Map.of("operation_id", "cluster_get", "connection", "empty_response", "delay_ms", 700));
        long start = System.nanoTime();
        try (Socket socket = send(plain(), "/api/cluster")) {
            socket.setSoTimeout(5_000);
            assertEquals("", readAll(socket.getInputStream()));
        }
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 700);
    }

    @Test
    void journalRecordsTheFaultWithoutAStatus() throws IOException {
        addRule(Map.of("operation_id", "cluster_get", "connection", "empty_response"));
        try (Socket socket = send(plain(), "/api/cluster")) {
            socket.setSoTimeout(5_000);
            readAll(socket.getInputStream());
        }
        // The journal writes the record when the server has closed the exchange, which may be just after the
        // client read the end of the stream.
        for (int tries = 0; tries < 50 && control().get("/_mock/requests").then().statusCode(200).extract()
                .<Integer>path("num_records") == 0; tries++) {
            sleepMillis(100);
        }
        control().get("/_mock/requests").then().statusCode(200)
                .body("records[0].path", equalTo("/api/cluster"))
                .body("records[0].status", nullValue())
                .body("records[0].operation_id", equalTo("cluster_get"))
                .body("records[0].fault", equalTo("rule 1 connection empty_response"));
    }

    private static Socket plain() throws IOException {
        return new Socket("127.0.0.1", ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class));
    }

    private static Socket send(Socket socket, String path) throws IOException {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
                + auth + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    private static SSLContext trustAll() throws Exception {
        TrustManager trustEverything = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustEverything}, new SecureRandom());
        return context;
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

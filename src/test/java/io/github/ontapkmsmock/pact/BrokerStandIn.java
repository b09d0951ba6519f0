package io.github.ontapkmsmock.pact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for a Pact Broker, on 127.0.0.1: the HAL index, the pacts-for-verification answer naming one pact,
 * and that pact. It records every request, so a test can see what the verifier asked for and whether it published.
 */
final class BrokerStandIn {

    /** A request as received. */
    record Received(String method, String path, String body) {
    }

    static final String PACT_PATH = "/pacts/provider/ontap-kms-mock/consumer/broker-consumer/pact-version/1";

    private final HttpServer server;
    private final String pact;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private BrokerStandIn(Path pactFile) throws IOException {
        this.pact = Files.readString(pactFile);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
    }

    static BrokerStandIn start(Path pactFile) {
        try {
            BrokerStandIn broker = new BrokerStandIn(pactFile);
            broker.server.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), path, body));
        String answer = switch (path) {
            case "/" -> """
                    {"_links": {"pb:provider-pacts-for-verification": {"href": "%s/pacts/provider/{provider}/for-verification",
                      "templated": true}}}""".formatted(url());
            case "/pacts/provider/ontap-kms-mock/for-verification" -> """
                    {"_embedded": {"pacts": [{"shortDescription": "latest from main",
                      "verificationProperties": {"pending": false, "notices": []},
                      "_links": {"self": {"href": "%s%s", "name": "Pact between broker-consumer and ontap-kms-mock"}}}]}}
                    """.formatted(url(), PACT_PATH);
            case PACT_PATH -> pact;
            default -> null;
        };
        byte[] bytes = (answer == null ? "{}" : answer).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/hal+json");
        exchange.sendResponseHeaders(answer == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

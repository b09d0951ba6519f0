package io.github.ontapkmsmock.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.path.json.JsonPath;

/**
 * Sends a request line exactly as given, as curl does with raw {@code | < > [ ]} in a query string: RestAssured and
 * {@code java.net.http} encode or refuse them. HTTP/1.0 over a plain socket, so the answer ends with the connection;
 * or HTTP/1.1 over TLS on a kept-alive connection, body and all, as curl sends a large upload.
 */
public final class RawHttp {

    private RawHttp() {
    }

    public record Answer(int status, Map<String, String> headers, String body) {

        public JsonPath json() {
            return new JsonPath(body);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A request with the cluster admin's credentials; {@code target} goes into the request line byte for byte. */
    public static Answer send(String method, byte[] target) {
        return send(method, target, "");
    }

    /** The same with further header lines, each ending with CRLF. */
    public static Answer send(String method, byte[] target, String headerLines) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        String credentials = credentials();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " ").getBytes(StandardCharsets.US_ASCII));
            out.write(target);
            out.write((" HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: */*\r\nAuthorization: Basic "
                    + credentials + "\r\n" + headerLines + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * HTTP/1.1 over TLS, with this body written whole after the head, as a client uploading it does; the answer is
     * read by its Content-Length, the connection left open until then.
     */
    public static Answer sendOverTls(String method, byte[] target, String headerLines, byte[] body) {
        try (Socket socket = MockTls.context().getSocketFactory().createSocket("127.0.0.1", MockTls.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " ").getBytes(StandardCharsets.US_ASCII));
            out.write(target);
            out.write((" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\nAuthorization: Basic " + credentials()
                    + "\r\n" + headerLines + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "")
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parseKeptAlive(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String credentials() {
        return Base64.getEncoder()
                .encodeToString((OntapTest.USER + ":" + OntapTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static Answer parseKeptAlive(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before the answer's head ended: " + head);
            }
            head.write(b);
        }
        Answer partial = parse(new java.io.ByteArrayInputStream(head.toByteArray()));
        int length = Integer.parseInt(partial.header("Content-Length"));
        return new Answer(partial.status(), partial.headers(),
                new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    public static Answer get(String target) {
        return send("GET", target.getBytes(StandardCharsets.UTF_8));
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
        }
        return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(end + 4));
    }
}

package io.github.ontapkmsmock.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
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

    private static final int CHUNK = 64 * 1024;
    private static final byte[] CRLF = { '\r', '\n' };
    private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

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
        return send(method, target, headerLines, null);
    }

    /**
     * The same with a body sent byte for byte (its {@code Content-Length} added; none when {@code body} is null), as
     * a client that writes whatever it likes sends it.
     */
    public static Answer send(String method, byte[] target, String headerLines, byte[] body) {
        String length = body == null ? "" : "Content-Length: " + body.length + "\r\n";
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                writeHead(out, method, target, "HTTP/1.0", length + headerLines);
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (SocketException e) {
                // the mock answered (an over-long request line, say) and closed before reading all: read its answer
            }
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A request whose head declares {@code headerLines} (e.g. a {@code Content-Length} over the limit) and whose
     * body is written in pieces of {@code chunk} up to {@code bodyLength} bytes or until the mock stops reading (framed
     * as chunks, and the last chunk after them, when the head declares {@code chunked}); its answer is read as soon as
     * the mock writes one, as a client streaming a large upload reads it.
     */
    public static Answer stream(String method, byte[] target, String headerLines, byte[] chunk, long bodyLength) {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            writeHead(out, method, target, "HTTP/1.1", "Connection: close\r\n" + headerLines);
            Thread writer = new Thread(() -> {
                try {
                    boolean chunked = headerLines.contains("chunked");
                    for (long sent = 0; sent < bodyLength; sent += chunk.length) {
                        writeChunk(out, chunked, chunk, 0, chunk.length);
                    }
                    if (chunked) {
                        out.write(LAST_CHUNK);
                    }
                    out.flush();
                } catch (IOException e) {
                    // the mock answered and closed the connection before the whole body was sent
                }
            });
            writer.setDaemon(true);
            writer.start();
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
            writeHead(out, method, target, "HTTP/1.1",
                    headerLines + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : ""));
            out.write(body);
            out.flush();
            return parseKeptAlive(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * HTTP/1.1 over TLS with the body sent chunked (no {@code Content-Length}) in pieces of 64 KiB, as curl sends a
     * piped upload, and then a GET of {@code /api/cluster} on the same connection: the answers to both.
     */
    public static Answer[] sendChunkedOverTls(String method, byte[] target, String headerLines, byte[] body) {
        try (Socket socket = MockTls.context().getSocketFactory().createSocket("127.0.0.1", MockTls.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            writeHead(out, method, target, "HTTP/1.1", "Transfer-Encoding: chunked\r\n" + headerLines);
            for (int at = 0; at < body.length; at += CHUNK) {
                writeChunk(out, true, body, at, Math.min(CHUNK, body.length - at));
            }
            out.write(LAST_CHUNK);
            out.flush();
            Answer first = parseKeptAlive(socket.getInputStream());
            writeHead(out, "GET", "/api/cluster".getBytes(StandardCharsets.US_ASCII), "HTTP/1.1", "");
            out.flush();
            return new Answer[] { first, parseKeptAlive(socket.getInputStream()) };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request head with the cluster admin's credentials and further header lines, each ending with CRLF. */
    private static void writeHead(OutputStream out, String method, byte[] target, String version, String headerLines)
            throws IOException {
        out.write((method + " ").getBytes(StandardCharsets.US_ASCII));
        out.write(target);
        out.write((" " + version + "\r\nHost: 127.0.0.1\r\nAccept: */*\r\nAuthorization: Basic " + credentials()
                + "\r\n" + headerLines + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static void writeChunk(OutputStream out, boolean framed, byte[] data, int from, int size)
            throws IOException {
        if (framed) {
            out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(data, from, size);
        if (framed) {
            out.write(CRLF);
        }
    }

    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
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
        try {
            in.transferTo(all);
        } catch (SocketException e) {
            // a reset after the answer (the mock closed a connection whose body it did not read): keep what came
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no HTTP answer, only " + all.size() + " bytes");
        }
        String[] head = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int line = chunked.indexOf("\r\n", at);
            int size = line < 0 ? 0 : Integer.parseInt(chunked.substring(at, line).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, line + 2, Math.min(chunked.length(), line + 2 + size));
            at = line + 2 + size + 2;
        }
        return body.toString();
    }
}

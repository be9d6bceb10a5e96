package id.go.tangerangkota.mpp.hub.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as the test writes it: what a hostile client sends
 * and a well-behaved client library refuses to (CR/LF inside a header, raw bytes in the path, any
 * method token). One request per connection ({@code Connection: close}); the answer is read to
 * the end, chunked or not.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** One answer: status, every header line as sent (name and raw value), body. */
    record Answer(int status, List<Map.Entry<String, String>> headers, String head, String body) {

        String header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    /**
     * Sends one request.
     *
     * @param target  path and query as they go on the request line (already encoded, or deliberately not)
     * @param headers header lines, each {@code Name: value} exactly as written (may hold CR or LF)
     * @param body    the body bytes, or null for none (then no Content-Length is sent)
     */
    static Answer send(int port, String method, String target, List<String> headers, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (String h : headers) {
                request.write((h + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (body != null) {
                request.write(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            request.write("\r\n".getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedEarly) {
                // The server may answer (413) and close before it has read a large body: read what it said.
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException("raw HTTP call failed: " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // a reset after the answer: keep what arrived
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete answer: " + text.substring(0, Math.min(200, text.length())));
        }
        String head = text.substring(0, end);
        String[] lines = head.split("\r\n", -1);
        int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(Map.entry(colon < 0 ? lines[i] : lines[i].substring(0, colon),
                    colon < 0 ? "" : lines[i].substring(colon + 1).trim()));
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        Map<String, String> byName = new LinkedHashMap<>();
        headers.forEach(h -> byName.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        if ("chunked".equalsIgnoreCase(byName.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, head, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = indexOf(chunked, i);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(n, chunked.length - lineEnd - 2));
            i = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}

package id.go.tangerangkota.mpp.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection over a plain socket. The benchmark speaks HTTP itself instead
 * of using a client library so that "64 connections" means exactly 64 TCP connections, none pooled
 * or multiplexed behind its back, and so that the generator's own cost per request stays small and
 * the same for every target. Not thread-safe: one per load thread.
 */
public final class RawHttpConnection implements HttpExchange, Closeable {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private final String host;
    private final int port;
    private final String hostHeader;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private long bytesSent;
    private final long[] bytesReceived = new long[1];

    /**
     * A connection to {@code host:port}, opened on first use and again after it was lost.
     *
     * @param host the target's address
     * @param port its port
     */
    public RawHttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
        this.hostHeader = host + ":" + port;
    }

    @Override
    public HttpAnswer send(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        ensureOpen();
        try {
            writeRequest(method, path, headers, body);
            HttpAnswer answer = readAnswer(method);
            if ("close".equalsIgnoreCase(answer.headers().get("connection"))) {
                close();
            }
            return answer;
        } catch (IOException broken) {
            close();
            throw broken;
        }
    }

    private void ensureOpen() throws IOException {
        if (socket != null) {
            return;
        }
        Socket opened = new Socket();
        // Small requests and answers: without TCP_NODELAY, Nagle's algorithm and delayed ACKs add
        // tens of milliseconds to a request written in two segments.
        opened.setTcpNoDelay(true);
        opened.setSoTimeout(READ_TIMEOUT_MS);
        opened.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
        socket = opened;
        in = new BufferedInputStream(new CountingInput(opened.getInputStream(), bytesReceived), 16 * 1024);
        out = new BufferedOutputStream(opened.getOutputStream(), 16 * 1024);
    }

    private void writeRequest(String method, String path, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder(256);
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(hostHeader).append("\r\n");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        out.write(headBytes);
        bytesSent += headBytes.length;
        if (body != null) {
            out.write(body);
            bytesSent += body.length;
        }
        out.flush();
    }

    private HttpAnswer readAnswer(String method) throws IOException {
        String statusLine = readLine();
        while (statusLine.isEmpty()) {
            statusLine = readLine();
        }
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        byte[] body;
        if ("HEAD".equals(method) || status == 204 || status == 304 || status / 100 == 1) {
            body = new byte[0];
        } else if (headers.containsKey("content-length")) {
            body = readExactly(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked();
        } else {
            // Neither length nor chunks: the body runs to the end of the connection.
            body = in.readAllBytes();
            close();
        }
        return new HttpAnswer(status, headers, body);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
            if (size == 0) {
                for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
                    // trailers are not used by any target; skip them
                }
                return body.toByteArray();
            }
            body.write(readExactly(size));
            readLine();
        }
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = 0;
        while (read < length) {
            int n = in.read(bytes, read, length - read);
            if (n < 0) {
                throw new EOFException("connection closed after " + read + " of " + length + " bytes");
            }
            read += n;
        }
        return bytes;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c == '\n') {
                int last = line.length() - 1;
                if (last >= 0 && line.charAt(last) == '\r') {
                    line.setLength(last);
                }
                return line.toString();
            }
            line.append((char) c);
        }
    }

    /** Bytes written on the wire (request lines, headers, bodies) since this object was made. */
    public long bytesSent() {
        return bytesSent;
    }

    /** Bytes read from the wire since this object was made. */
    public long bytesReceived() {
        return bytesReceived[0];
    }

    /** Counts what the socket delivers, under the buffer, so the count is what crossed the wire. */
    private static final class CountingInput extends java.io.FilterInputStream {
        private final long[] count;

        CountingInput(InputStream in, long[] count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count[0]++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count[0] += n;
            }
            return n;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
            socket = null;
        }
    }
}

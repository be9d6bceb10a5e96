package id.go.tangerangkota.mpp.hub.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.security.MessageDigest;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response as the hub writes it while the audit runs: every body byte is digested, and the body
 * is held back until the call's audit entry is durable ({@link #release}), so a client never holds an
 * answer the audit does not. An answer larger than the hold limit is not held: from that byte on it
 * streams to the client as written (its entry is then written when it ends), so a large answer never
 * sits whole in memory.
 */
final class AuditedResponse extends HttpServletResponseWrapper {

    private final int holdLimit;
    private final MessageDigest digest = Digests.sha256();
    private long bytes;
    private ByteArrayOutputStream held = new ByteArrayOutputStream(1024);
    private ServletOutputStream real;
    private Capture out;
    private PrintWriter writer;
    private boolean streaming;
    private volatile boolean errorSent;

    AuditedResponse(HttpServletResponse response, int holdLimit) {
        super(response);
        this.holdLimit = holdLimit;
    }

    /** Whether part of the body already went to the client. */
    synchronized boolean streaming() {
        return streaming;
    }

    /** sendError was called: the container's error page writes the answer, on another dispatch. */
    boolean errorSent() {
        return errorSent;
    }

    /** SHA-256 hex of the body written so far; null when there is none. */
    synchronized String bodyDigest() {
        flushWriter();
        return bytes == 0 ? null : Digests.hex(((MessageDigest) cloneDigest()).digest());
    }

    private Object cloneDigest() {
        try {
            return digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests can be cloned", e);
        }
    }

    /** Sends the held body to the client: the call's entry is durable. */
    synchronized void release() throws IOException {
        flushWriter();
        if (!streaming && held.size() > 0) {
            held.writeTo(getResponse().getOutputStream());
        }
        held = null;
        streaming = true;
    }

    /** Drops the held body and everything set on the response, to answer something else instead. */
    synchronized void discard() {
        held = new ByteArrayOutputStream();
        getResponse().reset();
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    private synchronized void write(byte[] b, int off, int len) throws IOException {
        digest.update(b, off, len);
        bytes += len;
        if (streaming) {
            realOut().write(b, off, len);
            return;
        }
        held.write(b, off, len);
        if (held.size() > holdLimit) {
            streaming = true;
            held.writeTo(realOut());
            held = null;
        }
    }

    private ServletOutputStream realOut() throws IOException {
        if (real == null) {
            real = getResponse().getOutputStream();
        }
        return real;
    }

    @Override
    public synchronized ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was already called");
        }
        if (out == null) {
            out = new Capture();
        }
        return out;
    }

    @Override
    public synchronized PrintWriter getWriter() {
        if (writer == null) {
            if (out != null) {
                throw new IllegalStateException("getOutputStream() was already called");
            }
            out = new Capture();
            writer = new PrintWriter(new OutputStreamWriter(out, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public synchronized void flushBuffer() throws IOException {
        flushWriter();
        // A held body goes out only with release(); flushing would commit the answer before its entry.
        if (streaming) {
            super.flushBuffer();
        }
    }

    @Override
    public synchronized void resetBuffer() {
        restart();
        super.resetBuffer();
    }

    @Override
    public synchronized void reset() {
        restart();
        super.reset();
    }

    @Override
    public void sendError(int sc) throws IOException {
        errorSent = true;
        synchronized (this) {
            restart();
        }
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        errorSent = true;
        synchronized (this) {
            restart();
        }
        super.sendError(sc, msg);
    }

    private void restart() {
        if (!streaming) {
            held = new ByteArrayOutputStream(1024);
            digest.reset();
            bytes = 0;
        }
    }

    /** The stream the hub's code writes to. */
    private final class Capture extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            AuditedResponse.this.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            AuditedResponse.this.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            synchronized (AuditedResponse.this) {
                if (streaming) {
                    realOut().flush();
                }
            }
        }

        @Override
        public void close() throws IOException {
            // Held bodies are closed by the container after release(); a streamed one ends here.
            synchronized (AuditedResponse.this) {
                if (streaming && real != null) {
                    real.close();
                }
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("the API writes its answers blocking");
        }
    }
}

package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.ISOPackager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One persistent TCP connection to a host-to-host ISO 8583 host. Requests are written as they
 * come; one reader thread takes the answers off the stream and hands each to the request with the
 * same audit number (bit 11), so many calls share the connection at once. Whether the session is
 * signed on is kept here: a new connection always starts signed off.
 *
 * <p>Log lines name the message type, audit number and response code only: private data (bit 48)
 * holds customer ids and names.
 */
final class IsoConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IsoConnection.class);

    private final TcpEndpoint endpoint;
    private final Socket socket;
    private final DataOutputStream out;
    private final DataInputStream in;
    private final ISOPackager packager;
    private final ConcurrentHashMap<String, CompletableFuture<ISOMsg>> pending = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();
    private final ReentrantLock signOnLock = new ReentrantLock();
    private volatile boolean open = true;
    private volatile boolean signedOn;

    private IsoConnection(TcpEndpoint endpoint, Socket socket, ISOPackager packager) throws IOException {
        this.endpoint = endpoint;
        this.socket = socket;
        this.packager = packager;
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
    }

    /**
     * Connects and starts reading.
     *
     * @throws IOException when the host cannot be reached within the time given
     */
    static IsoConnection open(TcpEndpoint endpoint, ISOPackager packager, int connectTimeoutMs) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), Math.max(1, connectTimeoutMs));
            IsoConnection connection = new IsoConnection(endpoint, socket, packager);
            Thread reader = new Thread(connection::readLoop, "iso8583-reader-" + endpoint.host() + "-" + endpoint.port());
            reader.setDaemon(true);
            reader.start();
            LOG.info("ISO 8583 connection to {} open", endpoint);
            return connection;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    boolean isOpen() {
        return open;
    }

    boolean isSignedOn() {
        return signedOn;
    }

    void signedOn(boolean value) {
        signedOn = value;
    }

    /** Held while this session signs on, so concurrent calls sign on once. */
    ReentrantLock signOnLock() {
        return signOnLock;
    }

    /**
     * Writes a request and returns the answer, waiting until the deadline.
     *
     * @param message a request carrying its audit number in bit 11
     * @throws SocketTimeoutException when no answer came in time
     * @throws IOException            when the connection failed
     */
    ISOMsg call(ISOMsg message, long deadlineNanos) throws IOException {
        String audit = message.getString(11);
        byte[] packed;
        try {
            packed = message.pack();
        } catch (ISOException e) {
            throw new IllegalArgumentException("the message cannot be packed: " + e.getMessage(), e);
        }
        CompletableFuture<ISOMsg> answer = new CompletableFuture<>();
        if (pending.putIfAbsent(audit, answer) != null) {
            throw new IllegalStateException("audit number " + audit + " is already waiting for an answer");
        }
        try {
            if (!open) {
                throw new NotSent("the connection to " + endpoint + " closed before the message was written");
            }
            synchronized (writeLock) {
                Frames.write(out, packed);
            }
            LOG.debug("ISO 8583 {} sent to {}, audit number {}", mti(message), endpoint, audit);
            long wait = deadlineNanos - System.nanoTime();
            if (wait <= 0) {
                throw new TimeoutException();
            }
            return answer.get(wait, TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            LOG.warn("ISO 8583 {} to {}, audit number {}: no answer in time", mti(message), endpoint, audit);
            throw new SocketTimeoutException("no answer from " + endpoint + " in time");
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof IOException io ? io : new IOException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + endpoint);
        } catch (IOException writeFailed) {
            // The stream is in an unknown state: start again on a new connection next time.
            close();
            throw writeFailed;
        } finally {
            pending.remove(audit, answer);
        }
    }

    private void readLoop() {
        IOException why = null;
        try {
            while (open) {
                byte[] frame = Frames.read(in);
                ISOMsg answer = new ISOMsg();
                answer.setPackager(packager);
                try {
                    answer.unpack(frame);
                } catch (ISOException unreadable) {
                    // The frame is consumed, the stream still aligned: the request it answers times out.
                    LOG.warn("ISO 8583 message from {} cannot be unpacked: {}", endpoint, unreadable.getMessage());
                    continue;
                }
                String audit = answer.getString(11);
                CompletableFuture<ISOMsg> waiting = audit == null ? null : pending.remove(audit);
                if (waiting == null) {
                    LOG.info("ISO 8583 {} from {} with audit number {} matches no waiting request (late answer?)",
                            mti(answer), endpoint, audit);
                } else {
                    LOG.debug("ISO 8583 {} from {}, audit number {}, RC {}", mti(answer), endpoint, audit,
                            answer.getString(39));
                    waiting.complete(answer);
                }
            }
        } catch (IOException e) {
            why = e;
        } finally {
            if (open) {
                LOG.info("ISO 8583 connection to {} ended: {}", endpoint, why instanceof java.io.EOFException
                        ? "closed by the host" : why == null ? "stopped" : why.getMessage());
            }
            close();
        }
    }

    /** Closes the socket and fails every request still waiting. Safe to call twice. */
    @Override
    public void close() {
        open = false;
        signedOn = false;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        IOException closed = new IOException("the connection to " + endpoint + " was closed");
        pending.values().forEach(waiting -> waiting.completeExceptionally(closed));
        pending.clear();
    }

    /** The connection was found closed before the message was written: safe to send again elsewhere. */
    static final class NotSent extends IOException {
        private static final long serialVersionUID = 1L;

        NotSent(String message) {
            super(message);
        }
    }

    private static String mti(ISOMsg message) {
        try {
            return message.getMTI();
        } catch (ISOException e) {
            return "?";
        }
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.GenericPackager;

/**
 * The host's sending side of one partner connection: answers framed by a two-byte big-endian
 * length, written whole, at once or after a delay; and the cut. A delayed answer waits on a timer,
 * not on the session's thread, so a slowed host still reads the partner's next messages and each
 * answer comes its delay after its own request, as the hub's many calls sharing the connection
 * would meet a slow host.
 */
final class PlnLink {

    private final Socket socket;
    private final DataOutputStream out;
    private final GenericPackager packager;
    private final ScheduledExecutorService timer;

    PlnLink(Socket socket, DataOutputStream out, GenericPackager packager, ScheduledExecutorService timer) {
        this.socket = socket;
        this.out = out;
        this.packager = packager;
        this.timer = timer;
    }

    /** Writes the answer after {@code delayMs} (0: now, on the caller's thread). */
    void send(ISOMsg answer, long delayMs) {
        later(delayMs, () -> write(answer));
    }

    /** Closes the connection after {@code delayMs} without answering: the partner sees it end. */
    void cut(long delayMs) {
        later(delayMs, this::close);
    }

    private void later(long delayMs, Runnable action) {
        if (delayMs <= 0) {
            action.run();
            return;
        }
        try {
            timer.schedule(action, delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            close();
        }
    }

    private void write(ISOMsg answer) {
        try {
            answer.setPackager(packager);
            byte[] packed = answer.pack();
            synchronized (out) {
                out.writeShort(packed.length);
                out.write(packed);
                out.flush();
            }
        } catch (IOException | ISOException e) {
            // A broken connection (or an answer the host cannot pack) ends the session; the
            // session's thread sees the socket closed and the partner connects again.
            close();
        }
    }

    void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}

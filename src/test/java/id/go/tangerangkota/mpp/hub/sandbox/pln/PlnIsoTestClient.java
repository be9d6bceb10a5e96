package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.GenericPackager;

/**
 * A bare partner session for the sandbox host's tests: writes exactly the message a test builds
 * (no automatic sign-on, audit numbers or checks) and reads one answer.
 */
final class PlnIsoTestClient implements AutoCloseable {

    static final String SWITCHER = "MPPTNG1";
    static final String BANK = "4510017";
    static final String TERMINAL = "MPPTNG-LOKET-001";
    private static final AtomicLong AUDIT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final GenericPackager packager;

    PlnIsoTestClient(int port) throws Exception {
        try (InputStream definition = getClass().getClassLoader().getResourceAsStream(PlnIsoServer.PACKAGER)) {
            this.packager = new GenericPackager(definition);
        }
        this.socket = new Socket("127.0.0.1", port);
        this.socket.setSoTimeout(3000);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new DataOutputStream(socket.getOutputStream());
    }

    static String nextAudit() {
        return String.format("%012d", AUDIT.incrementAndGet());
    }

    static String now() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    /** A message with this session's partner ids, a fresh audit number and the time. */
    ISOMsg message(String mti) throws Exception {
        ISOMsg message = new ISOMsg(mti);
        message.setPackager(packager);
        message.set(11, nextAudit());
        message.set(12, now());
        message.set(32, BANK);
        message.set(33, SWITCHER);
        message.set(41, TERMINAL);
        return message;
    }

    /** A postpaid financial message (bit 2, 26) with bit 48 as given. */
    ISOMsg postpaid(String mti, String bit48) throws Exception {
        ISOMsg message = message(mti);
        message.set(2, "99501");
        message.set(26, "6021");
        message.set(48, bit48);
        return message;
    }

    ISOMsg signOn() throws Exception {
        ISOMsg message = message("2800");
        message.set(70, "001");
        return send(message);
    }

    /** Sends and reads the answer; fails after 3 s without one. */
    ISOMsg send(ISOMsg message) throws Exception {
        write(message);
        return read();
    }

    /** Sends without waiting, so several messages can be on their way at once, as the hub sends them. */
    void write(ISOMsg message) throws Exception {
        message.setPackager(packager);
        byte[] packed = message.pack();
        out.writeShort(packed.length);
        out.write(packed);
        out.flush();
    }

    /** Sends and expects no answer within the time. */
    boolean unanswered(ISOMsg message, int millis) throws Exception {
        socket.setSoTimeout(millis);
        try {
            send(message);
            return false;
        } catch (SocketTimeoutException expected) {
            return true;
        } finally {
            socket.setSoTimeout(3000);
        }
    }

    /** Reads the next answer; fails after 3 s without one. */
    ISOMsg read() throws IOException, org.jpos.iso.ISOException {
        byte[] frame = new byte[in.readUnsignedShort()];
        in.readFully(frame);
        ISOMsg answer = new ISOMsg();
        answer.setPackager(packager);
        answer.unpack(frame);
        return answer;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

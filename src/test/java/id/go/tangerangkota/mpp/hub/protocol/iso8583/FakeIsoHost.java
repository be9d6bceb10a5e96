package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.ISOPackager;

/**
 * A scripted ISO 8583 host for channel tests: every request it reads is queued for the test,
 * which answers (or not) when and in the order it likes, and can drop the connection.
 */
final class FakeIsoHost implements AutoCloseable {

    /** A request and the connection it came on. */
    record Received(ISOMsg message, Socket from) {
        String mti() throws ISOException {
            return message.getMTI();
        }
    }

    private final ServerSocket server;
    private final ISOPackager packager;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile int connections;

    FakeIsoHost(ISOPackager packager) throws IOException {
        this.packager = packager;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "fake-iso-host");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    TcpEndpoint endpoint() {
        return new TcpEndpoint("127.0.0.1", server.getLocalPort());
    }

    int connections() {
        return connections;
    }

    /** The next request, failing the test when none comes within 5 s. */
    Received take() throws InterruptedException {
        Received next = received.poll(5, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("the host received no request");
        }
        return next;
    }

    /** The next request if one comes within the time. */
    Received poll(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Answers a request: its type + 10, its audit number, the response code and extra fields. */
    void reply(Received request, String rc, String... extraBitAndValue) throws Exception {
        ISOMsg answer = new ISOMsg();
        answer.setPackager(packager);
        answer.setMTI(String.format("%04d", Integer.parseInt(request.mti()) + 10));
        answer.set(11, request.message().getString(11));
        answer.set(39, rc);
        for (int i = 0; i < extraBitAndValue.length; i += 2) {
            answer.set(Integer.parseInt(extraBitAndValue[i]), extraBitAndValue[i + 1]);
        }
        byte[] packed = answer.pack();
        synchronized (request.from()) {
            DataOutputStream out = new DataOutputStream(request.from().getOutputStream());
            out.writeShort(packed.length);
            out.write(packed);
            out.flush();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections++;
                Thread reader = new Thread(() -> read(socket), "fake-iso-session");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void read(Socket socket) {
        try (socket; DataInputStream in = new DataInputStream(socket.getInputStream())) {
            while (true) {
                byte[] frame = new byte[in.readUnsignedShort()];
                in.readFully(frame);
                ISOMsg message = new ISOMsg();
                message.setPackager(packager);
                message.unpack(frame);
                received.add(new Received(message, socket));
            }
        } catch (IOException | ISOException ended) {
            // the session is over
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

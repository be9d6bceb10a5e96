package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import id.go.tangerangkota.mpp.hub.sandbox.FaultDecision;
import id.go.tangerangkota.mpp.hub.sandbox.FaultInjection;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.GenericPackager;

/**
 * The simulated PLN switching host's TCP listener: each partner connection is a session on a
 * thread of its own, reading messages framed by a two-byte big-endian length and packed with the
 * same GenericPackager definition the hub uses ({@code mappings/pln/h2h.packager.xml}).
 *
 * <p>Every message received asks the sandbox's {@link FaultInjection} what PLN's injected fault
 * does to it, as the HTTP back ends do, so {@code faults().requests("pln")} counts these too:
 * <ul>
 *   <li>down: the connection is closed without an answer. New connections are still accepted and
 *       cut at their first message (the hub's sign-on), as at a load balancer in front of a host
 *       that is down: the hub's reader sees the stream end at once and fails the waiting call, no
 *       time limit waited. Refusing connections instead would mean closing the listener and
 *       binding the same port again afterwards, which another process may have taken meanwhile;
 *   <li>slow: every message is handled at once (a payment is booked) and answered after the
 *       latency, as by a host whose answers come late: a payment answer later than the hub's time
 *       limit is then reversed, as in production;
 *   <li>failing: that share of the transactions (errorRate) is not handled but answered "other
 *       error" (RC 0005, PLN's code for a failure on its side); network management is answered as
 *       usual (see {@link #isNetworkManagement});
 *   <li>flaky: after a random delay up to the latency, that share of the transactions fails,
 *       alternately cut and answered 0005.
 * </ul>
 */
final class PlnIsoServer implements AutoCloseable {

    /** The packager on the classpath, where the hub's build puts mappings/. */
    static final String PACKAGER = "mappings/pln/h2h.packager.xml";

    private final ServerSocket server;
    private final PlnHost host;
    private final GenericPackager packager;
    private final FaultInjection faults;
    private final String agency;
    /** Sends the answers a slowed host holds back; one thread: writing an answer is quick. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sandbox-pln-delayed-answers");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> sessions = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private PlnIsoServer(ServerSocket server, PlnHost host, GenericPackager packager, FaultInjection faults,
            String agency) {
        this.server = server;
        this.host = host;
        this.packager = packager;
        this.faults = faults;
        this.agency = agency;
    }

    /**
     * Binds and starts accepting.
     *
     * @param port   0 for any free port
     * @param faults the sandbox's injected faults, consulted for every message under {@code agency}
     */
    static PlnIsoServer start(String bindAddress, int port, PlnHost host, FaultInjection faults, String agency)
            throws IOException {
        GenericPackager packager;
        try (InputStream in = PlnIsoServer.class.getClassLoader().getResourceAsStream(PACKAGER)) {
            if (in == null) {
                throw new IOException(PACKAGER + " is not on the classpath");
            }
            packager = new GenericPackager(in);
        } catch (ISOException e) {
            throw new IOException("the PLN packager cannot be read: " + e.getMessage(), e);
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), port), 50);
        PlnIsoServer server = new PlnIsoServer(socket, host, packager, faults, agency);
        Thread acceptor = new Thread(server::acceptLoop, "sandbox-pln-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    /** The port bound. */
    int port() {
        return server.getLocalPort();
    }

    /** Drops every partner connection (a host restart as the partner sees it); keeps listening. */
    void dropConnections() {
        sessions.forEach(PlnIsoServer::closeQuietly);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                sessions.add(socket);
                Thread session = new Thread(() -> serve(socket), "sandbox-pln-session-" + socket.getPort());
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void serve(Socket socket) {
        PlnSession session = new PlnSession();
        try (socket;
                DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()))) {
            PlnLink link = new PlnLink(socket, out, packager, timer);
            while (!closed && !socket.isClosed()) {
                int length = in.readUnsignedShort();
                byte[] frame = new byte[length];
                in.readFully(frame);
                ISOMsg request = unpack(frame);
                FaultDecision decision = faults.decide(agency, !isNetworkManagement(request));
                switch (decision.action()) {
                    case CUT -> link.cut(decision.delayMs());
                    // ISO 8583 has no entities or nesting to abuse: a hostile host fails the call.
                    case ERROR, HOSTILE -> PlnHost.failure(request).ifPresent(a -> link.send(a, decision.delayMs()));
                    case ANSWER -> answer(request, session).ifPresent(a -> link.send(a, decision.delayMs()));
                }
            }
        } catch (EOFException partnerLeft) {
            // the partner closed the session
        } catch (IOException e) {
            // a broken (or cut) connection ends the session; the partner connects again
        } finally {
            sessions.remove(socket);
        }
    }

    /**
     * Whether the request is network management (sign-on, sign-off, echo: message class 8). While
     * PLN is failing those are still answered, as the real switching front end answers them while
     * the billing system behind it fails; its "other error" is a transaction's answer. While PLN
     * is down they are cut like any message: a host that is down answers nothing, and an echo that
     * went unanswered is how a partner learns it.
     */
    private static boolean isNetworkManagement(ISOMsg request) {
        try {
            String mti = request == null ? null : request.getMTI();
            return mti != null && mti.length() == 4 && mti.charAt(1) == '8';
        } catch (ISOException unreadable) {
            return false;
        }
    }

    /** The request, or null when it cannot be read. */
    private ISOMsg unpack(byte[] frame) {
        ISOMsg request = new ISOMsg();
        request.setPackager(packager);
        try {
            request.unpack(frame);
            return request;
        } catch (ISOException | RuntimeException unreadable) {
            return null;
        }
    }

    private Optional<ISOMsg> answer(ISOMsg request, PlnSession session) {
        if (request == null) {
            // Without a readable audit number there is nothing to answer to: the partner times out.
            return Optional.empty();
        }
        try {
            return host.handle(request, session);
        } catch (ISOException | RuntimeException defect) {
            // A defect of the sandbox still answers, or the hub waits for its time limit.
            return PlnHost.failure(request);
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        dropConnections();
        timer.shutdownNow();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}

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

import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.GenericPackager;

/**
 * The simulated PLN switching host's TCP listener: each partner connection is a session on a
 * thread of its own, reading messages framed by a two-byte big-endian length and packed with the
 * same GenericPackager definition the hub uses ({@code mappings/pln/h2h.packager.xml}).
 */
final class PlnIsoServer implements AutoCloseable {

    /** The packager on the classpath, where the hub's build puts mappings/. */
    static final String PACKAGER = "mappings/pln/h2h.packager.xml";

    private final ServerSocket server;
    private final PlnHost host;
    private final GenericPackager packager;
    private final Set<Socket> sessions = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private PlnIsoServer(ServerSocket server, PlnHost host, GenericPackager packager) {
        this.server = server;
        this.host = host;
        this.packager = packager;
    }

    /**
     * Binds and starts accepting.
     *
     * @param port 0 for any free port
     */
    static PlnIsoServer start(String bindAddress, int port, PlnHost host) throws IOException {
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
        PlnIsoServer server = new PlnIsoServer(socket, host, packager);
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
            while (!closed) {
                int length = in.readUnsignedShort();
                byte[] frame = new byte[length];
                in.readFully(frame);
                Optional<ISOMsg> answer = answer(frame, session);
                if (answer.isPresent()) {
                    answer.get().setPackager(packager);
                    byte[] packed = answer.get().pack();
                    out.writeShort(packed.length);
                    out.write(packed);
                    out.flush();
                }
            }
        } catch (EOFException partnerLeft) {
            // the partner closed the session
        } catch (IOException | ISOException e) {
            // a broken connection ends the session; the partner connects again
        } finally {
            sessions.remove(socket);
        }
    }

    private Optional<ISOMsg> answer(byte[] frame, PlnSession session) {
        ISOMsg request = new ISOMsg();
        request.setPackager(packager);
        try {
            request.unpack(frame);
        } catch (ISOException | RuntimeException unreadable) {
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
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}

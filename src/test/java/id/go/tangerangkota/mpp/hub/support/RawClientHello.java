package id.go.tangerangkota.mpp.hub.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.SecureRandom;

/**
 * A TLS ClientHello written byte by byte, so a test can offer what the JDK's own client refuses to
 * offer (TLS 1.1, a CBC suite with RSA key exchange) and see what the server answers. The JDK client
 * cannot prove a server refuses TLS 1.1: it would not even try.
 */
public final class RawClientHello {

    /** TLS record content types. */
    public static final int ALERT = 21;
    public static final int HANDSHAKE = 22;
    /** Alert descriptions. */
    public static final int HANDSHAKE_FAILURE = 40;
    public static final int PROTOCOL_VERSION = 70;

    /** TLS 1.1 on the wire. */
    public static final int TLS_1_1 = 0x0302;
    /** TLS 1.2 on the wire. */
    public static final int TLS_1_2 = 0x0303;

    /** TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: allowed by the hub's profile for TLS 1.2. */
    public static final int ECDHE_RSA_AES128_GCM = 0xC02F;
    /** TLS_RSA_WITH_AES_128_CBC_SHA: no forward secrecy, CBC; the hub's profile leaves it out. */
    public static final int RSA_AES128_CBC_SHA = 0x002F;

    private RawClientHello() {
    }

    /**
     * What the server sent back first: the record type and, for an alert, its description.
     *
     * @param recordType  {@link #HANDSHAKE} (a ServerHello) or {@link #ALERT}, -1 when the server closed
     * @param description the alert's description, -1 when it is not an alert
     */
    public record Reply(int recordType, int description) {
    }

    /** Sends one ClientHello of {@code version} offering {@code cipherSuites} and reads the first record back. */
    public static Reply send(String host, int port, int version, int... cipherSuites) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(hello(version, cipherSuites));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            int type = in.read();
            if (type < 0) {
                return new Reply(-1, -1);
            }
            DataInputStream data = new DataInputStream(in);
            data.readUnsignedShort(); // record version
            int length = data.readUnsignedShort();
            byte[] body = new byte[length];
            data.readFully(body);
            return new Reply(type, type == ALERT && length >= 2 ? body[1] & 0xFF : -1);
        }
    }

    private static byte[] hello(int version, int... cipherSuites) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        u16(body, version);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        body.writeBytes(random);
        body.write(0); // no session id
        u16(body, cipherSuites.length * 2);
        for (int suite : cipherSuites) {
            u16(body, suite);
        }
        body.write(1); // one compression method: none
        body.write(0);
        ByteArrayOutputStream extensions = new ByteArrayOutputStream();
        // supported_groups: x25519, secp256r1
        extension(extensions, 0x000A, new byte[] {0, 4, 0, 0x1D, 0, 0x17});
        // ec_point_formats: uncompressed
        extension(extensions, 0x000B, new byte[] {1, 0});
        // signature_algorithms: rsa_pss_rsae_sha256, rsa_pkcs1_sha256
        extension(extensions, 0x000D, new byte[] {0, 4, 0x08, 0x04, 0x04, 0x01});
        u16(body, extensions.size());
        body.writeBytes(extensions.toByteArray());

        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        handshake.write(1); // ClientHello
        u24(handshake, body.size());
        handshake.writeBytes(body.toByteArray());

        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(HANDSHAKE);
        u16(record, 0x0301); // record layer version, as browsers send it
        u16(record, handshake.size());
        record.writeBytes(handshake.toByteArray());
        return record.toByteArray();
    }

    private static void extension(ByteArrayOutputStream out, int type, byte[] data) {
        u16(out, type);
        u16(out, data.length);
        out.writeBytes(data);
    }

    private static void u16(ByteArrayOutputStream out, int value) {
        out.write((value >> 8) & 0xFF);
        out.write(value & 0xFF);
    }

    private static void u24(ByteArrayOutputStream out, int value) {
        out.write((value >> 16) & 0xFF);
        u16(out, value & 0xFFFF);
    }
}

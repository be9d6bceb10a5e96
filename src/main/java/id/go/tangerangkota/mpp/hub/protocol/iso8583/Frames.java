package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * The framing of ISO 8583 messages on a host-to-host TCP stream: a two-byte big-endian length,
 * then the packed message (the "2-byte binary header" most switching hosts use).
 */
final class Frames {

    /** The largest message a two-byte header can announce. */
    static final int MAX_LENGTH = 0xFFFF;

    private Frames() {
    }

    static void write(DataOutputStream out, byte[] message) throws IOException {
        if (message.length > MAX_LENGTH) {
            throw new IOException("message of " + message.length + " bytes is too long for a two-byte header");
        }
        out.writeShort(message.length);
        out.write(message);
        out.flush();
    }

    /**
     * @throws EOFException when the peer closed the connection between messages
     */
    static byte[] read(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        byte[] message = new byte[length];
        in.readFully(message);
        return message;
    }
}

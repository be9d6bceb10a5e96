package id.go.tangerangkota.mpp.bench.scenario;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WS-Security {@code wsse:Security} header with a UsernameToken (OASIS Username Token Profile
 * 1.0): PasswordDigest = Base64(SHA-1(nonce + created + password)), a fresh Nonce and Created for
 * every message, written as Apache CXF writes it for the hub (the sandbox refuses a nonce it has
 * seen and a Created older than five minutes). Thread-safe.
 */
final class UsernameToken {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String DIGEST_TYPE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    private static final String BASE64 =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    /** CXF writes Created in UTC with milliseconds. */
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String username;
    private final String password;

    UsernameToken(String username, String password) {
        this.username = username;
        this.password = password;
    }

    /**
     * The header block for one message.
     *
     * @param sequence unique in the process: the nonce's first half, so no two messages of a run
     *                 can share a nonce; the second half is random, so two runs do not either
     */
    String securityHeader(long sequence) {
        byte[] nonce = ByteBuffer.allocate(16).putLong(sequence)
                .putLong(ThreadLocalRandom.current().nextLong()).array();
        String created = CREATED.format(Instant.now());
        String nonceText = Base64.getEncoder().encodeToString(nonce);
        return "<wsse:Security soap:mustUnderstand=\"1\" xmlns:wsse=\"" + WSSE + "\">"
                + "<wsse:UsernameToken xmlns:wsu=\"" + WSU + "\" wsu:Id=\"UsernameToken-" + sequence + "\">"
                + "<wsse:Username>" + username + "</wsse:Username>"
                + "<wsse:Password Type=\"" + DIGEST_TYPE + "\">" + digest(nonce, created) + "</wsse:Password>"
                + "<wsse:Nonce EncodingType=\"" + BASE64 + "\">" + nonceText + "</wsse:Nonce>"
                + "<wsu:Created>" + created + "</wsu:Created>"
                + "</wsse:UsernameToken></wsse:Security>";
    }

    private String digest(byte[] nonce, String created) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha1.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-1 is part of every JDK", impossible);
        }
    }
}

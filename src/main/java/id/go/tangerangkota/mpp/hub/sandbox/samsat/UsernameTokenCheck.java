package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

import org.w3c.dom.Element;

/**
 * The host's WS-Security check (OASIS Username Token Profile 1.0): the SOAP header must carry a
 * {@code wsse:Security} with a {@code wsse:UsernameToken} whose password is a PasswordDigest,
 * {@code Base64(SHA-1(nonce + created + password))}, with a fresh Created and a Nonce never seen
 * before. PasswordText is refused: the link to the provincial host may run over the province's
 * VPN without TLS, and a digest never puts the password on the wire.
 */
final class UsernameTokenCheck {

    static final String PASSWORD_DIGEST =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    static final String BASE64_BINARY =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    /** A token older than this is refused (the profile's advice), and its nonce is forgotten. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** Clocks drift: a Created up to this far ahead of the host's clock is still accepted. */
    static final Duration MAX_AHEAD = Duration.ofMinutes(1);
    private static final int MIN_NONCE_BYTES = 8;

    private final String username;
    private final String password;
    private final Clock clock;
    /** Nonces accepted within the last MAX_AGE + MAX_AHEAD, with when they may be forgotten. */
    private final Map<String, Instant> seenNonces = new ConcurrentHashMap<>();
    /**
     * The same nonces in the order they may be forgotten. Tokens arrive in any order of Created (up
     * to MAX_AGE old, MAX_AHEAD ahead), so a plain arrival queue would not do; with this, each
     * request forgets only what has expired since the last, instead of scanning every nonce of the
     * last six minutes (a load test sends hundreds of thousands).
     */
    private final ConcurrentSkipListSet<Expiry> expiries = new ConcurrentSkipListSet<>(
            Comparator.comparing(Expiry::forgetAfter).thenComparing(Expiry::nonce));

    /** When a nonce may be forgotten: its token has expired by then, so a replay is refused anyway. */
    private record Expiry(Instant forgetAfter, String nonce) {
    }

    UsernameTokenCheck(String username, String password, Clock clock) {
        this.username = username;
        this.password = password;
        this.clock = clock;
    }

    /**
     * Checks the token in the SOAP header.
     *
     * @param header the {@code soapenv:Header}, or null when the envelope has none
     * @return the authenticated user name
     * @throws SoapFault a wsse:* fault saying what is wrong, as far as the specification says it
     */
    String verify(Element header) throws SoapFault {
        Element security = header == null ? null : SafeXml.child(header, Soap11.WSSE_NS, "Security");
        Element token = security == null ? null : SafeXml.child(security, Soap11.WSSE_NS, "UsernameToken");
        if (token == null) {
            throw SoapFault.security(SoapFault.Security.INVALID_SECURITY);
        }
        String sentUser = SafeXml.childText(token, Soap11.WSSE_NS, "Username");
        Element passwordElement = SafeXml.child(token, Soap11.WSSE_NS, "Password");
        if (sentUser == null || passwordElement == null) {
            throw SoapFault.security(SoapFault.Security.INVALID_SECURITY_TOKEN);
        }
        // Type defaults to PasswordText when absent (profile, section 3.1).
        String type = passwordElement.hasAttribute("Type") ? passwordElement.getAttribute("Type") : PASSWORD_TEXT;
        if (!PASSWORD_DIGEST.equals(type)) {
            throw SoapFault.security(SoapFault.Security.UNSUPPORTED_SECURITY_TOKEN);
        }
        byte[] nonce = nonce(SafeXml.child(token, Soap11.WSSE_NS, "Nonce"));
        String created = SafeXml.childText(token, Soap11.WSU_NS, "Created");
        Instant createdAt = instant(created);
        Instant now = clock.instant();
        if (createdAt.isBefore(now.minus(MAX_AGE)) || createdAt.isAfter(now.plus(MAX_AHEAD))) {
            throw SoapFault.security(SoapFault.Security.MESSAGE_EXPIRED);
        }
        byte[] expected = digest(nonce, created, password).getBytes(StandardCharsets.UTF_8);
        byte[] sent = passwordElement.getTextContent().strip().getBytes(StandardCharsets.UTF_8);
        // Both always compared (a plain &), so the answer never tells which one was wrong.
        boolean authenticated = MessageDigest.isEqual(sentUser.getBytes(StandardCharsets.UTF_8),
                username.getBytes(StandardCharsets.UTF_8)) & MessageDigest.isEqual(sent, expected);
        if (!authenticated) {
            throw SoapFault.security(SoapFault.Security.FAILED_AUTHENTICATION);
        }
        forgetOldNonces(now);
        String key = Base64.getEncoder().encodeToString(nonce);
        Instant forgetAfter = createdAt.plus(MAX_AGE).plus(MAX_AHEAD);
        if (seenNonces.putIfAbsent(key, forgetAfter) != null) {
            // A replayed message: someone resends a captured request.
            throw SoapFault.security(SoapFault.Security.INVALID_SECURITY_TOKEN);
        }
        expiries.add(new Expiry(forgetAfter, key));
        return sentUser;
    }

    /** {@code Base64(SHA-1(nonce + created + password))}, the profile's PasswordDigest. */
    static String digest(byte[] nonce, String created, String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha1.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-1 is missing from the JDK", impossible);
        }
    }

    private static byte[] nonce(Element nonce) throws SoapFault {
        if (nonce == null) {
            throw SoapFault.security(SoapFault.Security.INVALID_SECURITY_TOKEN);
        }
        if (nonce.hasAttribute("EncodingType") && !BASE64_BINARY.equals(nonce.getAttribute("EncodingType"))) {
            throw SoapFault.security(SoapFault.Security.UNSUPPORTED_SECURITY_TOKEN);
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(nonce.getTextContent().strip());
            if (bytes.length < MIN_NONCE_BYTES) {
                throw SoapFault.security(SoapFault.Security.INVALID_SECURITY_TOKEN);
            }
            return bytes;
        } catch (IllegalArgumentException notBase64) {
            throw SoapFault.security(SoapFault.Security.INVALID_SECURITY_TOKEN);
        }
    }

    private static Instant instant(String created) throws SoapFault {
        if (created == null) {
            throw SoapFault.security(SoapFault.Security.INVALID_SECURITY_TOKEN);
        }
        try {
            return java.time.OffsetDateTime.parse(created).toInstant();
        } catch (DateTimeParseException unparseable) {
            throw SoapFault.security(SoapFault.Security.INVALID_SECURITY_TOKEN);
        }
    }

    /** The nonces remembered now, for tests. */
    int rememberedNonces() {
        return seenNonces.size();
    }

    /** Forgets the nonces whose tokens expired: from the head of {@link #expiries}, only those. */
    private void forgetOldNonces(Instant now) {
        Iterator<Expiry> oldest = expiries.iterator();
        while (oldest.hasNext()) {
            Expiry expiry = oldest.next();
            if (!expiry.forgetAfter().isBefore(now)) {
                return;
            }
            // Whoever removes it from the queue forgets the nonce, once; only that entry of it.
            if (expiries.remove(expiry)) {
                seenNonces.remove(expiry.nonce(), expiry.forgetAfter());
            }
        }
    }
}

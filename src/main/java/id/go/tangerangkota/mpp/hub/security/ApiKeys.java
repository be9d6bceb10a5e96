package id.go.tangerangkota.mpp.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys: new ones are 256 random bits, and only their SHA-256 is ever kept. A fast hash is enough
 * for keys of that strength (unlike passwords) and keeps the check cheap on every call.
 */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Prefix of generated keys, so a leaked key is recognisable in a secret scanner's rules. */
    static final String PREFIX = "mpp_";

    private ApiKeys() {
    }

    /** A new key, to be shown to its client once. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of a key, as configured in {@code key-sha256} and stored. */
    public static String sha256(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

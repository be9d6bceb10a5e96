package id.go.tangerangkota.mpp.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Finds the client a presented API key belongs to. Keys are compared by their SHA-256: API keys
 * are long random strings, so a fast hash is enough and keeps the check cheap on every call.
 */
@Component
public class ApiClientRegistry {

    private final Map<String, ApiClient> byKeyHash = new HashMap<>();

    public ApiClientRegistry(ApiClientProperties properties) {
        for (ApiClientProperties.Client c : properties.getClients()) {
            if (c.getId() == null || c.getRole() == null || c.getKeySha256() == null
                    || !c.getKeySha256().matches("[0-9a-f]{64}")) {
                throw new IllegalStateException("mpp.security.clients: client '" + c.getId()
                        + "' needs id, role and key-sha256 (64 lower-case hex digits)");
            }
            byKeyHash.put(c.getKeySha256(), new ApiClient(c.getId(), c.getRole(), c.getSite()));
        }
    }

    /** The client holding this key, if any. */
    public Optional<ApiClient> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty() || presentedKey.length() > 256) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKeyHash.get(sha256(presentedKey)));
    }

    /** Hex SHA-256 of a key, as configured in {@code key-sha256}. */
    public static String sha256(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package id.go.tangerangkota.mpp.hub.security;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The keys personal data is encrypted under ({@code mpp.security.data-keys.<keyId>}: 32 bytes,
 * base64) and which of them new writes use ({@code mpp.security.data-key-current}). Older keys stay
 * configured for as long as rows written under them remain; the rotation job rewrites those rows
 * under the current key so an old key can then be removed.
 */
public final class DataKeys {

    /** Key ids travel inside every stored value and in environment variable names: short, no separators. */
    static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,16}");

    private final Map<String, SecretKey> keys;
    private final String currentId;

    /**
     * @param encoded   key id to the base64 of its 32 bytes
     * @param currentId the key new values are written under
     * @throws IllegalStateException naming the setting (never a key) when a key or the current id is
     *                               missing or malformed
     */
    public DataKeys(Map<String, String> encoded, String currentId) {
        if (currentId == null || currentId.isBlank()) {
            throw new IllegalStateException("mpp.security.data-key-current must name the key personal data is"
                    + " encrypted under (environment variable MPP_SECURITY_DATAKEYCURRENT), and that key be set in"
                    + " mpp.security.data-keys.<keyId> (MPP_SECURITY_DATAKEYS_<KEYID>: 32 random bytes, base64)");
        }
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        new TreeMap<>(encoded == null ? Map.<String, String>of() : encoded).forEach((id, value) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("mpp.security.data-keys." + id + ": a key id is 1 to 16 lowercase"
                        + " letters and digits");
            }
            parsed.put(id, new SecretKeySpec(decode(id, value), "AES"));
        });
        if (!parsed.containsKey(currentId.trim())) {
            throw new IllegalStateException("mpp.security.data-key-current is '" + currentId.trim()
                    + "' but mpp.security.data-keys." + currentId.trim() + " is not set (environment variable"
                    + " MPP_SECURITY_DATAKEYS_" + currentId.trim().toUpperCase() + ": 32 random bytes, base64)");
        }
        this.keys = Map.copyOf(parsed);
        this.currentId = currentId.trim();
    }

    /** Reads the keys from the configuration (properties or MPP_SECURITY_DATAKEYS_* variables). */
    public static DataKeys from(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, String> encoded = binder.bind("mpp.security.data-keys", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        return new DataKeys(encoded, binder.bind("mpp.security.data-key-current", String.class).orElse(null));
    }

    private static byte[] decode(String id, String value) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value == null ? "" : value.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("mpp.security.data-keys." + id + " is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("mpp.security.data-keys." + id + " must be 32 bytes (AES-256), base64;"
                    + " it is " + bytes.length + " bytes");
        }
        return bytes;
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    Optional<SecretKey> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    /** The ids of every configured key. */
    public Set<String> ids() {
        return keys.keySet();
    }
}

package id.go.tangerangkota.mpp.hub.support;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.security.DataCipher;
import id.go.tangerangkota.mpp.hub.security.DataKeys;

/**
 * Data keys for storage tests: each key id always gets the same 32 bytes, so ciphers built for
 * different key sets (before and after a rotation) agree on the keys they share.
 */
public final class TestDataKeys {

    private TestDataKeys() {
    }

    /** A cipher holding the given keys, writing under {@code current}. */
    public static DataCipher cipher(String current, String... others) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(current, keyOf(current));
        for (String id : others) {
            keys.put(id, keyOf(id));
        }
        return new DataCipher(new DataKeys(keys, current));
    }

    /** The base64 of the 32 bytes key {@code id} always has in tests. */
    public static String keyOf(String id) {
        byte[] key = new byte[32];
        byte[] name = id.getBytes();
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (name[i % name.length] * 31 + i);
        }
        return Base64.getEncoder().encodeToString(key);
    }
}

package id.go.tangerangkota.mpp.hub.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal data for storage: AES-256-GCM, a fresh random 96-bit IV per value, stored as
 * {@code enc:v1:<keyId>:<base64(iv || ciphertext || tag)>}. The key id in the value lets a value be
 * read after the current key changed. The associated data names where the value belongs (table, row,
 * column): a ciphertext copied into another row or column fails its tag instead of decrypting there.
 *
 * <p>Values without the prefix were written before encryption was introduced; they are read as they
 * are, and the rotation job encrypts them.
 */
public final class DataCipher {

    /** What every encrypted value starts with. */
    public static final String PREFIX = "enc:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final DataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public DataCipher(DataKeys keys) {
        this.keys = keys;
    }

    /** The id of the key new values are encrypted under. */
    public String currentKeyId() {
        return keys.currentId();
    }

    /**
     * @param place where the value is stored, e.g. {@code service_request/<id>/payload}
     * @return the stored form; null stays null
     */
    public String encrypt(String plain, String place) {
        if (plain == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + keys.currentId() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * @param place the same place the value was encrypted for
     * @return the plain text; null stays null; a value written before encryption is returned as is
     * @throws DataKeyMissing       when the value's key is not configured
     * @throws TamperedData         when the value was changed, or belongs to another place
     */
    public String decrypt(String stored, String place) {
        if (stored == null || !isEncrypted(stored)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new TamperedData(place);
        }
        String keyId = stored.substring(PREFIX.length(), colon);
        SecretKey key = keys.find(keyId).orElseThrow(() -> new DataKeyMissing(keyId));
        byte[] in;
        try {
            in = Base64.getDecoder().decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            throw new TamperedData(place);
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            throw new TamperedData(place);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException tampered) {
            throw new TamperedData(place);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** Whether a stored value is in the encrypted form (of any key). */
    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The key id a stored value is encrypted under; null for null or a value stored in the clear. */
    public static String keyIdOf(String stored) {
        if (!isEncrypted(stored)) {
            return null;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        return colon < 0 ? null : stored.substring(PREFIX.length(), colon);
    }

    /** Whether a stored value should be rewritten: in the clear, or under a key other than the current one. */
    public boolean needsRewrite(String stored) {
        return stored != null && !keys.currentId().equals(keyIdOf(stored));
    }

    /** A value that fails its authentication tag: changed, truncated, or copied from another place. */
    public static class TamperedData extends RuntimeException {
        public TamperedData(String place) {
            super("Stored personal data at " + place + " fails its integrity check (changed, or copied from"
                    + " another row)");
        }
    }
}

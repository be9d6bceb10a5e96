package id.go.tangerangkota.mpp.hub.protocol.snap;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Reads the RSA private key that signs SNAP token requests from its configured text: PKCS#8 PEM
 * ({@code -----BEGIN PRIVATE KEY-----}). Secrets often pass through environment variables that
 * cannot hold line breaks, so the header and footer are optional and line breaks may be missing or
 * written as a literal {@code \n}.
 */
public final class PemKeys {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private PemKeys() {
    }

    /**
     * @throws IllegalArgumentException naming what is wrong, never echoing the key
     */
    public static PrivateKey rsaPrivateKey(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("the private key is empty");
        }
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("the private key is PKCS#1 (BEGIN RSA PRIVATE KEY); convert it to "
                    + "PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in key.pem");
        }
        String base64 = pem.replace(BEGIN, "").replace(END, "").replace("\\n", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the private key is not PEM/base64");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the private key is not a PKCS#8 RSA key");
        }
    }
}

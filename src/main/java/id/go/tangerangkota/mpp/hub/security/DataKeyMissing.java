package id.go.tangerangkota.mpp.hub.security;

/**
 * A stored value is encrypted under a key this hub no longer (or not yet) has. Names the key id, so
 * an operator knows which key to configure again; never the value.
 */
public class DataKeyMissing extends RuntimeException {

    private final String keyId;

    public DataKeyMissing(String keyId) {
        super("Stored personal data is encrypted under data key '" + keyId + "', which is not configured"
                + " (mpp.security.data-keys." + keyId + "); configure it again or restore the data");
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}

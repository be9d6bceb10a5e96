package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.util.Objects;

/**
 * The simulated Samsat host's settings: the one account the MPP hub was given.
 *
 * @param username the WS-Security user name
 * @param password the password the PasswordDigest is computed from
 */
public record SamsatSettings(String username, String password) {

    /** Both are required: the host has no anonymous access. */
    public SamsatSettings {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /**
     * The sandbox account. SANDBOX DEMO credentials, published on purpose in the connector's
     * README and application-sandbox.yaml; they open nothing but this simulator.
     */
    public static SamsatSettings demo() {
        return new SamsatSettings("mpp-kota-tangerang", "sandbox-samsat-password");
    }
}

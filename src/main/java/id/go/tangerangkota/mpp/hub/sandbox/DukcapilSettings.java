package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.Objects;
import java.util.Set;

/**
 * What the PKS (data-access agreement) with Disdukcapil fixes for one institution: the path
 * segment it calls under, its credentials and the IP addresses allowed to call.
 *
 * @param institution the {@code {institution}} path segment, e.g. {@code MPP-TANGERANG}
 * @param userId      the {@code user_id} expected in every request body
 * @param password    the {@code password} expected in every request body
 * @param whitelist   remote IP addresses allowed to connect, as literals, e.g. {@code 127.0.0.1}
 *                    and {@code 0:0:0:0:0:0:0:1}; compressed IPv6 forms ({@code ::1}) work too
 */
public record DukcapilSettings(String institution, String userId, String password, Set<String> whitelist) {

    /** Copies the whitelist so a caller cannot change it while the server runs. */
    public DukcapilSettings {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(password, "password");
        whitelist = Set.copyOf(Objects.requireNonNull(whitelist, "whitelist"));
    }

    /** Keeps the password out of logs and assertion messages. */
    @Override
    public String toString() {
        return "DukcapilSettings[institution=" + institution + ", userId=" + userId
                + ", password=***, whitelist=" + whitelist + "]";
    }
}

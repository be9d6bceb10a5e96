package id.go.tangerangkota.mpp.hub.security;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Requests per second each client may make ({@code mpp.security.rate-limits.*}): by role, unless a
 * client has its own {@code requests-per-second}; and per caller address for the operations without
 * a key (tracking by code), against guessing of tracking codes.
 */
@ConfigurationProperties(prefix = "mpp.security.rate-limits")
public class RateLimitProperties {

    private Map<Role, Integer> roles = new EnumMap<>(Map.of(
            Role.COUNTER, 100, Role.AGENCY, 20, Role.INTEGRATOR, 50, Role.ADMIN, 50));
    private int publicPerAddress = 10;
    /** How many caller addresses are remembered for the public limit; the least recent are forgotten. */
    private int publicAddresses = 10_000;

    public Map<Role, Integer> getRoles() {
        return roles;
    }

    public void setRoles(Map<Role, Integer> roles) {
        this.roles = new EnumMap<>(this.roles);
        this.roles.putAll(roles);
    }

    public int getPublicPerAddress() {
        return publicPerAddress;
    }

    public void setPublicPerAddress(int publicPerAddress) {
        this.publicPerAddress = publicPerAddress;
    }

    public int getPublicAddresses() {
        return publicAddresses;
    }

    public void setPublicAddresses(int publicAddresses) {
        this.publicAddresses = publicAddresses;
    }
}

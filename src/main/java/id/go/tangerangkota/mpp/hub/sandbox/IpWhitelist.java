package id.go.tangerangkota.mpp.hub.sandbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;

/**
 * The IP addresses an agency lets in, compared in one canonical form so that {@code ::1} and
 * {@code 0:0:0:0:0:0:0:1} are the same address.
 */
final class IpWhitelist {

    private final Set<String> allowed = new HashSet<>();

    IpWhitelist(Set<String> addresses) {
        for (String address : addresses) {
            allowed.add(canonical(address.trim()));
        }
    }

    /** True when the socket's remote address may call. */
    boolean allows(String remoteIp) {
        return allowed.contains(canonical(remoteIp));
    }

    /**
     * The address as {@link InetAddress#getHostAddress()} writes it. Only IP literals are parsed,
     * so a host name in the whitelist never triggers a DNS look-up; it simply matches nothing.
     */
    private static String canonical(String address) {
        boolean ipv4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = address.indexOf(':') >= 0
                && address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
        if (!ipv4 && !ipv6) {
            return address;
        }
        try {
            String host = InetAddress.getByName(address).getHostAddress();
            int scope = host.indexOf('%');
            return scope < 0 ? host : host.substring(0, scope);
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }
}

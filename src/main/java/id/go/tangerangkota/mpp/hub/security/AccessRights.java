package id.go.tangerangkota.mpp.hub.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a counter may call one agency's service, from the configured rights
 * ({@link AccessRightsProperties}). Deny by default: a counter site the configuration does not name
 * calls nothing, so a new kelurahan office gets exactly the services it is granted.
 */
public class AccessRights {

    /** Matches every agency or every service. */
    public static final String ANY = "*";
    private static final Logger LOG = LoggerFactory.getLogger(AccessRights.class);

    private final List<AccessRightsProperties.Right> rights;

    public AccessRights(AccessRightsProperties properties) {
        this.rights = List.copyOf(properties.getAccessRights());
        for (int i = 0; i < rights.size(); i++) {
            AccessRightsProperties.Right r = rights.get(i);
            if (r.getAgency() == null || r.getAgency().isBlank()
                    || (r.getSites().isEmpty() && r.getClients().isEmpty()) || r.getServices().isEmpty()) {
                throw new IllegalStateException("mpp.security.access-rights[" + i + "] needs an agency (or *),"
                        + " at least one site or client, and services (or *)");
            }
        }
        if (rights.isEmpty()) {
            LOG.warn("No mpp.security.access-rights are configured: counters may call no agency's services");
        }
    }

    /** Whether this client may call this service of this agency. */
    public boolean allows(ApiClient client, String agency, String service) {
        return rights.stream().anyMatch(r -> grantsTo(r, client)
                && (ANY.equals(r.getAgency()) || r.getAgency().equals(agency))
                && (r.getServices().contains(ANY) || r.getServices().contains(service)));
    }

    private static boolean grantsTo(AccessRightsProperties.Right right, ApiClient client) {
        return right.getClients().contains(client.id()) || (!client.site().isEmpty() && right.getSites().contains(client.site()));
    }
}

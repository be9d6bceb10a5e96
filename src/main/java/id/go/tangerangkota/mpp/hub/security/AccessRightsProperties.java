package id.go.tangerangkota.mpp.hub.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which counters may call which agency's services ({@code mpp.security.access-rights[n].*}), in the
 * spirit of X-Road's access rights: each right names sites and/or client ids, one agency (or
 * {@code *}) and its services (or {@code *}). What no right grants is refused.
 */
@ConfigurationProperties(prefix = "mpp.security")
public class AccessRightsProperties {

    private List<Right> accessRights = new ArrayList<>();

    public List<Right> getAccessRights() {
        return accessRights;
    }

    public void setAccessRights(List<Right> accessRights) {
        this.accessRights = accessRights;
    }

    /** One grant. */
    public static class Right {
        private List<String> sites = new ArrayList<>();
        private List<String> clients = new ArrayList<>();
        private String agency;
        private List<String> services = new ArrayList<>(List.of(AccessRights.ANY));

        public List<String> getSites() {
            return sites;
        }

        public void setSites(List<String> sites) {
            this.sites = sites;
        }

        public List<String> getClients() {
            return clients;
        }

        public void setClients(List<String> clients) {
            this.clients = clients;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        public List<String> getServices() {
            return services;
        }

        public void setServices(List<String> services) {
            this.services = services;
        }
    }
}

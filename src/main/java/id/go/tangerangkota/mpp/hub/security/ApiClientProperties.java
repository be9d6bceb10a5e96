package id.go.tangerangkota.mpp.hub.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API clients seeded from configuration ({@code mpp.security.clients[n].*}). Only the SHA-256 of a
 * key is configured: the key itself is given to the client once and never stored by the hub. Clients
 * made through the admin API are stored in the database instead ({@link ApiClientStore}).
 */
@ConfigurationProperties(prefix = "mpp.security")
public class ApiClientProperties {

    private List<Client> clients = new ArrayList<>();

    public List<Client> getClients() {
        return clients;
    }

    public void setClients(List<Client> clients) {
        this.clients = clients;
    }

    /** One configured client. */
    public static class Client {
        private String id;
        private Role role;
        private String site = "";
        private String agency = "";
        private String keySha256;
        private Integer requestsPerSecond;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public String getSite() {
            return site;
        }

        public void setSite(String site) {
            this.site = site;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        /** This client's own rate limit; when unset, its role's ({@code mpp.security.rate-limits}). */
        public Integer getRequestsPerSecond() {
            return requestsPerSecond;
        }

        public void setRequestsPerSecond(Integer requestsPerSecond) {
            this.requestsPerSecond = requestsPerSecond;
        }

        public String getKeySha256() {
            return keySha256;
        }

        public void setKeySha256(String keySha256) {
            this.keySha256 = keySha256;
        }
    }
}

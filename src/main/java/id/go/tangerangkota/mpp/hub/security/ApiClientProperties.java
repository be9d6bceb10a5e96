package id.go.tangerangkota.mpp.hub.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API clients seeded from configuration ({@code mpp.security.clients[n].*}). Only the SHA-256 of a
 * key is configured: the key itself is given to the client once and never stored by the hub.
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
        private String keySha256;

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

        public String getKeySha256() {
            return keySha256;
        }

        public void setKeySha256(String keySha256) {
            this.keySha256 = keySha256;
        }
    }
}

package id.go.tangerangkota.mpp.bench;

import java.io.IOException;
import java.util.Map;

/**
 * How many of an agency's applications the hub has delivered and seen completed, read from its
 * Prometheus counter {@code mpp_applications_finished_total{agency,service,status}}: the same figure
 * an operator watches, and it needs no key.
 */
final class DeliveryCount {

    private final Endpoint hub;

    DeliveryCount(Endpoint hub) {
        this.hub = hub;
    }

    /** Applications of the agency finished with the given status since the hub started. */
    long finished(String agency, String status) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(hub.host(), hub.port())) {
            HttpAnswer answer = connection.send("GET", "/actuator/prometheus", Map.of(), null);
            if (answer.status() != 200) {
                throw new IOException("the hub's metrics answered " + answer.status());
            }
            double total = 0;
            for (String line : answer.text().split("\n")) {
                if (line.startsWith("mpp_applications_finished_total{") && line.contains("agency=\"" + agency + "\"")
                        && line.contains("status=\"" + status + "\"")) {
                    total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return Math.round(total);
        }
    }
}

package id.go.tangerangkota.mpp.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.request.StoredDataRotation;
import org.apache.camel.Exchange;

/**
 * {@code POST /admin/data-keys/rotate}: rewrites stored personal data under the current data key,
 * after an operator configured a new key and made it current, so the old key can be retired.
 */
public class DataKeysAdminApi {

    private final StoredDataRotation rotation;
    private final ObjectMapper json;

    public DataKeysAdminApi(StoredDataRotation rotation, ObjectMapper json) {
        this.rotation = rotation;
        this.json = json;
    }

    public void rotateDataKeys(Exchange exchange) {
        StoredDataRotation.Report report = rotation.rotate();
        ObjectNode body = json.createObjectNode();
        body.put("currentKey", report.currentKey());
        body.putObject("serviceRequests").put("rewritten", report.serviceRequests().rewritten())
                .put("unreadable", report.serviceRequests().unreadable());
        body.putObject("idempotencyRecords").put("rewritten", report.idempotencyRecords().rewritten())
                .put("unreadable", report.idempotencyRecords().unreadable());
        ArrayNode missing = body.putArray("missingKeys");
        report.missingKeys().forEach(missing::add);
        body.put("remaining", report.remaining());
        JsonAnswer.write(exchange, 200, body.toString());
    }
}

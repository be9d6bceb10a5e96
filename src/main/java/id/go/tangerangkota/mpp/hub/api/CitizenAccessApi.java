package id.go.tangerangkota.mpp.hub.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.protocol.NikRules;
import id.go.tangerangkota.mpp.hub.request.CitizenAccessLog;
import id.go.tangerangkota.mpp.hub.security.NikHasher;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * {@code GET /citizens/{nik}/access-log}: who accessed a citizen's data, when and why (UU 27/2022),
 * for the counter to print on the citizen's request. Reading the log is itself an access to the
 * citizen's data and is recorded first, so it shows in the page it answers.
 */
public class CitizenAccessApi {

    private final CitizenAccessLog accessLog;
    private final NikHasher nikHasher;
    private final ObjectMapper json;

    public CitizenAccessApi(CitizenAccessLog accessLog, NikHasher nikHasher, ObjectMapper json) {
        this.accessLog = accessLog;
        this.nikHasher = nikHasher;
        this.json = json;
    }

    public void getCitizenAccessLog(Exchange exchange, @Header("nik") String nik, @Header("page") String page,
            @Header("size") String size) {
        // Counters print it for the citizen in front of them; admins answer the citizen's complaints
        // (x-mpp-roles in the OpenAPI document).
        List<FieldError> errors = new ArrayList<>();
        NikRules.problems(nik == null ? "" : nik).forEach(p -> errors.add(new FieldError("nik", p)));
        int pageNumber = RequestsApi.intParam("page", page, 0, 0, 100_000, errors);
        int pageSize = RequestsApi.intParam("size", size, 20, 1, 100, errors);
        if (!errors.isEmpty()) {
            throw HubProblem.invalidFields(errors);
        }
        String nikHash = nikHasher.hash(nik);
        accessLog.record(Caller.of(exchange.getMessage()).access(nikHash, null, null, null,
                "Access log printed at the citizen's request"));
        CitizenAccessLog.Page result = accessLog.page(nikHash, pageNumber, pageSize);
        ObjectNode body = json.createObjectNode();
        body.putObject("citizen").put("nikMasked", NikRules.mask(nik));
        ArrayNode items = body.putArray("items");
        for (CitizenAccessLog.Entry e : result.items()) {
            ObjectNode item = items.addObject();
            item.put("at", e.at().toString());
            item.put("clientId", e.clientId());
            item.put("site", e.site());
            item.put("role", e.role());
            item.put("agency", e.agency());
            item.put("service", e.service());
            item.put("purpose", e.purpose());
            item.put("requestId", e.requestId());
        }
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("total", result.total());
        JsonAnswer.write(exchange, 200, body.toString());
    }
}

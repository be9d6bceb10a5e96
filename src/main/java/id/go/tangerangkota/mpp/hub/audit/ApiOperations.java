package id.go.tangerangkota.mpp.hub.audit;

import java.util.Optional;

import id.go.tangerangkota.mpp.hub.security.OperationRules;

/**
 * Which operation of the API a call is for, as the audit records it: the operation id and the path's
 * template ({@code /api/v1/citizens/{nik}/access-log}), never the path as sent, so no NIK or other
 * value a path carries is kept. The operations are the ones {@link OperationRules} read from the
 * OpenAPI document.
 */
public class ApiOperations {

    private final OperationRules rules;

    public ApiOperations(OperationRules rules) {
        this.rules = rules;
    }

    /** The operation a call is for, if the document has it. */
    public Optional<Match> match(String method, String path) {
        String relative = OperationRules.relative(path);
        return rules.find(method, path).map(op -> new Match(op.id(), OperationRules.BASE_PATH + op.template(),
                op.pathValue(relative, "agency").orElse(null), op.pathValue(relative, "service").orElse(null)));
    }

    /** The operation id, the path template, and the agency and service the path names (if it names them). */
    public record Match(String operationId, String template, String agency, String service) {
    }
}

package id.go.tangerangkota.mpp.hub.api;

import java.util.List;
import java.util.Map;

/**
 * An error meant for the client, carried as an exception until the API edge renders it as
 * {@code application/problem+json}. Its texts are written for a counter clerk and must not hold
 * personal data, class names or SQL: they are shown as they are.
 */
public class HubProblem extends RuntimeException {

    private final ProblemType type;
    private final String detail;
    private final List<FieldError> errors;
    private final Integer retryAfterSeconds;
    private final Map<String, Object> extensions;

    public HubProblem(ProblemType type, String detail) {
        this(type, detail, List.of(), null, Map.of());
    }

    public HubProblem(ProblemType type, String detail, List<FieldError> errors, Integer retryAfterSeconds,
            Map<String, Object> extensions) {
        super(type.title() + ": " + detail, null, false, false);
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
        this.extensions = Map.copyOf(extensions);
    }

    /** A 400 naming one field. */
    public static HubProblem invalidField(String field, String message) {
        return new HubProblem(ProblemType.VALIDATION, field + ": " + message,
                List.of(new FieldError(field, message)), null, Map.of());
    }

    /** A 400 naming several fields. */
    public static HubProblem invalidFields(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors";
        return new HubProblem(ProblemType.VALIDATION, detail, errors, null, Map.of());
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}

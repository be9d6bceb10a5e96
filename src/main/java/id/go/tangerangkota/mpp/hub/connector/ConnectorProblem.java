package id.go.tangerangkota.mpp.hub.connector;

/**
 * One thing wrong with a connector's files, said so that the agency team can mend it without
 * asking: which file, which field in it, what is wrong, and what to do.
 *
 * @param file    the file, relative to the connector or mappings folder (e.g.
 *                {@code connectors/taspen/connector.yaml}, {@code mappings/taspen/pension-status.response.jsonata})
 * @param field   the field path within it (e.g. {@code services[0].mode}), or empty for the whole file
 * @param message what is wrong; never a secret value
 * @param fix     what to do about it
 */
public record ConnectorProblem(String file, String field, String message, String fix) {

    public ConnectorProblem {
        field = field == null ? "" : field;
    }

    /** One line, for logs and the reload answer: file, field, what is wrong and the fix. */
    @Override
    public String toString() {
        return file + ": " + (field.isEmpty() ? "" : field + ": ") + message + (fix == null ? "" : " (fix: " + fix + ")");
    }
}

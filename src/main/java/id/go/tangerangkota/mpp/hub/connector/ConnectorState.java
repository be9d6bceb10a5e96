package id.go.tangerangkota.mpp.hub.connector;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an agency's connector can serve calls, as shown in the agency list. */
public enum ConnectorState {
    /** Loaded, validated and its routes are running. */
    AVAILABLE,
    /** Listed in the catalogue, deliberately not enabled yet (agency still onboarding). */
    NOT_ENABLED,
    /** Its descriptor or mappings are broken; the other agencies keep running. */
    INVALID;

    @JsonValue
    public String wireName() {
        return name().toLowerCase().replace('_', '-');
    }
}

package id.go.tangerangkota.mpp.bench;

/**
 * Where a run sends its load: straight to the agency's back end, through nginx as a plain reverse
 * proxy in front of the same back end (the floor of what any hop costs), or through the hub.
 */
public enum Target {
    /** The sandbox back end itself, in the agency's own protocol. */
    DIRECT("direct"),
    /** nginx proxying to the same back end, same requests as {@link #DIRECT}. */
    NGINX("nginx"),
    /** The hub's counter API, which calls the back end in the agency's protocol. */
    HUB("hub");

    private final String label;

    Target(String label) {
        this.label = label;
    }

    /** The name used in reports. */
    public String label() {
        return label;
    }
}

package id.go.tangerangkota.mpp.hub.broker;

/**
 * The broker could not be given, or asked for, the hub's queue settings: it refused them (the hub's
 * broker user lacks the permission to manage it, a setting is invalid), or it cannot be reached at
 * all.
 */
public class BrokerSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean unreachable;

    public BrokerSettingsException(String message) {
        this(message, null, false);
    }

    public BrokerSettingsException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private BrokerSettingsException(String message, Throwable cause, boolean unreachable) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** The broker is not there (down, restarting, network): it neither consumes nor refuses anything. */
    public static BrokerSettingsException unreachable(String message, Throwable cause) {
        return new BrokerSettingsException(message, cause, true);
    }

    /** Whether the broker could not be reached, as opposed to having answered no. */
    public boolean unreachable() {
        return unreachable;
    }
}

package id.go.tangerangkota.mpp.hub.connector;

/**
 * Decides whether an agency's delivery route may take applications from its queue as soon as it is
 * added, and hears when it was added, so that deliveries held for a reason found before the route
 * existed (the broker lacks the agency's dead-letter settings, its office is closed) start held.
 */
public interface DeliveryGate {

    /**
     * Called just before the connector's delivery route is added.
     *
     * @return true to start it at once; false to add it stopped (the gate starts it later)
     */
    boolean admit(Connector connector);

    /** Called once the connector's delivery route is added (started or not). */
    void added(Connector connector);
}

package id.go.tangerangkota.mpp.bench;

/** One benchmark scenario: the same piece of work through the hub and straight to the agency. */
public interface Scenario {

    /** Short id, e.g. {@code nik-lookup}. */
    String id();

    /** What the scenario shows, e.g. "Inquiry REST to REST, JSONata (Disdukcapil NIK look-up)". */
    String title();

    /** The sandbox agency slug whose latency the bench sets ({@code PUT /sandbox/faults/<slug>}). */
    String agency();

    /** Through the hub's counter API. */
    Operation viaHub();

    /** The agency's own protocol, straight to its back end (or nginx before it): paths only. */
    Operation direct();
}

package id.go.tangerangkota.mpp.bench;

/**
 * How hard a run pushes: as fast as the target answers (each connection sends its next request as
 * soon as the last is answered), or at a constant rate spread evenly over the connections.
 *
 * @param ratePerSecond the constant rate, or 0 for as fast as possible
 */
public record LoadShape(double ratePerSecond) {

    /** Each connection sends again as soon as it has its answer: the target's maximum throughput. */
    public static final LoadShape MAX_RATE = new LoadShape(0);

    /** A constant rate of operations per second over all connections. */
    public static LoadShape constant(double ratePerSecond) {
        if (ratePerSecond <= 0) {
            throw new IllegalArgumentException("a constant rate must be positive, was " + ratePerSecond);
        }
        return new LoadShape(ratePerSecond);
    }

    /** Whether this is the maximum-rate shape. */
    public boolean maxRate() {
        return ratePerSecond == 0;
    }

    /** "max" or the rate, for reports. */
    public String label() {
        return maxRate() ? "max" : String.format(java.util.Locale.ROOT, "%.0f/s", ratePerSecond);
    }
}

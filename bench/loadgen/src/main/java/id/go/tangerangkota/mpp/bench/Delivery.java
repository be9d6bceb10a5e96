package id.go.tangerangkota.mpp.bench;

/**
 * What became of the applications the hub accepted in one run: how many it accepted, how many
 * reached COMPLETED, how fast, and how many are missing when the wait ended.
 *
 * @param delayMs          the back end's answer delay
 * @param shape            the run's load shape
 * @param accepted         202 answers, warm-up included
 * @param completed        applications that went from accepted to COMPLETED
 * @param acceptedPerSecond accepted per second in the measured window
 * @param deliveredPerSecond completed per second, from the run's start to the last completion
 * @param lost             accepted but not completed when the drain wait ended (0 is the only good figure)
 */
public record Delivery(int delayMs, LoadShape shape, long accepted, long completed, double acceptedPerSecond,
        double deliveredPerSecond, long lost) {
}

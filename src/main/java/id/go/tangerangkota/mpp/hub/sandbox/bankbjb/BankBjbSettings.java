package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.time.Duration;
import java.util.function.BiFunction;

/**
 * The sandbox bank's tunable behaviour, from {@code mpp.sandbox.bank-bjb.*}.
 *
 * @param tokenTtl           life of a B2B access token ({@code token-ttl-seconds}, 900)
 * @param timestampTolerance how far X-TIMESTAMP may be from the bank's clock
 *                           ({@code timestamp-tolerance-seconds}, 300)
 * @param slowAnswer         how long the slow test VA holds its payment answer after recording the
 *                           payment ({@code slow-answer-ms}, 12000: beyond the hub's 10 s limit)
 */
record BankBjbSettings(Duration tokenTtl, Duration timestampTolerance, Duration slowAnswer) {

    static final String PREFIX = "mpp.sandbox.bank-bjb.";

    /** Reads the settings; a property that is not a number is a start-up error naming it. */
    static BankBjbSettings from(BiFunction<String, String, String> property) {
        return new BankBjbSettings(
                Duration.ofSeconds(number(property, "token-ttl-seconds", "900")),
                Duration.ofSeconds(number(property, "timestamp-tolerance-seconds", "300")),
                Duration.ofMillis(number(property, "slow-answer-ms", "12000")));
    }

    private static long number(BiFunction<String, String, String> property, String name, String fallback) {
        String value = property.apply(PREFIX + name, fallback);
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + name + " must be a number, was '" + value + "'");
        }
    }
}

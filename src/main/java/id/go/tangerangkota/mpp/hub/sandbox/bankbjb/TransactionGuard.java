package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.sun.net.httpserver.Headers;

/**
 * The checks every SNAP transaction passes before its service sees it, in the bank's order:
 * token (401xx01), headers present (400xx02) and well formed (400xx01), timestamp fresh, HMAC
 * signature, partner and channel of the token's client (401xx00), and last the X-EXTERNAL-ID unused
 * today (409xx00). The external id is recorded only once the caller is authenticated, so a refused
 * token does not burn it and the caller may resend with a new token.
 */
final class TransactionGuard {

    private static final java.util.regex.Pattern EXTERNAL_ID = java.util.regex.Pattern.compile("[0-9]{1,36}");

    private final AccessTokens tokens;
    private final ExternalIdLedger externalIds;
    private final Clock clock;
    private final Duration tolerance;

    TransactionGuard(AccessTokens tokens, ExternalIdLedger externalIds, Clock clock, Duration tolerance) {
        this.tokens = tokens;
        this.externalIds = externalIds;
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /**
     * @param path the request's raw path, as the partner signed it
     * @return the authenticated partner
     * @throws SnapRejection with the case of the first check that fails
     */
    SnapPartner check(String method, String path, Headers headers, byte[] body) {
        String authorization = headers.getFirst("Authorization");
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        SnapPartner partner = tokens.partnerOf(token).orElseThrow(SnapRejection::invalidToken);
        String timestamp = required(headers, "X-TIMESTAMP");
        String signature = required(headers, "X-SIGNATURE");
        String partnerId = required(headers, "X-PARTNER-ID");
        String externalId = required(headers, "X-EXTERNAL-ID");
        String channelId = required(headers, "CHANNEL-ID");
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            throw SnapRejection.invalidFormat("X-EXTERNAL-ID");
        }
        SnapTimestamp.check(timestamp, clock, tolerance);
        if (!SnapCrypto.transactionSignatureValid(partner.clientSecret(), method, path, token, body, timestamp,
                signature)) {
            throw SnapRejection.unauthorized("Signature");
        }
        if (!partner.partnerId().equals(partnerId)) {
            throw SnapRejection.unauthorized("Unknown X-PARTNER-ID");
        }
        if (!partner.channelId().equals(channelId)) {
            throw SnapRejection.unauthorized("Unknown CHANNEL-ID");
        }
        if (!externalIds.firstUse(partnerId, LocalDate.now(clock.withZone(SnapTimestamp.WIB)), externalId)) {
            throw new SnapRejection(409, "00", "Conflict");
        }
        return partner;
    }

    private static String required(Headers headers, String name) {
        String value = headers.getFirst(name);
        if (value == null || value.isBlank()) {
            throw SnapRejection.missing(name);
        }
        return value.trim();
    }
}

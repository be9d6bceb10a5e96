package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The nonce memory of the WS-Security check on a clock the test moves: a nonce is refused for the
 * whole validity of its token, and forgotten once the token has expired (then a replay is refused
 * as expired), so the memory holds only the last few minutes' nonces however long the host runs.
 */
class UsernameTokenCheckTest {

    private static final String USER = "mpp-tangerang";
    private static final String PASSWORD = "sandbox-secret";
    private static final Instant START = Instant.parse("2026-11-22T03:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final UsernameTokenCheck check = new UsernameTokenCheck(USER, PASSWORD, clock);

    @Test
    void aNonceIsRefusedForTheWholeValidityOfItsToken() throws Exception {
        Element token = header(nonce(1), START);
        assertThat(check.verify(token)).isEqualTo(USER);

        for (Duration later : new Duration[] {Duration.ofSeconds(1), Duration.ofMinutes(3),
                UsernameTokenCheck.MAX_AGE.minusSeconds(1)}) {
            clock.set(START.plus(later));
            check.verify(header(nonce(100 + later.toSeconds()), clock.instant())); // others come and go
            assertThat(fault(token)).as("replayed %s later", later).isEqualTo("InvalidSecurityToken");
        }
        clock.set(START.plus(UsernameTokenCheck.MAX_AGE).plusSeconds(1));
        assertThat(fault(token)).as("past its validity").isEqualTo("MessageExpired");
    }

    @Test
    void aTokenCreatedAheadOfTheClockKeepsItsNonceUntilItExpires() throws Exception {
        Instant ahead = START.plus(UsernameTokenCheck.MAX_AHEAD);
        Element token = header(nonce(2), ahead);
        check.verify(token);

        // Valid until ahead + MAX_AGE: later than any token created at START.
        clock.set(ahead.plus(UsernameTokenCheck.MAX_AGE).minusSeconds(1));
        check.verify(header(nonce(3), clock.instant()));
        assertThat(fault(token)).isEqualTo("InvalidSecurityToken");
    }

    @Test
    void expiredNoncesAreForgottenAndOnlyThose() throws Exception {
        for (int i = 0; i < 1_000; i++) {
            // Created anywhere in the accepted window, in no particular order.
            Instant created = START.minus(UsernameTokenCheck.MAX_AGE).plusSeconds((i * 7919L) % 300);
            check.verify(header(nonce(10_000 + i), created));
        }
        assertThat(check.rememberedNonces()).isEqualTo(1_000);

        // Three minutes on: the tokens created before START - 3 min have expired, the others not.
        clock.set(START.plus(Duration.ofMinutes(3)));
        check.verify(header(nonce(4), clock.instant()));
        long stillValid = java.util.stream.IntStream.range(0, 1_000)
                .filter(i -> (i * 7919L) % 300 >= 120).count();
        assertThat(check.rememberedNonces()).isEqualTo((int) stillValid + 1);

        clock.set(START.plus(Duration.ofMinutes(10)));
        check.verify(header(nonce(5), clock.instant()));
        assertThat(check.rememberedNonces()).as("only the last token's").isEqualTo(1);
    }

    private String fault(Element header) {
        try {
            check.verify(header);
            return "accepted";
        } catch (SoapFault fault) {
            return fault.codeLocalName();
        }
    }

    private static byte[] nonce(long n) {
        return String.format("nonce-%010d", n).getBytes(StandardCharsets.US_ASCII);
    }

    /** A soapenv:Header with a UsernameToken as a client computes it. */
    private static Element header(byte[] nonce, Instant created) throws Exception {
        String createdText = created.atOffset(ZoneOffset.UTC).toString();
        String xml = "<soapenv:Header xmlns:soapenv=\"" + Soap11.ENVELOPE_NS + "\">"
                + "<wsse:Security xmlns:wsse=\"" + Soap11.WSSE_NS + "\" xmlns:wsu=\"" + Soap11.WSU_NS + "\">"
                + "<wsse:UsernameToken><wsse:Username>" + USER + "</wsse:Username>"
                + "<wsse:Password Type=\"" + UsernameTokenCheck.PASSWORD_DIGEST + "\">"
                + UsernameTokenCheck.digest(nonce, createdText, PASSWORD) + "</wsse:Password>"
                + "<wsse:Nonce EncodingType=\"" + UsernameTokenCheck.BASE64_BINARY + "\">"
                + Base64.getEncoder().encodeToString(nonce) + "</wsse:Nonce>"
                + "<wsu:Created>" + createdText + "</wsu:Created>"
                + "</wsse:UsernameToken></wsse:Security></soapenv:Header>";
        return SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }

    /** A clock the test sets. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

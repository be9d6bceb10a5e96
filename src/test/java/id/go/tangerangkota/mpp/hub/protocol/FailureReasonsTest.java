package id.go.tangerangkota.mpp.hub.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;

/** Failure reasons people read carry no class name, host or agency text. */
class FailureReasonsTest {

    @Test
    void aProblemKeepsItsDetailAndAnythingElseGetsAFixedPhrase() {
        assertThat(FailureReasons.of(AgencyFailures.agencyError("dinsos", "Dinsos", "HTTP 500")))
                .isEqualTo("Dinsos answered with an error: HTTP 500");
        assertThat(FailureReasons.of(new IllegalStateException("wrapped",
                new SocketTimeoutException("Read timed out from 10.1.2.3")))).isEqualTo("no answer within the time limit");
        assertThat(FailureReasons.of(new IOException("Connect to http://10.1.2.3:8080 refused")))
                .isEqualTo("connection failed or no usable answer");
        String other = FailureReasons.of(new NullPointerException("x"));
        assertThat(other).doesNotContain("Exception").doesNotContain("x");
    }
}

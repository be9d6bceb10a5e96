package id.go.tangerangkota.mpp.hub.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.ProblemType;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

/** One agency's circuit breaker and bulkhead, from its descriptor's settings. */
class AgencyGuardTest {

    private static AgencyGuard guard(int maxConcurrentCalls, int minimumCalls) {
        return new AgencyGuard("dinsos", "Dinsos", new ConnectorDescriptor.Resilience(5000,
                new ConnectorDescriptor.CircuitBreaker(50, 3000, 80, minimumCalls, 60_000),
                new ConnectorDescriptor.Bulkhead(maxConcurrentCalls), null));
    }

    @Test
    void theBulkheadRefusesTheCallBeyondItsLimitAndTakesCallsAgainWhenOneEnds() {
        AgencyGuard guard = guard(2, 10);
        AgencyGuard.Permit first = guard.enter();
        guard.enter();

        assertThatThrownBy(guard::enter).isInstanceOfSatisfying(HubProblem.class, p -> {
            assertThat(p.type()).isEqualTo(ProblemType.AGENCY_UNAVAILABLE);
            assertThat(p.detail()).contains("Dinsos").contains("calls in progress");
            assertThat(p.retryAfterSeconds()).isEqualTo(1);
            assertThat(p.extensions()).containsEntry("agency", "dinsos");
        });

        first.succeeded();
        assertThat(guard.enter()).isNotNull();
    }

    @Test
    void failuresOpenTheCircuitAndAnOpenCircuitRefusesWithItsStateAndWait() {
        AgencyGuard guard = guard(10, 4);
        for (int i = 0; i < 4; i++) {
            guard.enter().failed(new IOException("connection refused"));
        }

        assertThat(guard.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(guard::enter).isInstanceOfSatisfying(HubProblem.class, p -> {
            assertThat(p.type()).isEqualTo(ProblemType.AGENCY_UNAVAILABLE);
            assertThat(p.detail()).contains("Dinsos").contains("circuit is open");
            assertThat(p.retryAfterSeconds()).isEqualTo(60);
            assertThat(p.extensions()).containsEntry("circuitState", "OPEN");
        });
    }

    @Test
    void refusalsOnTheMeritsAndTheHubsOwnFailuresDoNotOpenTheCircuit() {
        AgencyGuard guard = guard(10, 4);
        List<AgencyGuard.Permit> permits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            permits.add(guard.enter());
        }
        permits.subList(0, 4).forEach(AgencyGuard.Permit::succeeded);
        permits.subList(4, 8).forEach(AgencyGuard.Permit::uncounted);

        assertThat(guard.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(AgencyGuards.isAgencyFailure(new IOException("reset"))).isTrue();
        assertThat(AgencyGuards.isAgencyFailure(new HubProblem(ProblemType.AGENCY_ERROR, "HTTP 500"))).isTrue();
        assertThat(AgencyGuards.isAgencyFailure(new IllegalArgumentException("mapping failed"))).isFalse();
        assertThat(AgencyGuards.isAgencyFailure(new HubProblem(ProblemType.VALIDATION, "x"))).isFalse();
    }

    @Test
    void aPermitEndsOnceSoTheBulkheadIsNotGivenBackTwice() {
        AgencyGuard guard = guard(1, 10);
        AgencyGuard.Permit permit = guard.enter();
        permit.succeeded();
        permit.uncounted();
        guard.enter();

        assertThatThrownBy(guard::enter).isInstanceOf(HubProblem.class);
    }
}

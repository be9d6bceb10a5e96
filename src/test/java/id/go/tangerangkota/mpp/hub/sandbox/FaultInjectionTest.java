package id.go.tangerangkota.mpp.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.FaultDecision.Action;
import org.junit.jupiter.api.Test;

/**
 * The one decision every simulated back end (HTTP and PLN's ISO 8583 host) takes per request:
 * counted, spread evenly and exactly, and requests that may not fail neither fail nor use up the
 * error rate.
 */
class FaultInjectionTest {

    private final FaultInjection faults = new FaultInjection(Set.of("pln", "dinsos"));

    private List<Action> actions(String agency, int n, boolean mayFail) {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            actions.add(faults.decide(agency, mayFail).action());
        }
        return actions;
    }

    @Test
    void withoutAFaultEveryRequestIsAnsweredAtOnceAndCounted() {
        assertThat(faults.decide("pln", true)).isEqualTo(FaultDecision.ANSWER_NOW);
        assertThat(faults.decide("pln", false)).isEqualTo(FaultDecision.ANSWER_NOW);

        assertThat(faults.requests("pln")).isEqualTo(2);
        assertThat(faults.requests("dinsos")).isZero();
    }

    @Test
    void downCutsEveryRequestEvenThoseThatMayNotFail() {
        faults.set("pln", new Fault(Fault.Mode.DOWN, 0, 0));

        assertThat(actions("pln", 2, true)).containsOnly(Action.CUT);
        assertThat(actions("pln", 2, false)).containsOnly(Action.CUT);
    }

    @Test
    void slowDelaysEveryRequestByTheLatency() {
        faults.set("pln", new Fault(Fault.Mode.SLOW, 700, 0));

        assertThat(faults.decide("pln", true)).isEqualTo(new FaultDecision(700, Action.ANSWER));
        assertThat(faults.decide("pln", false)).isEqualTo(new FaultDecision(700, Action.ANSWER));
    }

    @Test
    void failingFailsExactlyTheRateSpreadEvenlyAndSparesRequestsThatMayNotFail() {
        faults.set("pln", new Fault(Fault.Mode.FAILING, 0, 0.25));

        assertThat(actions("pln", 3, true)).containsOnly(Action.ANSWER);
        assertThat(actions("pln", 5, false)).as("not failed, and no error rate used up").containsOnly(Action.ANSWER);
        assertThat(actions("pln", 1, true)).containsExactly(Action.ERROR);
        assertThat(actions("pln", 8, true)).containsExactly(Action.ANSWER, Action.ANSWER, Action.ANSWER,
                Action.ERROR, Action.ANSWER, Action.ANSWER, Action.ANSWER, Action.ERROR);
        assertThat(faults.requests("pln")).isEqualTo(17);
    }

    @Test
    void flakyFailuresAlternateCutAndErrorAfterARandomDelayUpToTheLatency() {
        faults.set("pln", new Fault(Fault.Mode.FLAKY, 300, 1.0));

        List<FaultDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            decisions.add(faults.decide("pln", true));
        }

        assertThat(decisions).extracting(FaultDecision::action)
                .containsExactly(Action.CUT, Action.ERROR, Action.CUT, Action.ERROR);
        assertThat(decisions).allSatisfy(d -> assertThat(d.delayMs()).isBetween(0L, 300L));
        assertThat(faults.decide("pln", false).action()).isEqualTo(Action.ANSWER);
    }

    @Test
    void settingAFaultAgainStartsItsCountingAfresh() {
        faults.set("pln", new Fault(Fault.Mode.FAILING, 0, 0.5));
        assertThat(actions("pln", 1, true)).containsExactly(Action.ANSWER);

        faults.set("pln", new Fault(Fault.Mode.FAILING, 0, 0.5));

        assertThat(actions("pln", 2, true)).containsExactly(Action.ANSWER, Action.ERROR);
        assertThatThrownBy(() -> faults.set("nowhere", Fault.NONE)).isInstanceOf(IllegalArgumentException.class);
    }
}

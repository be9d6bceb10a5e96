package id.go.tangerangkota.mpp.bench;

import java.util.List;

import id.go.tangerangkota.mpp.bench.scenario.ApplicationScenario;
import id.go.tangerangkota.mpp.bench.scenario.NikLookupScenario;
import id.go.tangerangkota.mpp.bench.scenario.PkbInquiryScenario;
import id.go.tangerangkota.mpp.bench.scenario.SnapPaymentScenario;
import id.go.tangerangkota.mpp.bench.scenario.VclaimPesertaScenario;

/** The benchmark's five scenarios (issue 8). */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * The five scenarios in the order of the issue.
     *
     * <p>Scenario 5's direct side makes the bank calls the hub makes for one payment: two bill
     * look-ups (service 24: one before the hub takes the bill's lock and one after, since another
     * counter may have paid the bill in between) and the payment (service 25), with a B2B token
     * when due ({@link SnapPaymentScenario#HUB_INQUIRIES}). The issue describes one look-up; pass
     * {@code new SnapPaymentScenario(key, 1)} to measure that sequence instead.
     *
     * @param hubApiKey the counter's X-API-Key
     */
    public static List<Scenario> all(String hubApiKey) {
        return List.of(
                new NikLookupScenario(hubApiKey),
                new PkbInquiryScenario(hubApiKey),
                new VclaimPesertaScenario(hubApiKey),
                new ApplicationScenario(hubApiKey),
                new SnapPaymentScenario(hubApiKey));
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.time.LocalDate;
import java.util.List;

/**
 * A self-employed (BPU) registration waiting for its first contribution; the KPJ number is issued
 * only once that is paid, so until then it is not a {@link Participant}.
 *
 * @param registrationNumber the agency's registration number
 * @param nik                the registrant
 * @param paymentCode        the code the first contribution is paid with
 * @param programmes         JKK, JKM and optionally JHT
 * @param monthlyContribution rupiah per month
 * @param months             the contribution period paid at once
 * @param payBy              last day to pay the first contribution
 */
public record BpuRegistration(String registrationNumber, String nik, String paymentCode, List<String> programmes,
        long monthlyContribution, int months, LocalDate payBy) {

    /** Copies the programmes. */
    public BpuRegistration {
        programmes = List.copyOf(programmes);
    }
}

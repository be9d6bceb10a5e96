package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.time.LocalDate;
import java.util.Map;

/**
 * One application the sandbox's BPJS Kesehatan registered.
 *
 * @param noRefMitra  the partner's reference (the hub's request id), deduplicated on
 * @param sequence    order of registration, from 1
 * @param noPengajuan the provider's application number
 * @param type        {@code PERBAIKAN DATA PESERTA} or {@code PINDAH FKTP}
 * @param noKartu     the card applied for
 * @param submittedOn the provider's date of registration
 * @param answer      the decrypted {@code response} it was answered with, given again to a repeat
 */
public record MembershipApplication(String noRefMitra, int sequence, String noPengajuan, String type, String noKartu,
        LocalDate submittedOn, Map<String, Object> answer) {

    /** The answer is kept as given. */
    public MembershipApplication {
        answer = java.util.Collections.unmodifiableMap(answer);
    }
}

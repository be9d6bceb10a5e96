package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.util.Map;

/**
 * The BPHTB validation numbers Bapenda has issued (SSPD paid and verified), with the NOP and the
 * receiving taxpayer each one validates. Seeded with the inheritance of the pbb-transfer example.
 */
final class ValidatedBphtb {

    private record Validation(String nop, String receiverNik) {
    }

    private final Map<String, Validation> byNumber = Map.of(
            SpptBook.RINA_BPHTB, new Validation(SpptBook.INHERITED_NOP, SpptBook.RINA));

    /** Whether this number validates a transfer of this NOP to this taxpayer. */
    boolean matches(String number, String nop, String receiverNik) {
        Validation v = byNumber.get(number);
        return v != null && v.nop().equals(nop) && v.receiverNik().equals(receiverNik);
    }
}

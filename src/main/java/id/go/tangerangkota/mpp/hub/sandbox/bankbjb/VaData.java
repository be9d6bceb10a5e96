package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pieces of SNAP's {@code virtualAccountData} the three services share. */
final class VaData {

    private VaData() {
    }

    static Map<String, String> money(long rupiah) {
        Map<String, String> money = new LinkedHashMap<>();
        money.put("value", rupiah + ".00");
        money.put("currency", "IDR");
        return money;
    }

    static Map<String, String> reason(String english, String indonesia) {
        Map<String, String> reason = new LinkedHashMap<>();
        reason.put("english", english);
        reason.put("indonesia", indonesia);
        return reason;
    }

    /** partnerServiceId, customerNo, virtualAccountNo and virtualAccountName. */
    static Map<String, Object> identity(VirtualAccount va) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnerServiceId", va.biller().partnerServiceId());
        data.put("customerNo", va.customerNo());
        data.put("virtualAccountNo", va.virtualAccountNo());
        data.put("virtualAccountName", va.name());
        return data;
    }

    /** The bill lines of a closed VA; none for an open one. */
    static List<Map<String, Object>> billDetails(VirtualAccount va) {
        if (va.open()) {
            return List.of();
        }
        Map<String, Object> bill = new LinkedHashMap<>();
        bill.put("billCode", "01");
        bill.put("billNo", va.billNo());
        bill.put("billName", va.billName());
        bill.put("billShortName", switch (va.biller()) {
            case PBB -> "PBB-P2";
            case UJI_BEBAN -> "UJI BEBAN";
            default -> "RETRIBUSI";
        });
        bill.put("billDescription", reason(va.billName(), va.billName()));
        bill.put("billSubCompany", "00000");
        bill.put("billAmount", money(va.amount()));
        return List.of(bill);
    }

    static List<Map<String, String>> freeTexts(VirtualAccount va) {
        return List.of(reason(va.biller().label(), va.biller().label()));
    }
}

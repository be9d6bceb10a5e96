package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The billers whose virtual accounts the sandbox bank keeps, by SNAP partnerServiceId (the VA
 * prefix). Closed VAs carry one fixed bill; open-amount VAs are the settlement accounts of billers
 * the hub collects for at the MPP counter: any positive amount is accepted and recorded, and the
 * biller is confirmed separately by the hub. {@link #UJI_BEBAN} exists only in the sandbox, for
 * load tests: a closed bill for every well-formed customer number, made up when asked for.
 */
enum Biller {
    /** City retribution (SKRD): customerNo 3671 + kecamatan + yyMM + serial. */
    RETRIBUSI("88367", "Retribusi Daerah Kota Tangerang", false, null, Pattern.compile("[0-9]{16}")),
    /** Land and building tax: customerNo is the 18-digit NOP. */
    PBB("88368", "PBB-P2 Kota Tangerang", false, null, Pattern.compile("[0-9]{18}")),
    /** PLN electricity, customerNo = IDPEL (12 digits). */
    PLN("88370", "PT PLN (Persero)", true, "SETORAN PLN MPP TANGERANG", Pattern.compile("[0-9]{12}")),
    /** Perumdam Tirta Benteng water, customerNo = customer id. */
    PDAM("88371", "Perumdam Tirta Benteng", true, "SETORAN PDAM TIRTA BENTENG MPP TANGERANG",
            Pattern.compile("[0-9]{1,20}")),
    /** Samsat vehicle tax, customerNo = billing code. */
    SAMSAT("88372", "Samsat Kota Tangerang (Bapenda Banten)", true, "SETORAN SAMSAT MPP TANGERANG",
            Pattern.compile("[0-9]{1,20}")),
    /**
     * SANDBOX ONLY, for load tests (bench/): every 20-digit customer number is an unpaid closed bill
     * of {@link #generatedAmount()}, made up on demand and never stored until it is paid, so a
     * benchmark can pay as many closed bills as it likes (the hub refuses to pay open-amount VAs,
     * and each seeded bill can be paid only once). Paid once, it is refused like any paid bill.
     */
    UJI_BEBAN("88399", "Tagihan uji beban (sandbox)", false, null, Pattern.compile("[0-9]{20}"), 150_000);

    private final String prefix;
    private final String label;
    private final boolean open;
    private final String settlementName;
    private final Pattern customerNo;
    private final long generatedAmount;

    Biller(String prefix, String label, boolean open, String settlementName, Pattern customerNo) {
        this(prefix, label, open, settlementName, customerNo, 0);
    }

    Biller(String prefix, String label, boolean open, String settlementName, Pattern customerNo,
            long generatedAmount) {
        this.prefix = prefix;
        this.label = label;
        this.open = open;
        this.settlementName = settlementName;
        this.customerNo = customerNo;
        this.generatedAmount = generatedAmount;
    }

    /** The prefix without padding, e.g. {@code 88367}. */
    String prefix() {
        return prefix;
    }

    /** SNAP's 8-character partnerServiceId, left-padded with spaces. */
    String partnerServiceId() {
        return " ".repeat(8 - prefix.length()) + prefix;
    }

    String label() {
        return label;
    }

    boolean open() {
        return open;
    }

    /** True when every well-formed customer number is a bill made up on demand (load tests). */
    boolean generated() {
        return generatedAmount > 0;
    }

    /** The amount of each made-up bill, whole rupiah; 0 for the other billers. */
    long generatedAmount() {
        return generatedAmount;
    }

    /** The VA name of an open-amount settlement account. */
    String settlementName() {
        return settlementName;
    }

    boolean acceptsCustomerNo(String customerNo) {
        return this.customerNo.matcher(customerNo).matches();
    }

    /** The biller of an 8-character partnerServiceId. */
    static Optional<Biller> ofPartnerServiceId(String partnerServiceId) {
        for (Biller biller : values()) {
            if (biller.partnerServiceId().equals(partnerServiceId)) {
                return Optional.of(biller);
            }
        }
        return Optional.empty();
    }
}

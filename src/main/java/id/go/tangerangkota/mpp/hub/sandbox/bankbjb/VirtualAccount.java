package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.util.Objects;

/**
 * One virtual account of the sandbox bank.
 *
 * @param biller     whose VA it is (the prefix)
 * @param customerNo the rest of the VA number
 * @param name       virtualAccountName: the citizen's name, or the biller's settlement name
 * @param ownerNik   the sandbox citizen the bill belongs to, null for a settlement account or a
 *                   load-test bill
 * @param amount     the bill in whole rupiah; 0 for an open-amount VA
 * @param billNo     the biller's own bill number (SKRD, SPPT year), null for open VAs
 * @param billName   what the bill is for
 * @param behaviour  how its payment answers (test VAs)
 */
record VirtualAccount(Biller biller, String customerNo, String name, String ownerNik, long amount, String billNo,
        String billName, Behaviour behaviour) {

    /** How a payment of the VA answers. */
    enum Behaviour {
        /** At once. */
        NORMAL,
        /** Records the payment at once but answers only after the configured delay. */
        SLOW_ANSWER,
        /** Accepts the payment as in progress (202xx00); the status says pending. */
        IN_PROGRESS
    }

    VirtualAccount {
        Objects.requireNonNull(biller, "biller");
        Objects.requireNonNull(customerNo, "customerNo");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(behaviour, "behaviour");
    }

    /** A settlement account of an open-amount biller. */
    static VirtualAccount settlement(Biller biller, String customerNo) {
        return new VirtualAccount(biller, customerNo, biller.settlementName(), null, 0, null, null, Behaviour.NORMAL);
    }

    /**
     * A load-test bill of a {@linkplain Biller#generated() generating} biller: unpaid until a payment
     * is recorded, the same every time it is asked for.
     */
    static VirtualAccount loadTestBill(Biller biller, String customerNo) {
        return new VirtualAccount(biller, customerNo, "UJI BEBAN SANDBOX", null, biller.generatedAmount(),
                "UJI/" + customerNo, biller.label(), Behaviour.NORMAL);
    }

    /** partnerServiceId (8, padded) + customerNo, as SNAP writes it. */
    String virtualAccountNo() {
        return biller.partnerServiceId() + customerNo;
    }

    boolean open() {
        return biller.open();
    }
}

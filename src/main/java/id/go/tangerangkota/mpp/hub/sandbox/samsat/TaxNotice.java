package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.time.LocalDate;

/**
 * The annual tax notice of a vehicle: what is owed for the current tax year (and any unpaid
 * earlier years), component by component, as the host's {@code rincian} reports it. Amounts are
 * whole rupiah and always add up to {@link #total()}.
 *
 * @param billingCode  kode bayar, 16 digits: what the bank pays against
 * @param pkbDueDate   when the current year's PKB is (or was) due
 * @param stnkDueDate  when the STNK must be replaced (every five years, with a physical check)
 */
record TaxNotice(String billingCode, LocalDate pkbDueDate, LocalDate stnkDueDate, long pkbPokok, long opsenPkbPokok,
        long pkbDenda, long opsenPkbDenda, long swdklljPokok, long swdklljDenda, long pnbpStnk, long pnbpTnkb) {

    /** Opsen PKB: the regency's or city's 66% on top of the province's PKB (UU 1/2022, pasal 83). */
    static final int OPSEN_PERCENT = 66;
    /** Late payment: 1% of the PKB per month late, at most 24 months (UU 1/2022). */
    static final int PENALTY_PERCENT_PER_MONTH = 1;
    static final int MAX_PENALTY_MONTHS = 24;

    /** Everything to pay. */
    long total() {
        return pkbPokok + opsenPkbPokok + pkbDenda + opsenPkbDenda + swdklljPokok + swdklljDenda + pnbpStnk
                + pnbpTnkb;
    }

    /** True when the five-yearly STNK replacement is due with this notice. */
    boolean stnkReplacementDue() {
        return !stnkDueDate.isAfter(pkbDueDate);
    }

    /**
     * Computes a notice.
     *
     * @param kind       the vehicle class
     * @param annualPkb  one year's PKB (pokok)
     * @param pkbDueDate the current year's due date
     * @param yearsDue   years owed: 1, or more when earlier years are unpaid
     * @param stnkDue    the STNK's replacement date; on or before pkbDueDate adds the PNBP
     * @param today      the host's date, against which lateness is counted
     */
    static TaxNotice compute(String billingCode, Vehicle.Kind kind, long annualPkb, LocalDate pkbDueDate,
            int yearsDue, LocalDate stnkDue, LocalDate today) {
        long pkb = annualPkb * yearsDue;
        long pkbPenalty = 0;
        long swdklljPenalty = 0;
        int monthsLate = monthsLate(pkbDueDate, today);
        for (int year = 0; year < yearsDue; year++) {
            // The current year is monthsLate late; each earlier year twelve months more.
            int months = Math.min(MAX_PENALTY_MONTHS, monthsLate + 12 * year);
            pkbPenalty += Math.round(annualPkb * PENALTY_PERCENT_PER_MONTH * months / 100.0);
            swdklljPenalty += months > 0 ? kind.swdklljLateFine() : 0;
        }
        boolean replaceStnk = !stnkDue.isAfter(pkbDueDate);
        return new TaxNotice(billingCode, pkbDueDate, stnkDue, pkb, opsen(pkb), pkbPenalty, opsen(pkbPenalty),
                kind.swdkllj() * yearsDue, swdklljPenalty, replaceStnk ? kind.pnbpStnk() : 0,
                replaceStnk ? kind.pnbpTnkb() : 0);
    }

    /** Started months since the due date; 0 when not yet due. */
    static int monthsLate(LocalDate dueDate, LocalDate today) {
        if (!today.isAfter(dueDate)) {
            return 0;
        }
        long days = today.toEpochDay() - dueDate.toEpochDay();
        return (int) ((days + 29) / 30);
    }

    private static long opsen(long amount) {
        return Math.round(amount * OPSEN_PERCENT / 100.0);
    }
}

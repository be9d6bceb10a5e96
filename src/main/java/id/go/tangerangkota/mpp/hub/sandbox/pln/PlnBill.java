package id.go.tangerangkota.mpp.hub.sandbox.pln;

/**
 * One monthly postpaid bill (rekening) as PLN's billing holds it. Amounts in whole rupiah; meter
 * readings in kWh (kVArh for the reactive pair).
 *
 * @param period        the billing month, YYYYMM
 * @param dueDate       last day to pay without penalty, yyyyMMdd
 * @param meterReadDate when the meter was read, yyyyMMdd
 * @param billAmount    RP TAG PLN, VAT included
 * @param incentive     discount granted
 * @param vat           the VAT part of the bill (0 for households up to 6.600 VA)
 * @param penalty       late payment charge
 * @param readings      previous and current LWBP, WBP and kVArh readings, in that order
 */
record PlnBill(String period, String dueDate, String meterReadDate, long billAmount, long incentive, long vat,
        long penalty, long[] readings) {

    PlnBill {
        if (readings.length != 6) {
            throw new IllegalArgumentException("three pairs of meter readings");
        }
        readings = readings.clone();
    }

    /** What this bill costs now, admin charge aside. */
    long due() {
        return billAmount + penalty;
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A motor vehicle as the provincial Samsat host registers it (from its STNK and BPKB data). All
 * vehicles are fictitious.
 *
 * @param plate         nomor polisi, e.g. {@code B 1234 CVA}
 * @param ownerNik      the registered owner's NIK (a citizen of the sandbox's SIAK)
 * @param kind          motorcycle or passenger car: decides SWDKLLJ and PNBP rates
 * @param brand         merk, e.g. {@code HONDA}
 * @param model         tipe, e.g. {@code VARIO 125 CBS}
 * @param year          tahun pembuatan
 * @param colour        warna as on the STNK
 * @param chassisNumber nomor rangka (VIN), 17 characters
 */
record Vehicle(String plate, String ownerNik, Kind kind, String brand, String model, int year, String colour,
        String chassisNumber) {

    /** Region letters, 1-4 digits, 1-3 series letters, single spaces. */
    static final Pattern PLATE = Pattern.compile("[A-Z]{1,2} [0-9]{1,4} [A-Z]{1,3}");
    /** ISO 3779 characters: no I, O or Q. */
    static final Pattern CHASSIS = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    /** Refuses seed data the real host could never hold. */
    Vehicle {
        Objects.requireNonNull(ownerNik, "ownerNik");
        Objects.requireNonNull(kind, "kind");
        if (plate == null || !PLATE.matcher(plate).matches()) {
            throw new IllegalArgumentException("not a plate: " + plate);
        }
        if (chassisNumber == null || !CHASSIS.matcher(chassisNumber).matches()) {
            throw new IllegalArgumentException("not a chassis number: " + chassisNumber);
        }
    }

    /** The last five characters of the chassis number, which the host asks for to confirm ownership. */
    String chassisSuffix() {
        return chassisNumber.substring(12);
    }

    /** True for a Kota Tangerang plate: region B with a series starting C or V. */
    boolean isKotaTangerang() {
        String[] parts = plate.split(" ");
        return parts[0].equals("B") && (parts[2].startsWith("C") || parts[2].startsWith("V"));
    }

    /**
     * The vehicle classes the annual notice distinguishes, with the national rates: SWDKLLJ
     * (Jasa Raharja) and its late fine per year, and the PNBP of a new STNK and plate (PP 60/2016
     * as amended by PP 76/2020) charged only at the five-yearly replacement.
     */
    enum Kind {
        SEPEDA_MOTOR("SEPEDA MOTOR", 35_000, 32_000, 100_000, 60_000),
        MOBIL_PENUMPANG("MOBIL PENUMPANG", 143_000, 100_000, 200_000, 100_000);

        private final String label;
        private final long swdkllj;
        private final long swdklljLateFine;
        private final long pnbpStnk;
        private final long pnbpTnkb;

        Kind(String label, long swdkllj, long swdklljLateFine, long pnbpStnk, long pnbpTnkb) {
            this.label = label;
            this.swdkllj = swdkllj;
            this.swdklljLateFine = swdklljLateFine;
            this.pnbpStnk = pnbpStnk;
            this.pnbpTnkb = pnbpTnkb;
        }

        String label() {
            return label;
        }

        long swdkllj() {
            return swdkllj;
        }

        long swdklljLateFine() {
            return swdklljLateFine;
        }

        long pnbpStnk() {
            return pnbpStnk;
        }

        long pnbpTnkb() {
            return pnbpTnkb;
        }
    }
}

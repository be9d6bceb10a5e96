package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * The seed of the vehicle register: the showcase vehicles that the connector's examples, its
 * README and the tests name, then generated vehicles of the sandbox's other adult citizens.
 *
 * <p>Dates are relative to the host's "today", so a notice never drifts into arrears on its own:
 * Budi's car is always due in 12 days and always costs Rp2.882.000. Everything else is drawn from
 * a fixed-seed random source, so the same register comes back on every run.
 */
final class VehicleSeed {

    /** Jakarta time, as the host stamps payments. */
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    /** Billing codes: city 3671, the batch's date 26-11-22, then a serial (the format is invented). */
    private static final String BILLING_PREFIX = "3671261122";
    private static final String SERIES_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String VIN_CHARACTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final List<String> COLOURS = List.of("HITAM", "PUTIH", "MERAH", "SILVER", "ABU-ABU", "BIRU");

    /** A plate the trap answers (XxeTrap) and one nobody holds: never generated. */
    static final Set<String> RESERVED_PLATES = Set.of(XxeTrap.PLATE, SamsatTestData.UNKNOWN_PLATE);

    private VehicleSeed() {
    }

    /** A model on the road, with its maker's VIN prefix and a new vehicle's annual PKB. */
    private record Model(Vehicle.Kind kind, String brand, String type, String wmi, long newAnnualPkb) {
    }

    private static final List<Model> MOTORCYCLES = List.of(
            new Model(Vehicle.Kind.SEPEDA_MOTOR, "HONDA", "BEAT CBS", "MH1", 210_000),
            new Model(Vehicle.Kind.SEPEDA_MOTOR, "HONDA", "VARIO 125 CBS", "MH1", 300_000),
            new Model(Vehicle.Kind.SEPEDA_MOTOR, "HONDA", "SCOOPY", "MH1", 260_000),
            new Model(Vehicle.Kind.SEPEDA_MOTOR, "HONDA", "PCX 160", "MH1", 480_000),
            new Model(Vehicle.Kind.SEPEDA_MOTOR, "YAMAHA", "NMAX 155", "MH3", 430_000),
            new Model(Vehicle.Kind.SEPEDA_MOTOR, "YAMAHA", "MIO M3 125", "MH3", 220_000),
            new Model(Vehicle.Kind.SEPEDA_MOTOR, "YAMAHA", "AEROX 155", "MH3", 400_000),
            new Model(Vehicle.Kind.SEPEDA_MOTOR, "SUZUKI", "NEX II", "MH8", 200_000));
    private static final List<Model> CARS = List.of(
            new Model(Vehicle.Kind.MOBIL_PENUMPANG, "TOYOTA", "AVANZA 1.3 G", "MHK", 1_900_000),
            new Model(Vehicle.Kind.MOBIL_PENUMPANG, "DAIHATSU", "XENIA 1.3 R", "MHK", 1_800_000),
            new Model(Vehicle.Kind.MOBIL_PENUMPANG, "HONDA", "BRIO SATYA E", "MHR", 1_300_000),
            new Model(Vehicle.Kind.MOBIL_PENUMPANG, "TOYOTA", "KIJANG INNOVA 2.0 G", "MHF", 3_600_000),
            new Model(Vehicle.Kind.MOBIL_PENUMPANG, "MITSUBISHI", "XPANDER ULTIMATE", "MK2", 2_700_000),
            new Model(Vehicle.Kind.MOBIL_PENUMPANG, "SUZUKI", "ERTIGA GL", "MHY", 2_000_000),
            new Model(Vehicle.Kind.MOBIL_PENUMPANG, "DAIHATSU", "SIGRA 1.2 R", "MHK", 1_400_000));

    /** The showcase vehicles, then those generated for the rest of the population. */
    static List<TaxAccount> seed(CitizenRegistry citizens, LocalDate today) {
        List<TaxAccount> accounts = new ArrayList<>(showcase(today));
        Set<String> owners = new HashSet<>();
        Set<String> plates = new HashSet<>(RESERVED_PLATES);
        Set<String> chassis = new HashSet<>();
        for (TaxAccount account : accounts) {
            owners.add(account.vehicle().ownerNik());
            plates.add(account.vehicle().plate());
            chassis.add(account.vehicle().chassisNumber());
        }
        SplittableRandom random = new SplittableRandom(3671_2026_1122L);
        int serial = 10_001;
        for (Citizen citizen : citizens.all()) {
            if (owners.contains(citizen.nik()) || citizen.birthDate().plusYears(17).isAfter(today)) {
                continue;
            }
            if (random.nextInt(100) < 45) {
                accounts.add(generated(citizen, MOTORCYCLES, random, today, serial++, plates, chassis));
            }
            if (random.nextInt(100) < 18) {
                accounts.add(generated(citizen, CARS, random, today, serial++, plates, chassis));
            }
        }
        return accounts;
    }

    private static List<TaxAccount> showcase(LocalDate today) {
        List<TaxAccount> accounts = new ArrayList<>();
        // Budi: his car's notice is unpaid and due in 12 days; 1.650.000 + 1.089.000 + 143.000.
        accounts.add(unpaid(new Vehicle("B 1234 CVA", "3671011203850001", Vehicle.Kind.MOBIL_PENUMPANG, "HONDA",
                "HR-V 1.5 E CVT", 2021, "PUTIH", "MHRRV5850MJ004512"), "3671261122004512", 1_650_000,
                today.plusDays(12), 1, 3, today));
        // Rina: this year's PKB already paid at the bank; the annual endorsement is still to do.
        Vehicle rina = new Vehicle("B 4721 VKL", "3671116304880006", Vehicle.Kind.SEPEDA_MOTOR, "HONDA",
                "VARIO 125 CBS", 2021, "MERAH", "MH1JM8115MK123456");
        TaxNotice rinaNotice = TaxNotice.compute("3671261115002731", rina.kind(), 295_000, today.plusDays(9), 1,
                today.plusDays(9).plusYears(3), today);
        accounts.add(new TaxAccount(rina, rinaNotice, new TaxAccount.Payment("B5D2C8A91F3E0746", null,
                "BJB0000000731", OffsetDateTime.of(today.minusDays(2), LocalTime.of(10, 12), WIB)), null));
        // Siti: a scooter not yet due.
        accounts.add(unpaid(new Vehicle("B 3318 CFR", "3671055208920002", Vehicle.Kind.SEPEDA_MOTOR, "YAMAHA",
                "NMAX 155", 2022, "HITAM", "MH3SG3190NK021554"), "3671261122004513", 410_000,
                today.plusDays(40), 1, 2, today));
        // Ahmad: last year and this year unpaid, 75 days late: fines on PKB, opsen and SWDKLLJ.
        accounts.add(unpaid(new Vehicle("B 2468 CPK", "3671071506780003", Vehicle.Kind.MOBIL_PENUMPANG, "TOYOTA",
                "AVANZA 1.3 G", 2015, "SILVER", "MHKM1BA3JFK012345"), "3671261122004514", 1_200_000,
                today.minusDays(75), 2, 1, today));
        // Hendra: the five-yearly STNK replacement is due with this notice (PNBP STNK and TNKB).
        accounts.add(unpaid(new Vehicle("B 1965 CHW", "3671092709650005", Vehicle.Kind.MOBIL_PENUMPANG,
                "MITSUBISHI", "PAJERO SPORT DAKAR 4X2", 2021, "HITAM", "MMBGUKS10MH004321"), "3671261122004515",
                4_950_000, today.plusDays(20), 1, 0, today));
        // Dewi: paid and nothing more due this year.
        Vehicle dewi = new Vehicle("B 5127 VDL", "3671134101000004", Vehicle.Kind.SEPEDA_MOTOR, "HONDA", "BEAT CBS",
                2020, "PUTIH", "MH1JM0219LK554321");
        accounts.add(new TaxAccount(dewi, TaxNotice.compute("3671261122004516", dewi.kind(), 190_000,
                today.plusDays(30), 1, today.plusDays(30).plusYears(1), today),
                new TaxAccount.Payment("A7C4E19B3D2F8056", null, "BJB0000000688",
                        OffsetDateTime.of(today.minusDays(5), LocalTime.of(9, 40), WIB)), null));
        // Suparman: blocked, the car was moved out of the province.
        Vehicle suparman = new Vehicle("B 8080 VSP", "3671130805680010", Vehicle.Kind.MOBIL_PENUMPANG, "SUZUKI",
                "ERTIGA GL", 2018, "ABU-ABU", "MHYKZE81SJJ101234");
        accounts.add(new TaxAccount(suparman, TaxNotice.compute("3671261122004517", suparman.kind(), 1_050_000,
                today.plusDays(50), 1, today.plusDays(50).plusYears(2), today), null, "MUTASI KELUAR DAERAH"));
        return accounts;
    }

    private static TaxAccount unpaid(Vehicle vehicle, String billingCode, long annualPkb, LocalDate pkbDue,
            int yearsDue, int stnkYearsAhead, LocalDate today) {
        return new TaxAccount(vehicle, TaxNotice.compute(billingCode, vehicle.kind(), annualPkb, pkbDue, yearsDue,
                pkbDue.plusYears(stnkYearsAhead), today), null, null);
    }

    /**
     * One generated vehicle: half unpaid and not yet due, some in arrears (a few over two years),
     * about a third paid, a few with the five-yearly STNK replacement due, one in fifty blocked.
     */
    private static TaxAccount generated(Citizen owner, List<Model> models, SplittableRandom random, LocalDate today,
            int serial, Set<String> plates, Set<String> chassisNumbers) {
        Model model = models.get(random.nextInt(models.size()));
        int year = random.nextInt(2008, today.getYear());
        int age = today.getYear() - year;
        // Older vehicles are taxed on a lower value (bobot and NJKB), rounded to whole thousands.
        long annual = Math.round(model.newAnnualPkb() * Math.max(0.5, 1 - 0.04 * age) / 1000.0) * 1000;
        String plate = uniquePlate(random, plates);
        String chassis = uniqueChassis(model, random, chassisNumbers);
        Vehicle vehicle = new Vehicle(plate, owner.nik(), model.kind(), model.brand(), model.type(), year,
                COLOURS.get(random.nextInt(COLOURS.size())), chassis);
        String billingCode = BILLING_PREFIX + String.format("%06d", serial);
        int draw = random.nextInt(100);
        int stnkYearsAhead = random.nextInt(1, 5);
        if (draw < 50) {
            LocalDate due = today.plusDays(random.nextInt(1, 330));
            return unpaid(vehicle, billingCode, annual, due, 1, stnkYearsAhead, today);
        }
        if (draw < 65) {
            LocalDate due = today.minusDays(random.nextInt(1, 300));
            int years = random.nextInt(100) < 30 ? 2 : 1;
            return unpaid(vehicle, billingCode, annual, due, years, stnkYearsAhead, today);
        }
        if (draw < 95) {
            LocalDate due = today.plusDays(random.nextInt(1, 330));
            TaxNotice notice = TaxNotice.compute(billingCode, vehicle.kind(), annual, due, 1,
                    due.plusYears(stnkYearsAhead), today);
            OffsetDateTime paidAt = OffsetDateTime.of(today.minusDays(random.nextInt(1, 60)),
                    LocalTime.of(random.nextInt(8, 16), random.nextInt(60)), WIB);
            return new TaxAccount(vehicle, notice, new TaxAccount.Payment(ntpd(plate, billingCode), null,
                    "BJB" + String.format("%010d", serial), paidAt), null);
        }
        if (draw < 98) {
            return unpaid(vehicle, billingCode, annual, today.plusDays(random.nextInt(1, 60)), 1, 0, today);
        }
        TaxNotice notice = TaxNotice.compute(billingCode, vehicle.kind(), annual, today.plusDays(30), 1,
                today.plusDays(30).plusYears(stnkYearsAhead), today);
        return new TaxAccount(vehicle, notice, null, "LAPORAN KEHILANGAN KENDARAAN");
    }

    /** B, 1-4 digits, a series starting C or V: a Kota Tangerang plate nobody else holds. */
    private static String uniquePlate(SplittableRandom random, Set<String> taken) {
        while (true) {
            StringBuilder series = new StringBuilder(random.nextBoolean() ? "C" : "V");
            int extra = random.nextInt(3);
            for (int i = 0; i < extra; i++) {
                series.append(SERIES_LETTERS.charAt(random.nextInt(SERIES_LETTERS.length())));
            }
            String plate = "B " + random.nextInt(1, 10_000) + " " + series;
            if (taken.add(plate)) {
                return plate;
            }
        }
    }

    /** The maker's prefix, then characters of the VIN alphabet; unique. */
    private static String uniqueChassis(Model model, SplittableRandom random, Set<String> taken) {
        while (true) {
            StringBuilder vin = new StringBuilder(model.wmi());
            while (vin.length() < 17) {
                vin.append(VIN_CHARACTERS.charAt(random.nextInt(VIN_CHARACTERS.length())));
            }
            if (taken.add(vin.toString())) {
                return vin.toString();
            }
        }
    }

    /**
     * A receipt number: 16 upper-case hexadecimal characters derived from what was paid, so the
     * same payment always gets the same NTPD (the real format is not public).
     */
    static String ntpd(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("NTPD".getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                sha.update((byte) '|');
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().withUpperCase().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

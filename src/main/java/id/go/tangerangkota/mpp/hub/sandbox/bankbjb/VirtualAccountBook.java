package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * The sandbox bank's virtual accounts: fixed showcase bills of the showcase citizens (those the
 * connector's examples and the tests name), a PBB bill for every other family of the sandbox's
 * population and city retribution bills for about a quarter of them, all from a fixed seed; plus
 * the open-amount settlement accounts of PLN, PDAM and Samsat, which exist for any well-formed
 * customer number; and the load-test bills of {@link Biller#UJI_BEBAN}, one for any well-formed
 * customer number, made up when asked for and never stored (a payment is recorded in
 * {@link VaPayments}, which is what makes the bill paid).
 */
final class VirtualAccountBook {

    static final String RINA = "3671116304880006";
    static final String AHMAD = "3671071506780003";
    static final String BUDI = "3671011203850001";
    static final String SITI = "3671055208920002";
    static final String DEWI = "3671134101000004";
    static final String HENDRA = "3671092709650005";

    /** The paid example: Ahmad's PBB 2026, paid at an MPP counter on 20 November 2026. */
    static final String AHMAD_NOP = "367107000501203450";
    static final String AHMAD_PAYMENT_REQUEST_ID = "MPP-20261120-000045";
    /** A well-formed retribution number the bank never issued. */
    static final String UNKNOWN_SKRD = "3671019999999999";

    private static final long SEED = 3_671_88_368L;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final Map<String, VirtualAccount> byNumber = new LinkedHashMap<>();
    private final List<VirtualAccount> showcase = new ArrayList<>();
    private final List<VirtualAccount> generated = new ArrayList<>();

    private VirtualAccountBook() {
    }

    /** The seeded book; the seed payments (bills already paid) go into {@code payments}. */
    static VirtualAccountBook seeded(CitizenRegistry citizens, VaPayments payments) {
        VirtualAccountBook book = new VirtualAccountBook();
        book.seedShowcase(citizens, payments);
        book.seedPopulation(citizens, payments);
        return book;
    }

    /** The VA of an 8-character partnerServiceId and a customerNo. */
    Optional<VirtualAccount> find(String partnerServiceId, String customerNo) {
        Optional<Biller> biller = Biller.ofPartnerServiceId(partnerServiceId);
        if (biller.isEmpty()) {
            return Optional.empty();
        }
        if (biller.get().open()) {
            return biller.get().acceptsCustomerNo(customerNo)
                    ? Optional.of(VirtualAccount.settlement(biller.get(), customerNo)) : Optional.empty();
        }
        if (biller.get().generated()) {
            return biller.get().acceptsCustomerNo(customerNo)
                    ? Optional.of(VirtualAccount.loadTestBill(biller.get(), customerNo)) : Optional.empty();
        }
        return Optional.ofNullable(byNumber.get(partnerServiceId + customerNo));
    }

    /** The showcase citizens' VAs, in the order of the test data. */
    List<VirtualAccount> showcase() {
        return List.copyOf(showcase);
    }

    /** The generated VAs, family by family. */
    List<VirtualAccount> generated() {
        return List.copyOf(generated);
    }

    private void seedShowcase(CitizenRegistry citizens, VaPayments payments) {
        addShowcase(citizens, Biller.RETRIBUSI, "3671112611000123", RINA, 1_875_000, "SKRD/PBG/2026/11/000123",
                "Retribusi Persetujuan Bangunan Gedung (PBG)", VirtualAccount.Behaviour.NORMAL);
        VirtualAccount ahmad = addShowcase(citizens, Biller.PBB, AHMAD_NOP, AHMAD, 1_284_500, "SPPT PBB-P2 2026",
                "PBB-P2 Tahun 2026", VirtualAccount.Behaviour.NORMAL);
        payments.add(new VaPayment(ahmad.virtualAccountNo(), AHMAD_PAYMENT_REQUEST_ID, null, ahmad.amount(),
                "2026-11-20T10:42:17+07:00", "202611200000045", false, payments.nextSequence()));
        Citizen budi = citizens.byNik(BUDI).orElseThrow();
        addShowcase(citizens, Biller.PBB, nop(budi.address(), 11, 21), BUDI, 976_300, "SPPT PBB-P2 2026",
                "PBB-P2 Tahun 2026", VirtualAccount.Behaviour.NORMAL);
        addShowcase(citizens, Biller.RETRIBUSI, "3671052611000207", SITI, 150_000, "SKRD/PSP/2026/11/000207",
                "Retribusi Pelayanan Persampahan/Kebersihan", VirtualAccount.Behaviour.NORMAL);
        addShowcase(citizens, Biller.RETRIBUSI, "3671132611000318", DEWI, 425_000, "SKRD/PKD/2026/11/000318",
                "Retribusi Pemakaian Kekayaan Daerah", VirtualAccount.Behaviour.NORMAL);
        addShowcase(citizens, Biller.RETRIBUSI, "3671092611000501", HENDRA, 275_000, "SKRD/PBG/2026/11/000501",
                "Retribusi Persetujuan Bangunan Gedung (PBG)", VirtualAccount.Behaviour.SLOW_ANSWER);
        addShowcase(citizens, Biller.RETRIBUSI, "3671092611000502", HENDRA, 300_000, "SKRD/PSR/2026/11/000502",
                "Retribusi Pelayanan Pasar", VirtualAccount.Behaviour.IN_PROGRESS);
        Citizen hendra = citizens.byNik(HENDRA).orElseThrow();
        addShowcase(citizens, Biller.PBB, nop(hendra.address(), 7, 9), HENDRA, 2_150_000, "SPPT PBB-P2 2026",
                "PBB-P2 Tahun 2026", VirtualAccount.Behaviour.NORMAL);
    }

    private VirtualAccount addShowcase(CitizenRegistry citizens, Biller biller, String customerNo, String nik,
            long amount, String billNo, String billName, VirtualAccount.Behaviour behaviour) {
        Citizen owner = citizens.byNik(nik).orElseThrow(() -> new IllegalStateException("showcase VA owner missing"));
        VirtualAccount va = new VirtualAccount(biller, customerNo, owner.fullName(), nik, amount, billNo, billName,
                behaviour);
        add(va);
        showcase.add(va);
        return va;
    }

    /**
     * A PBB bill for the head of every family outside the showcase cards (block numbers from 101, so
     * never one of the showcase NOPs), a retribution bill for about a quarter of them, and about a
     * fifth of the PBB bills already paid earlier in 2026.
     */
    private void seedPopulation(CitizenRegistry citizens, VaPayments payments) {
        SplittableRandom random = new SplittableRandom(SEED);
        Set<String> showcaseCards = citizens.showcase().stream().map(Citizen::familyCardNumber)
                .collect(Collectors.toSet());
        Map<String, Integer> serialPerKelurahan = new HashMap<>();
        int skrdSerial = 1000;
        for (String card : citizens.familyCardNumbers()) {
            if (showcaseCards.contains(card)) {
                continue;
            }
            Citizen head = citizens.familyMembers(card).get(0);
            String kelurahan = head.address().kecamatan().code() + head.address().kelurahanCode();
            int serial = serialPerKelurahan.merge(kelurahan, 1, Integer::sum);
            VirtualAccount pbb = new VirtualAccount(Biller.PBB, nop(head.address(), 101 + random.nextInt(30), serial),
                    head.fullName(), head.nik(), 100_000 + random.nextInt(44_000) * 100L, "SPPT PBB-P2 2026",
                    "PBB-P2 Tahun 2026", VirtualAccount.Behaviour.NORMAL);
            add(pbb);
            generated.add(pbb);
            if (random.nextInt(100) < 20) {
                LocalDate paidOn = LocalDate.of(2026, 3, 1).plusDays(random.nextInt(240));
                int sequence = payments.nextSequence();
                payments.add(new VaPayment(pbb.virtualAccountNo(), "SEED-" + pbb.customerNo(), null, pbb.amount(),
                        paidOn + "T10:00:00+07:00", YYYYMMDD.format(paidOn) + String.format("%07d", sequence),
                        false, sequence));
            }
            if (random.nextInt(100) < 25) {
                int month = 1 + random.nextInt(11);
                String skrd = "3671" + head.address().kecamatan().code() + "26" + String.format("%02d", month)
                        + String.format("%06d", skrdSerial++);
                VirtualAccount retribution = new VirtualAccount(Biller.RETRIBUSI, skrd, head.fullName(), head.nik(),
                        50_000 + random.nextInt(4_900) * 500L, "SKRD/PSP/2026/" + String.format("%02d", month) + "/"
                                + skrd.substring(10), "Retribusi Pelayanan Persampahan/Kebersihan",
                        VirtualAccount.Behaviour.NORMAL);
                add(retribution);
                generated.add(retribution);
            }
        }
    }

    /** NOP: 36.71 + kecamatan (3) + kelurahan (3) + block (3) + serial (4) + type 0 = 18 digits. */
    private static String nop(Citizen.Address address, int block, int serial) {
        return "3671" + "0" + address.kecamatan().code() + address.kelurahanCode().substring(1)
                + String.format("%03d%04d0", block, serial);
    }

    private void add(VirtualAccount va) {
        if (byNumber.putIfAbsent(va.virtualAccountNo(), va) != null) {
            throw new IllegalStateException("seed VA " + va.virtualAccountNo().strip() + " is not unique");
        }
    }
}

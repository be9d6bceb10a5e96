package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import org.junit.jupiter.api.Test;

/** The seeded vehicle register is plausible, complete and the same on every run. */
class SandboxSamsatDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final CitizenRegistry CITIZENS = CitizenRegistry.seeded();

    @Test
    void everyVehicleHasAValidPlateAnOwnerAndANoticeThatAddsUp() {
        List<TaxAccount> accounts = VehicleSeed.seed(CITIZENS, TODAY);

        assertThat(accounts.size()).isGreaterThan(150);
        for (TaxAccount account : accounts) {
            Vehicle v = account.vehicle();
            TaxNotice n = account.notice();
            assertThat(v.plate()).matches("[A-Z]{1,2} [0-9]{1,4} [A-Z]{1,3}");
            assertThat(v.isKotaTangerang()).as(v.plate()).isTrue();
            assertThat(CITIZENS.byNik(v.ownerNik())).as(v.plate()).isPresent();
            assertThat(n.billingCode()).matches("[0-9]{16}");
            assertThat(n.total()).isEqualTo(n.pkbPokok() + n.opsenPkbPokok() + n.pkbDenda() + n.opsenPkbDenda()
                    + n.swdklljPokok() + n.swdklljDenda() + n.pnbpStnk() + n.pnbpTnkb());
            assertThat(n.opsenPkbPokok()).isEqualTo(Math.round(n.pkbPokok() * 0.66));
            account.payment().ifPresent(p -> assertThat(p.ntpd()).matches("[A-Z0-9]{16}"));
        }
        // No single owner of the register is conspicuous: many citizens own vehicles.
        assertThat(accounts.stream().map(a -> a.vehicle().ownerNik()).distinct().count()).isGreaterThan(120);
    }

    @Test
    void theRegisterHoldsEveryKindOfStanding() {
        List<TaxAccount> accounts = VehicleSeed.seed(CITIZENS, TODAY);

        assertThat(accounts).anyMatch(a -> a.payment().isEmpty() && a.notice().pkbDenda() > 0);
        assertThat(accounts.stream().filter(a -> a.payment().isPresent()).count()).isGreaterThan(30);
        assertThat(accounts).anyMatch(a -> a.notice().stnkReplacementDue() && a.notice().pnbpStnk() > 0);
        assertThat(accounts).anyMatch(a -> a.blockedReason().isPresent());
        assertThat(accounts).anyMatch(a -> a.vehicle().kind() == Vehicle.Kind.SEPEDA_MOTOR);
        assertThat(accounts).anyMatch(a -> a.vehicle().kind() == Vehicle.Kind.MOBIL_PENUMPANG);
    }

    @Test
    void theShowcaseVehiclesAreFixed() {
        VehicleRegistry registry = new VehicleRegistry(VehicleSeed.seed(CITIZENS, TODAY));

        TaxAccount budi = registry.byPlate("B 1234 CVA").orElseThrow();
        assertThat(budi.vehicle().ownerNik()).isEqualTo("3671011203850001");
        assertThat(budi.notice().billingCode()).isEqualTo("3671261122004512");
        assertThat(budi.notice().total()).isEqualTo(2_882_000);
        assertThat(budi.payment()).isEmpty();
        TaxAccount rina = registry.byPlate("B 4721 VKL").orElseThrow();
        assertThat(rina.vehicle().ownerNik()).isEqualTo("3671116304880006");
        assertThat(rina.vehicle().chassisNumber()).isEqualTo("MH1JM8115MK123456");
        assertThat(rina.payment().orElseThrow().ntpd()).isEqualTo("B5D2C8A91F3E0746");
        assertThat(registry.byBillingCode("3671261122004512")).containsSame(budi);
        assertThat(registry.byPlate(XxeTrap.PLATE)).isEmpty();
        assertThat(registry.byPlate(SamsatTestData.UNKNOWN_PLATE)).isEmpty();
    }

    @Test
    void theSeedIsTheSameOnEveryRun() {
        List<TaxAccount> first = VehicleSeed.seed(CITIZENS, TODAY);
        List<TaxAccount> second = VehicleSeed.seed(CitizenRegistry.seeded(), TODAY);

        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).vehicle()).isEqualTo(first.get(i).vehicle());
            assertThat(second.get(i).notice()).isEqualTo(first.get(i).notice());
        }
    }

    @Test
    void lateMonthsCountStartedMonthsAndFinesStopAtTwentyFour() {
        assertThat(TaxNotice.monthsLate(TODAY, TODAY)).isZero();
        assertThat(TaxNotice.monthsLate(TODAY, TODAY.plusDays(1))).isEqualTo(1);
        assertThat(TaxNotice.monthsLate(TODAY, TODAY.plusDays(31))).isEqualTo(2);
        TaxNotice longOverdue = TaxNotice.compute("3671000000000001", Vehicle.Kind.SEPEDA_MOTOR, 100_000,
                TODAY.minusYears(3), 1, TODAY.plusYears(1), TODAY);
        assertThat(longOverdue.pkbDenda()).isEqualTo(24_000);
    }
}

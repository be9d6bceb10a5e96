package id.go.tangerangkota.mpp.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.tangerangkota.mpp.hub.protocol.NikRules;

/** The seed population: size, validity, determinism, families, and the showcase citizens. */
class SandboxCitizenRegistryTest {

    private static final CitizenRegistry REGISTRY = CitizenRegistry.seeded();

    @Test
    void hasAtLeast500GeneratedCitizensBesidesTheShowcase() {
        assertThat(REGISTRY.size()).isEqualTo(REGISTRY.all().size());
        assertThat(REGISTRY.all().size() - REGISTRY.showcase().size()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void everyNikIsValidPerNikRules() {
        assertThat(REGISTRY.all())
                .allSatisfy(c -> assertThat(NikRules.problems(c.nik())).as(c.nik()).isEmpty());
    }

    @Test
    void everyNikIsUnique() {
        Set<String> niks = REGISTRY.all().stream().map(Citizen::nik).collect(Collectors.toSet());
        assertThat(niks).hasSameSizeAs(REGISTRY.all());
    }

    @Test
    void nikEncodesTheBirthDateAndTheSex() {
        assertThat(REGISTRY.all()).allSatisfy(c -> {
            assertThat(NikRules.birthDate(c.nik())).as(c.nik()).contains(c.birthDate());
            assertThat(NikRules.isFemale(c.nik())).as(c.nik()).isEqualTo(c.sex() == Citizen.Sex.P);
        });
    }

    @Test
    void all13KecamatanHaveResidentsAndIssuedNiks() {
        Set<Kecamatan> living = REGISTRY.all().stream().map(c -> c.address().kecamatan())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Kecamatan.class)));
        Set<String> nikDistricts = REGISTRY.all().stream().map(c -> c.nik().substring(4, 6))
                .collect(Collectors.toSet());
        assertThat(living).containsExactlyInAnyOrder(Kecamatan.values());
        assertThat(nikDistricts).hasSize(13);
        assertThat(REGISTRY.all()).allSatisfy(c -> assertThat(c.nik()).startsWith("3671"));
    }

    @Test
    void bothSexesAreWellRepresented() {
        Map<Citizen.Sex, Long> bySex = REGISTRY.all().stream()
                .collect(Collectors.groupingBy(Citizen::sex, Collectors.counting()));
        assertThat(bySex.get(Citizen.Sex.L)).isGreaterThan(150);
        assertThat(bySex.get(Citizen.Sex.P)).isGreaterThan(150);
    }

    @Test
    void theSeedIsTheSameOnEveryCall() {
        assertThat(CitizenRegistry.seeded().all()).isEqualTo(CitizenRegistry.seeded().all());
        assertThat(CitizenRegistry.seeded().all()).isEqualTo(REGISTRY.all());
    }

    @Test
    void reservedSerialsFrom9000AreNeverIssued() {
        assertThat(REGISTRY.all())
                .allSatisfy(c -> assertThat(Integer.parseInt(c.nik().substring(12))).as(c.nik()).isBetween(1, 8999));
        assertThat(NikRules.isValid("3671061010909999")).isTrue();
        assertThat(REGISTRY.byNik("3671061010909999")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "3671011203850001, BUDI SANTOSO,             L, 1985-03-12, TANGERANG, 3671050101150001, CIPONDOH,  KEPALA KELUARGA, KAWIN",
        "3671055208920002, SITI NURHALIZA RAHMAWATI, P, 1992-08-12, TANGERANG, 3671050101150001, CIPONDOH,  ISTRI,           KAWIN",
        "3671071506780003, AHMAD HIDAYAT,            L, 1978-06-15, JAKARTA,   3671070202100003, KARAWACI,  KEPALA KELUARGA, KAWIN",
        "3671134101000004, DEWI LESTARI,             P, 2000-01-01, TANGERANG, 3671130303180004, LARANGAN,  ANAK,            BELUM KAWIN",
        "3671092709650005, HENDRA WIJAYA,            L, 1965-09-27, SERANG,    3671090404950005, CIBODAS,   KEPALA KELUARGA, KAWIN",
        "3671116304880006, RINA MARLINA,             P, 1988-04-23, BOGOR,     3671110505120006, PINANG,    KEPALA KELUARGA, CERAI HIDUP",
    })
    void showcaseCitizenIsPresentAsDocumented(String nik, String name, Citizen.Sex sex, LocalDate birth,
            String place, String familyCard, Kecamatan kecamatan, String relation, String marital) {
        Citizen citizen = REGISTRY.byNik(nik).orElseThrow();
        assertThat(citizen.fullName()).isEqualTo(name);
        assertThat(citizen.sex()).isEqualTo(sex);
        assertThat(citizen.birthDate()).isEqualTo(birth);
        assertThat(citizen.birthPlace()).isEqualTo(place);
        assertThat(citizen.familyCardNumber()).isEqualTo(familyCard);
        assertThat(citizen.address().kecamatan()).isEqualTo(kecamatan);
        assertThat(citizen.familyRelation()).isEqualTo(relation);
        assertThat(citizen.maritalStatus()).isEqualTo(marital);
        assertThat(REGISTRY.showcase()).contains(citizen);
    }

    @Test
    void showcaseDetailsFromTheTable() {
        assertThat(REGISTRY.showcase()).extracting(Citizen::nik).containsExactly("3671011203850001",
                "3671055208920002", "3671071506780003", "3671134101000004", "3671092709650005", "3671116304880006");
        assertThat(REGISTRY.byNik("3671055208920002").orElseThrow().motherName()).isEqualTo("SRI WAHYUNI");
        assertThat(REGISTRY.byNik("3671092709650005").orElseThrow().occupation()).isEqualTo("PENSIUNAN");
        assertThat(REGISTRY.byNik("3671116304880006").orElseThrow().occupation()).isEqualTo("WIRASWASTA");
        // Dewi is ANAK on her parents' card: her mother is the ISTRI there.
        List<Citizen> dewisCard = REGISTRY.familyMembers("3671130303180004");
        assertThat(dewisCard).extracting(Citizen::familyRelation).contains("KEPALA KELUARGA", "ISTRI", "ANAK");
        Citizen mother = dewisCard.stream().filter(c -> c.familyRelation().equals("ISTRI")).findFirst().orElseThrow();
        assertThat(mother.fullName()).isEqualTo(REGISTRY.byNik("3671134101000004").orElseThrow().motherName());
        // Budi and Siti share one card and one address, and have no child yet (the example registers one).
        assertThat(REGISTRY.familyMembers("3671050101150001")).extracting(Citizen::nik)
                .containsExactly("3671011203850001", "3671055208920002");
    }

    @Test
    void everyFamilyCardHasOneHeadOneAddressAndAPlausibleNumber() {
        for (String card : REGISTRY.familyCardNumbers()) {
            List<Citizen> members = REGISTRY.familyMembers(card);
            assertThat(members.get(0).familyRelation()).as(card).isEqualTo("KEPALA KELUARGA");
            assertThat(members).as(card).filteredOn(c -> c.familyRelation().equals("KEPALA KELUARGA")).hasSize(1);
            assertThat(members).as(card).extracting(Citizen::address).containsOnly(members.get(0).address());
            assertThat(card).as(card).matches("3671(0[1-9]|1[0-3])\\d{10}")
                    .startsWith("3671" + members.get(0).address().kecamatan().code());
            assertThat(members).extracting(Citizen::familyRelation)
                    .allMatch(Set.of("KEPALA KELUARGA", "ISTRI", "SUAMI", "ANAK")::contains);
        }
    }

    @Test
    void familiesHaveCouplesAndChildrenBornWellAfterTheirParents() {
        long withChildren = 0;
        for (String card : REGISTRY.familyCardNumbers()) {
            List<Citizen> members = REGISTRY.familyMembers(card);
            List<Citizen> parents = members.stream().filter(c -> !c.familyRelation().equals("ANAK")).toList();
            List<Citizen> children = members.stream().filter(c -> c.familyRelation().equals("ANAK")).toList();
            if (parents.size() == 2) {
                assertThat(parents).extracting(Citizen::sex).as(card).containsExactlyInAnyOrder(Citizen.Sex.L, Citizen.Sex.P);
                assertThat(parents).extracting(Citizen::maritalStatus).as(card).containsOnly("KAWIN");
            }
            for (Citizen child : children) {
                withChildren++;
                assertThat(child.maritalStatus()).isEqualTo("BELUM KAWIN");
                for (Citizen parent : parents) {
                    assertThat(Period.between(parent.birthDate(), child.birthDate()).getYears())
                            .as(child.nik() + " vs parent " + parent.nik()).isGreaterThanOrEqualTo(15);
                }
                parents.stream().filter(p -> p.sex() == Citizen.Sex.P).findFirst()
                        .ifPresent(mother -> assertThat(child.motherName()).isEqualTo(mother.fullName()));
            }
        }
        assertThat(withChildren).isGreaterThan(150);
        assertThat(REGISTRY.all()).extracting(Citizen::familyRelation).contains("ISTRI", "SUAMI", "ANAK");
    }

    @Test
    void fieldsLookLikeSiak() {
        assertThat(REGISTRY.all()).allSatisfy(c -> {
            assertThat(c.fullName()).isEqualTo(c.fullName().toUpperCase()).isNotBlank();
            assertThat(c.address().rt()).matches("\\d{3}");
            assertThat(c.address().rw()).matches("\\d{3}");
            assertThat(c.address().kelurahanCode()).matches("10\\d{2}");
            assertThat(c.address().street()).matches("(JL\\.|GG\\.|PERUM) .+ NO\\. \\d+");
            assertThat(c.familyCardNumber()).matches("\\d{16}");
            assertThat(c.birthDate()).isBefore(LocalDate.of(2025, 1, 1));
        });
        Set<String> religions = new HashSet<>();
        REGISTRY.all().forEach(c -> religions.add(c.religion()));
        assertThat(religions).contains("ISLAM", "KRISTEN", "KATHOLIK", "BUDHA");
        // A mix of cultural groups: Sundanese, Javanese, Betawi and Chinese-Indonesian names all occur.
        assertThat(REGISTRY.all()).anyMatch(c -> c.fullName().startsWith("ASEP ") || c.fullName().startsWith("EUIS "));
        assertThat(REGISTRY.all()).anyMatch(c -> c.fullName().endsWith(" NUGROHO") || c.fullName().endsWith(" WULANDARI"));
        assertThat(REGISTRY.all()).anyMatch(c -> c.fullName().endsWith(" ROJALI") || c.fullName().endsWith(" NURHASANAH"));
        assertThat(REGISTRY.all()).anyMatch(c -> c.fullName().endsWith(" TANUWIJAYA") || c.fullName().endsWith(" HALIM"));
    }
}

package id.go.tangerangkota.mpp.hub.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikRulesTest {

    @Test
    void acceptsValidKotaTangerangNiksOfMenAndWomen() {
        assertThat(NikRules.problems("3671011203850001")).isEmpty();
        assertThat(NikRules.problems("3671055208920002")).isEmpty();
        assertThat(NikRules.isFemale("3671055208920002")).isTrue();
        assertThat(NikRules.isFemale("3671011203850001")).isFalse();
        assertThat(NikRules.birthDate("3671055208920002")).contains(LocalDate.of(1992, 8, 12));
    }

    @Test
    void acceptsOtherRegionsOfIndonesia() {
        assertThat(NikRules.problems("3174011203850001")).isEmpty(); // Jakarta Selatan
        assertThat(NikRules.problems("9471015506900123")).isEmpty(); // Papua, city 71
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "367101120385000, exactly 16 digits",
        "36710112038500012, exactly 16 digits",
        "36710112038500a1, exactly 16 digits",
        "9971011203850001, province",
        "3600011203850001, regency",
        "3670011203850001, regency",
        "3671001203850001, district",
        "3671141203850001, Kota Tangerang has kecamatan 01 to 13",
        "3671011213850001, birth date",
        "3671013201850001, birth date",
        "3671017201850001, birth date",
        "3671013002850001, birth date",
        "3671011203850000, serial"
    })
    void rejectsImpossibleNiks(String nik, String expected) {
        assertThat(NikRules.problems(nik)).anySatisfy(p -> assertThat(p).contains(expected));
        assertThat(NikRules.isValid(nik)).isFalse();
    }

    @Test
    void twentyNinthOfFebruaryOnlyInLeapYears() {
        assertThat(NikRules.problems("3671012902000001")).isEmpty(); // 2000 was a leap year
        assertThat(NikRules.problems("3671012902010001")).anySatisfy(p -> assertThat(p).contains("birth date"));
    }

    @Test
    void messagesNeverRepeatTheNik() {
        String nik = "3671011213850000";
        assertThat(NikRules.problems(nik)).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain(nik));
    }

    @Test
    void masksAllButRegionAndSerial() {
        assertThat(NikRules.mask("3671011203850001")).isEqualTo("3671********0001");
        assertThat(NikRules.mask("12345")).isEqualTo("*****");
        assertThat(NikRules.mask(null)).isEqualTo("null");
    }
}

package id.go.tangerangkota.mpp.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The similarity score behind the verification service's fuzzy elements. */
class SandboxSimilarityScoreTest {

    @Test
    void identicalTextsScore100WhateverTheCaseAndSpacing() {
        assertThat(SimilarityScore.of("BUDI SANTOSO", "BUDI SANTOSO")).isEqualTo(100.0);
        assertThat(SimilarityScore.of("  budi   Santoso ", "BUDI SANTOSO")).isEqualTo(100.0);
        assertThat(SimilarityScore.of("", "  ")).isEqualTo(100.0);
    }

    @Test
    void oneEditCostsItsShareOfTheLongerText() {
        assertThat(SimilarityScore.of("BUDI SANTOSA", "BUDI SANTOSO")).isEqualTo(91.7);
        assertThat(SimilarityScore.of("BUDI SANTOS", "BUDI SANTOSO")).isEqualTo(91.7);
        assertThat(SimilarityScore.of("ABCD", "WXYZ")).isEqualTo(0.0);
        assertThat(SimilarityScore.of("", "BUDI")).isEqualTo(0.0);
    }

    @Test
    void punctuationStillCounts() {
        assertThat(SimilarityScore.of("JALAN MELATI", "JL. MELATI")).isLessThan(80.0);
    }

    @Test
    void levenshteinIsSymmetric() {
        assertThat(SimilarityScore.levenshtein("KITTEN", "SITTING")).isEqualTo(3);
        assertThat(SimilarityScore.levenshtein("SITTING", "KITTEN")).isEqualTo(3);
        assertThat(SimilarityScore.levenshtein("", "ABC")).isEqualTo(3);
    }

    @Test
    void scoresAreWrittenWithOneDecimalAndADot() {
        assertThat(SimilarityScore.format(93.5)).isEqualTo("93.5");
        assertThat(SimilarityScore.format(100.0)).isEqualTo("100.0");
        assertThat(SimilarityScore.format(0.0)).isEqualTo("0.0");
    }
}

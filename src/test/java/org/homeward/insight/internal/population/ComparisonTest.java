package org.homeward.insight.internal.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The rate ratio against the other children and its 95% confidence interval (Katz), against worked values. */
class ComparisonTest {

    @Test
    void aGroupMissingFourTimesAsOftenIsHigherBeyondChance() {
        // 30 of 1,000 against 70 of 9,000: ratio 3.857; SE of its log sqrt(1/30 - 1/1000 + 1/70 - 1/9000) = 0.21566.
        Disproportionality.Comparison c = Disproportionality.Comparison.of(30, 1000, 70, 9000).orElseThrow();
        assertThat(c.ratio()).isCloseTo(3.857, within(0.001));
        assertThat(c.low()).isCloseTo(2.527, within(0.002));
        assertThat(c.high()).isCloseTo(5.886, within(0.003));
        assertThat(c.higher()).isTrue();
        assertThat(c.lower()).isFalse();
    }

    @Test
    void aSmallDifferenceInSmallNumbersIsNoClearDifference() {
        Disproportionality.Comparison c = Disproportionality.Comparison.of(6, 500, 40, 4500).orElseThrow();
        assertThat(c.ratio()).isCloseTo(1.35, within(0.001));
        assertThat(c.low()).isLessThan(1);
        assertThat(c.high()).isGreaterThan(1);
        assertThat(c.higher()).isFalse();
        assertThat(c.lower()).isFalse();
    }

    @Test
    void aGroupMissingFarLessOftenIsLowerBeyondChance() {
        assertThat(Disproportionality.Comparison.of(10, 5000, 90, 5000).orElseThrow().lower()).isTrue();
    }

    @Test
    void noughtOrCountsBeyondThePopulationCannotBeCompared() {
        assertThat(Disproportionality.Comparison.of(0, 1000, 70, 9000)).isEmpty();
        assertThat(Disproportionality.Comparison.of(30, 1000, 0, 9000)).isEmpty();
        assertThat(Disproportionality.Comparison.of(1200, 1000, 70, 9000)).isEmpty();
    }
}

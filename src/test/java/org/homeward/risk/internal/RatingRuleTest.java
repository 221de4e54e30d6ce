package org.homeward.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RatingRuleTest {

    final Instrument instrument = new Instrument(UUID.randomUUID(), 1, "Test", LocalDate.of(2014, 1, 1), 4, 10, List.of(
            new Instrument.Factor("A", "S", "A factor", "", 3, false),
            new Instrument.Factor("B", "S", "Another", "", 2, false),
            new Instrument.Factor("C", "S", "Critical one", "", 3, true),
            new Instrument.Factor("D", "S", "Context only", "", 0, false)));

    @Test
    void currentFactorsScoreTheirWeightAndHistoricalOnesOne() {
        var s = RatingRule.suggest(instrument, Map.of("A", Answer.CURRENT, "B", Answer.HISTORICAL,
                "D", Answer.CURRENT), 15, 12);
        assertThat(s.score()).isEqualTo(4);
        assertThat(s.rating()).isEqualTo("MEDIUM");
        assertThat(RatingRule.suggest(instrument, Map.of("B", Answer.CURRENT, "D", Answer.HISTORICAL), 15, 12).rating())
                .isEqualTo("LOW");
    }

    @Test
    void notKnownScoresNothingButIsStillAnAnswer() {
        assertThat(RatingRule.suggest(instrument, Map.of("A", Answer.NOT_KNOWN, "B", Answer.NOT_KNOWN), 15, 12).score())
                .isZero();
    }

    @Test
    void aCurrentCriticalFactorOrTheAgeRuleSuggestsHigh() {
        var critical = RatingRule.suggest(instrument, Map.of("C", Answer.CURRENT), 15, 12);
        assertThat(critical.rating()).isEqualTo("HIGH");
        assertThat(critical.reasons()).contains("Current critical factor: Critical one");
        assertThat(RatingRule.suggest(instrument, Map.of("C", Answer.HISTORICAL), 15, 12).rating()).isEqualTo("LOW");
        var young = RatingRule.suggest(instrument, Map.of(), 12, 12);
        assertThat(young.rating()).isEqualTo("HIGH");
        assertThat(young.agePrompt()).isTrue();
        assertThat(RatingRule.suggest(instrument, Map.of(), 13, 12).agePrompt()).isFalse();
    }
}

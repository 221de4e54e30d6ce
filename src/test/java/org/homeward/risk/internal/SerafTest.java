package org.homeward.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.risk.internal.ExploitationInstrument.ItemAnswer;
import org.homeward.risk.internal.ExploitationInstrument.Section;
import org.junit.jupiter.api.Test;

/** Tick patterns reproduce SERAF's totals and categories (DOMAIN.md RA-04). */
class SerafTest {

    final Seraf seraf = new Seraf();

    Map<String, ItemAnswer> tick(int vulnerabilities, int moderate, ItemAnswer... significant) {
        Map<String, ItemAnswer> answers = new HashMap<>();
        take(Section.VULNERABILITY, vulnerabilities).forEach(i -> answers.put(i.code(), ItemAnswer.PRESENT));
        take(Section.MODERATE, moderate).forEach(i -> answers.put(i.code(), ItemAnswer.PRESENT));
        List<ExploitationInstrument.Item> sig = take(Section.SIGNIFICANT, significant.length);
        for (int n = 0; n < significant.length; n++) {
            answers.put(sig.get(n).code(), significant[n]);
        }
        return answers;
    }

    List<ExploitationInstrument.Item> take(Section section, int n) {
        return seraf.items().stream().filter(i -> i.section() == section).limit(n).toList();
    }

    int total(Map<String, ItemAnswer> answers) {
        return seraf.score(answers).total();
    }

    int category(Map<String, ItemAnswer> answers) {
        return seraf.score(answers).category().number();
    }

    @Test
    void eachSectionScoresAsSerafDoes() {
        assertThat(total(Map.of())).isZero();
        assertThat(total(tick(3, 0))).isEqualTo(3);
        assertThat(total(tick(0, 4))).isEqualTo(4);
        assertThat(total(tick(0, 0, ItemAnswer.CURRENT))).isEqualTo(5);
        assertThat(total(tick(0, 0, ItemAnswer.RECENT))).isEqualTo(1);
        assertThat(total(tick(0, 0, ItemAnswer.BOTH))).isEqualTo(6);
        assertThat(total(tick(0, 0, ItemAnswer.NOT_PRESENT))).isZero();
        assertThat(total(tick(2, 3, ItemAnswer.CURRENT, ItemAnswer.RECENT, ItemAnswer.BOTH))).isEqualTo(2 + 3 + 5 + 1 + 6);
    }

    @Test
    void categoriesBreakAt5_10_15() {
        assertThat(category(Map.of())).isEqualTo(1);
        assertThat(category(tick(5, 0))).isEqualTo(1);
        assertThat(category(tick(5, 1))).isEqualTo(2);
        assertThat(category(tick(0, 5, ItemAnswer.CURRENT))).isEqualTo(2);
        assertThat(category(tick(1, 5, ItemAnswer.CURRENT))).isEqualTo(3);
        assertThat(category(tick(1, 3, ItemAnswer.CURRENT, ItemAnswer.BOTH))).isEqualTo(3);
        assertThat(total(tick(1, 3, ItemAnswer.CURRENT, ItemAnswer.BOTH))).isEqualTo(15);
        assertThat(category(tick(2, 3, ItemAnswer.CURRENT, ItemAnswer.BOTH))).isEqualTo(4);
        assertThat(seraf.score(tick(12, 13, ItemAnswer.BOTH, ItemAnswer.BOTH)).category().label())
                .isEqualTo("Category 4: significant risk");
    }

    @Test
    void anAnswerASectionCannotTakeIsRefused() {
        String vulnerability = take(Section.VULNERABILITY, 1).get(0).code();
        String significant = take(Section.SIGNIFICANT, 1).get(0).code();
        assertThatThrownBy(() -> seraf.score(Map.of(vulnerability, ItemAnswer.CURRENT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> seraf.score(Map.of(significant, ItemAnswer.PRESENT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemCodesAreUnique() {
        assertThat(seraf.items().stream().map(ExploitationInstrument.Item::code).distinct().count())
                .isEqualTo(seraf.items().size());
    }
}

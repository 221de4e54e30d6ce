package org.homeward.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.Directory;
import org.homeward.support.HomewardTest;
import org.homeward.support.InsightRows;
import org.homeward.support.TestCouncils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole partnership's figures read from the monthly summaries equal those read from every episode: for
 * whole months, part-months either side and a period within one month; after a full count, after a recent
 * count that changed old and new months, and after an erasure.
 */
@HomewardTest
class MonthlySummariesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired JdbcClient jdbc;
    @Autowired EpisodeFacts facts;
    @Autowired PartnershipFigures figures;
    @Autowired MonthlySummaries summaries;
    @Autowired Directory directory;

    @Test
    void summariesEqualTheEpisodesThroughCountsAndErasures() {
        UUID council = TestCouncils.add(jdbc, directory, "Summaryshire Council");
        UUID other = TestCouncils.add(jdbc, directory, "Monthsby Council");
        UUID a = InsightRows.child(jdbc, "2010-06-01", "F", "WBRI", "NONE", council);
        UUID b = InsightRows.child(jdbc, "2008-09-01", "M", "BCRB", "LAC_CO", council);
        UUID c = InsightRows.child(jdbc, "2011-12-01", "F", null, "LAC_S20", other);
        UUID pb = InsightRows.placement(jdbc, b, council, other);
        UUID pc = InsightRows.placement(jdbc, c, other, council);
        InsightRows.episode(jdbc, a, null, "MISSING_FROM_HOME", "2025-01-31T23:30:00Z", "2025-02-01T02:00:00Z");
        UUID graded = InsightRows.episode(jdbc, b, pb, "MISSING_FROM_CARE", "2025-02-14T18:00:00Z", "2025-02-16T09:00:00Z");
        InsightRows.grade(jdbc, graded, "MISSING", "HIGH");
        InsightRows.episode(jdbc, b, pb, "AWAY_FROM_PLACEMENT", "2025-02-20T21:00:00Z", "2025-02-20T23:59:00Z");
        InsightRows.episode(jdbc, c, pc, "MISSING_FROM_CARE", "2025-03-30T00:30:00Z", "2025-03-31T07:00:00Z");
        UUID erased = InsightRows.episode(jdbc, a, null, "MISSING_FROM_HOME", "2025-04-09T12:00:00Z", "2025-04-09T20:00:00Z");
        Instant now = Instant.now();
        UUID oldOpen = InsightRows.episode(jdbc, c, pc, "MISSING_FROM_CARE", now.minus(200, ChronoUnit.DAYS).toString(), null);
        facts.refreshAll();
        assertThat(summaries.ready()).isTrue();
        same(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        same(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 4, 10));
        same(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
        same(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 20));
        same(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 12, 31));

        // A recent count: new episodes, a grading and a return on one already counted, and an old open one that
        // is counted again in its own month.
        UUID recent = InsightRows.episode(jdbc, a, null, "MISSING_FROM_HOME", now.minus(10, ChronoUnit.DAYS).toString(),
                now.minus(9, ChronoUnit.DAYS).toString());
        UUID open = InsightRows.episode(jdbc, b, pb, "MISSING_FROM_CARE", now.minus(2, ChronoUnit.HOURS).toString(), null);
        facts.refreshRecent();
        InsightRows.grade(jdbc, open, "MISSING", "MEDIUM");
        InsightRows.grade(jdbc, recent, "ABSENT", "NO_APPARENT_RISK");
        jdbc.sql("update episode set located_at = :at where id = :id").param("at", Timestamp.from(now))
                .param("id", oldOpen).update();
        facts.refreshRecent();
        assertThat(summaries.ready()).isTrue();
        LocalDate today = LocalDate.now(LONDON);
        same(today.minusDays(60), today);
        same(today.minusMonths(13).withDayOfMonth(1), today);
        same(today.minusYears(1).plusDays(1), today);

        jdbc.sql("delete from episode where id = :id").param("id", erased).update();
        assertThat(summaries.ready()).as("the erased episode's month is stale").isFalse();
        assertThat(jdbc.sql("select count(*) from insight_child_month where child_id = :c and month = date '2025-04-01'")
                .param("c", a).query(Long.class).single()).as("the child's month goes with the episode").isZero();
        same(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        facts.refreshRecent();
        assertThat(summaries.ready()).as("the next count rebuilt it").isTrue();
        same(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        same(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 4, 10));
    }

    private void same(LocalDate from, LocalDate to) {
        for (int repeat : List.of(1, 2, 3)) {
            PartnershipFigures.Figures summarised = figures.figures(from, to, Optional.empty(), repeat);
            assertThat(summarised).as(from + " to " + to + ", repeat " + repeat)
                    .isEqualTo(figures.fromEpisodes(from, to, Optional.empty(), repeat));
        }
    }
}

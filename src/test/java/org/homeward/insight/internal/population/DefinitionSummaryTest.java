package org.homeward.insight.internal.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.homeward.access.Directory;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.insight.internal.PeriodSummaries;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.InsightRows;
import org.homeward.support.TestCouncils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole partnership's "how missing is applied" rows read from the summaries by day and month equal those read
 * from the episodes, at every repeat threshold: whole months, part-months and a period inside one month; after a
 * full count, a recent count that graded and returned episodes, and an erasure.
 */
@HomewardTest
class DefinitionSummaryTest {

    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired DefinitionFigures figures;
    @Autowired PeriodSummaries summaries;
    @Autowired EpisodeFacts facts;

    @Test
    void summariesEqualTheEpisodesThroughCountsAndErasures() {
        UUID council = TestCouncils.add(jdbc, directory, "Definitionshire Council");
        UUID a = InsightRows.child(jdbc, "2010-06-01", "F", "WBRI", "NONE", council);
        UUID b = InsightRows.child(jdbc, "2008-09-01", "M", "BCRB", "LAC_CO", council);
        UUID pb = InsightRows.placement(jdbc, b, council, council);
        InsightRows.grade(jdbc, InsightRows.episode(jdbc, a, null, "MISSING_FROM_HOME", "2025-01-31T23:30:00Z",
                "2025-02-01T02:00:00Z"), "ABSENT", "NO_APPARENT_RISK");
        InsightRows.grade(jdbc, InsightRows.episode(jdbc, b, pb, "MISSING_FROM_CARE", "2025-02-14T18:00:00Z",
                "2025-02-16T09:00:00Z"), "MISSING", "HIGH");
        InsightRows.episode(jdbc, b, pb, "AWAY_FROM_PLACEMENT", "2025-02-20T21:00:00Z", "2025-02-20T23:59:00Z");
        InsightRows.grade(jdbc, InsightRows.episode(jdbc, b, pb, "MISSING_FROM_CARE", "2025-02-22T21:00:00Z",
                "2025-02-23T03:00:00Z"), "MISSING", "HIGH");
        UUID erased = InsightRows.episode(jdbc, a, null, "MISSING_FROM_HOME", "2025-04-09T12:00:00Z", "2025-04-09T20:00:00Z");
        facts.refreshAll();
        assertThat(summaries.ready()).isTrue();
        same("2025-01-01", "2025-03-31");
        same("2025-01-15", "2025-04-10");
        same("2025-02-10", "2025-02-20");
        same("2024-12-01", "2025-12-31");

        Instant now = Instant.now();
        UUID recent = InsightRows.episode(jdbc, a, null, "MISSING_FROM_HOME", now.minus(10, ChronoUnit.DAYS).toString(),
                now.minus(9, ChronoUnit.DAYS).toString());
        facts.refreshRecent();
        InsightRows.grade(jdbc, recent, "MISSING", "MEDIUM");
        facts.refreshRecent();
        LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
        same(today.minusDays(60).toString(), today.toString());
        same(today.minusYears(1).plusDays(1).toString(), today.toString());

        jdbc.sql("delete from episode where id = :id").param("id", erased).update();
        assertThat(summaries.ready()).isFalse();
        facts.refreshRecent();
        assertThat(summaries.ready()).isTrue();
        same("2025-04-01", "2025-04-30");
        same("2025-01-15", "2025-04-10");
    }

    private void same(String from, String to) {
        LocalDate f = LocalDate.parse(from);
        LocalDate t = LocalDate.parse(to);
        for (int repeat : List.of(1, 2, 3)) {
            List<DefinitionFigures.Row> summarised = figures.rows(f, t, java.util.Optional.empty(), repeat);
            assertThat(summarised).as(from + " to " + to + ", repeat " + repeat)
                    .isEqualTo(figures.fromEpisodes(f, t, repeat));
        }
    }
}

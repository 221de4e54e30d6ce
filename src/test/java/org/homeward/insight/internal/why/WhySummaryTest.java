package org.homeward.insight.internal.why;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.homeward.access.Directory;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.insight.internal.PeriodSummaries;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole partnership's "why children go missing" figures read from the summaries by day and month equal those
 * read from the interviews: whole months, part-months, quarters and a period inside one month; after a full count,
 * a recent count that added an interview, and an erasure.
 */
@HomewardTest
class WhySummaryTest {

    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired WhyFigures figures;
    @Autowired WhyWords words;
    @Autowired PeriodSummaries summaries;
    @Autowired EpisodeFacts facts;

    @Test
    void summariesEqualTheInterviewsThroughCountsAndErasures() {
        try (WhyData data = new WhyData(jdbc, directory)) {
            UUID ann = data.child("Ann", "Summary");
            UUID ben = data.child("Ben", "Summary");
            UUID home = data.placement(ben);
            data.interview(ann, null, at("2025-01-31T23:30"), false, "Rows at home",
                    "rhi-push-factor.HOME_PROBLEMS", "rhi-pull-factor.FRIENDS_FAMILY", "rhi-harm.NO_HARM");
            data.interview(ann, null, at("2025-02-14T18:00"), true, null,
                    "rhi-push-factor.HOME_PROBLEMS", "rhi-pull-factor.FRIENDS_FAMILY", "rhi-harm.SEXUAL");
            data.interview(ben, home, at("2025-03-30T00:30"), false, "Bored",
                    "rhi-push-factor.BULLYING", "rhi-pull-factor.FRIENDS_FAMILY");
            UUID erased = data.interview(ben, home, at("2025-04-09T12:00"), false, "Saw friends",
                    "rhi-pull-factor.FRIENDS_FAMILY");
            data.interview(ann, null, ZonedDateTime.now(ClockConfiguration.LONDON).minusDays(200), false, "Old",
                    "rhi-push-factor.HOME_PROBLEMS");
            facts.refreshAll();
            assertThat(summaries.ready()).isTrue();
            WhyFigures.Figures quarter = same("2025-01-01", "2025-03-31");
            assertThat(quarter.row(WhyFigures.ALL, "").total().interviews()).isGreaterThanOrEqualTo(3);
            assertThat(quarter.pairs()).isNotEmpty();
            same("2025-01-15", "2025-04-10");
            same("2025-02-01", "2025-02-28");
            same("2025-02-10", "2025-02-20");
            same("2024-10-01", "2025-12-31");

            data.interview(ben, home, ZonedDateTime.now(ClockConfiguration.LONDON).minusDays(3), true, "Recent",
                    "rhi-push-factor.BULLYING", "rhi-harm.SEXUAL");
            facts.refreshRecent();
            LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
            same(today.minusDays(60).toString(), today.toString());
            same(today.minusYears(1).plusDays(1).toString(), today.toString());
            same(today.minusMonths(13).withDayOfMonth(1).toString(), today.toString());

            long april = same("2025-04-01", "2025-04-30").row(WhyFigures.ALL, "").total().interviews();
            jdbc.sql("delete from rhi_factor where offer_id = :o").param("o", erased).update();
            jdbc.sql("delete from rhi_interview where offer_id = :o").param("o", erased).update();
            UUID episode = jdbc.sql("select episode_id from rhi_offer where id = :o").param("o", erased)
                    .query(UUID.class).single();
            jdbc.sql("delete from rhi_offer where id = :o").param("o", erased).update();
            jdbc.sql("delete from episode where id = :e").param("e", episode).update();
            assertThat(summaries.ready()).as("the erased episode's month is stale").isFalse();
            facts.refreshRecent();
            assertThat(summaries.ready()).as("the next count rebuilt it").isTrue();
            assertThat(same("2025-04-01", "2025-04-30").row(WhyFigures.ALL, "").total().interviews())
                    .isEqualTo(april - 1);
            same("2025-01-15", "2025-04-10");
        }
    }

    private WhyFigures.Figures same(String from, String to) {
        LocalDate f = LocalDate.parse(from);
        LocalDate t = LocalDate.parse(to);
        WhyFigures.Figures summarised = figures.figures(f, t, java.util.Optional.empty());
        WhyFigures.Figures counted = figures.fromEpisodes(f, t);
        assertThat(summarised).as(from + " to " + to).isEqualTo(counted);
        for (String[] factor : new String[][] {{"rhi-push-factor", "HOME_PROBLEMS"}, {"rhi-harm", "SEXUAL"}}) {
            assertThat(words.interviews(f, t, java.util.Optional.empty(), factor[0], factor[1]))
                    .as("interviews with words on " + factor[1])
                    .isEqualTo(counted.row(factor[0], factor[1]).total().interviews());
        }
        return summarised;
    }

    private static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(ClockConfiguration.LONDON);
    }
}

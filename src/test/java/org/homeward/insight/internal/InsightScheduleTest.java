package org.homeward.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.homeward.insight.internal.compliance.FigureSummaries;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The schedule counts both the compliance figures and insight's episodes: neither is left to go stale. */
@HomewardTest
class InsightScheduleTest {

    @Autowired FigureSummaries summaries;
    @Autowired EpisodeFacts facts;
    @Autowired JdbcClient jdbc;

    @Test
    void eachTurnCountsTheComplianceFiguresAndTheEpisodes() {
        InsightSchedule schedule = new InsightSchedule(summaries, facts);
        schedule.recent();
        jdbc.sql("update dashboard_refresh set refreshed_at = '2000-01-01T00:00:00Z'").update();
        jdbc.sql("update insight_refresh set refreshed_at = '2000-01-01T00:00:00Z'").update();

        schedule.recent();

        Instant old = Instant.parse("2000-01-01T00:00:00Z");
        assertThat(jdbc.sql("select refreshed_at from dashboard_refresh").query(Instant.class).single()).isAfter(old);
        assertThat(jdbc.sql("select refreshed_at from insight_refresh").query(Instant.class).single()).isAfter(old);
    }
}

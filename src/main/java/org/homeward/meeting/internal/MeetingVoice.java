package org.homeward.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.dashboard.ComplianceSource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many plans, impact reviews and strategy discussions recorded in the period give the child's
 * views in their words; a reason for not obtaining them is not the child's voice (DOMAIN.md RHI-06).
 */
@Component
class MeetingVoice implements ComplianceSource {

    private static final String AREA = "The child’s voice";

    private final JdbcClient jdbc;

    MeetingVoice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate from, LocalDate to, Instant now) {
        record Row(long interventions, long interventionsHeard, long reviews, long reviewsHeard, long discussions,
                   long discussionsHeard) {
        }
        Instant start = from.atStartOfDay(ClockConfiguration.LONDON).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant();
        Row r = jdbc.sql("""
                select count(*) filter (where kind = 'I') as interventions,
                       count(*) filter (where kind = 'I' and heard) as interventions_heard,
                       count(*) filter (where kind = 'R') as reviews,
                       count(*) filter (where kind = 'R' and heard) as reviews_heard,
                       count(*) filter (where kind = 'D') as discussions,
                       count(*) filter (where kind = 'D' and heard) as discussions_heard
                  from (select 'I' as kind, child_views is not null as heard, recorded_at as at from intervention
                        union all
                        select 'R', child_views is not null, recorded_at from intervention_review
                        union all
                        select 'D', child_views is not null, held_at from strategy_discussion where held_at is not null) r
                 where at >= :start and at < :end""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query(Row.class).single();
        return List.of(
                Figure.rate(902, AREA, "Risk-management plan interventions with the child’s views",
                        r.interventionsHeard(), r.interventions()),
                Figure.rate(903, AREA, "Intervention impact reviews with the child’s views", r.reviewsHeard(), r.reviews()),
                Figure.rate(904, AREA, "Strategy discussions held with the child’s views", r.discussionsHeard(),
                        r.discussions()));
    }
}

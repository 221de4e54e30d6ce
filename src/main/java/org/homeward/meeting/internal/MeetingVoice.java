package org.homeward.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.figures.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many plans, impact reviews and strategy discussions recorded in the period give the child's
 * views in their words; a reason for not obtaining them is not the child's voice (DOMAIN.md RHI-06).
 */
@Component
class MeetingVoice implements FigureSource {

    private static final String AREA = "The child’s voice";

    private final JdbcClient jdbc;

    MeetingVoice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return List.of(
                Measure.rate("meeting.interventions-heard", 902, AREA,
                        "Risk-management plan interventions with the child’s views"),
                Measure.rate("meeting.reviews-heard", 903, AREA, "Intervention impact reviews with the child’s views"),
                Measure.rate("meeting.discussions-heard", 904, AREA, "Strategy discussions held with the child’s views"));
    }

    @Override
    public List<Count> counts(LocalDate from, LocalDate to, Instant now) {
        return jdbc.sql("""
                select r.figure, (r.at at time zone 'Europe/London')::date as day, c.responsible_authority_id as authority,
                       count(*) filter (where r.heard) as count, count(*) as out_of
                  from (select 'meeting.interventions-heard' as figure, child_id, child_views is not null as heard,
                               recorded_at as at from intervention
                        union all
                        select 'meeting.reviews-heard', i.child_id, r.child_views is not null, r.recorded_at
                          from intervention_review r join intervention i on i.id = r.intervention_id
                        union all
                        select 'meeting.discussions-heard', child_id, child_views is not null, held_at
                          from strategy_discussion where held_at is not null) r
                  join child c on c.id = r.child_id
                 where r.at >= :start and r.at < :end
                 group by 1, 2, 3""")
                .param("start", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .query(Count.class).list();
    }
}

package org.homeward.meeting.internal;

import java.util.List;
import org.homeward.platform.figures.SqlFigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many plans, impact reviews and strategy discussions recorded in the period give the child's
 * views in their words; a reason for not obtaining them is not the child's voice (DOMAIN.md RHI-06).
 */
@Component
class MeetingVoice extends SqlFigureSource {

    private static final String AREA = "The child’s voice";

    MeetingVoice(JdbcClient jdbc) {
        super(jdbc, """
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
                 group by 1, 2, 3""");
    }

    @Override
    public List<Measure> measures() {
        return List.of(
                Measure.rate("meeting.interventions-heard", 902, AREA,
                        "Risk-management plan interventions with the child’s views"),
                Measure.rate("meeting.reviews-heard", 903, AREA, "Intervention impact reviews with the child’s views"),
                Measure.rate("meeting.discussions-heard", 904, AREA, "Strategy discussions held with the child’s views"));
    }
}

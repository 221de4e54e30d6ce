package org.homeward.oversight.internal;

import java.util.List;
import org.homeward.platform.figures.SqlFigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every deadline on the engine, on the compliance dashboard: met in time, overdue now, handovers, notifications.
 * A task counts for the authority responsible for its child or, when it is about no child (or the child has no
 * authority recorded), for the agency of whoever holds it; a notification counts for its recipient's agency.
 */
@Component
class OversightCompliance extends SqlFigureSource {

    private static final String AREA = "All deadlines, handovers and notifications";

    OversightCompliance(JdbcClient jdbc) {
        super(jdbc, """
                with owned as not materialized (
                    select t.*, coalesce(c.responsible_authority_id, u.agency_id, tm.agency_id) as authority
                      from task t
                      left join child c on c.id = t.child_id
                      left join user_account u on u.id = t.owner_id
                      left join team tm on tm.id = t.owner_team_id)
                select 'oversight.deadlines-met' as figure, (due_at at time zone 'Europe/London')::date as day, authority,
                       count(*) filter (where status = 'DONE' and closed_at <= due_at) as count, count(*) as out_of
                  from owned where status <> 'CANCELLED' and due_at >= :start and due_at < :end group by 2, 3
                union all
                select 'oversight.overdue-now', null, authority, count(*), 0
                  from owned where status = 'OPEN' and due_at < :now group by 3
                union all
                select 'oversight.high-risk-overdue-now', null, authority, count(*), 0
                  from owned where status = 'OPEN' and due_at < :now and high_risk group by 3
                union all
                select 'oversight.escalations', (e.escalated_at at time zone 'Europe/London')::date,
                       coalesce(t.authority, c.responsible_authority_id), count(*), 0
                  from escalation e
                  left join owned t on t.id = e.task_id
                  left join episode ep on ep.id = e.episode_id
                  left join child c on c.id = ep.child_id
                 where e.escalated_at >= :start and e.escalated_at < :end group by 2, 3
                union all
                select 'oversight.handovers-acknowledged', (handed_over_at at time zone 'Europe/London')::date, authority,
                       count(*) filter (where handover_acknowledged_at is not null), count(*)
                  from owned where handed_over_at >= :start and handed_over_at < :end group by 2, 3
                union all
                select 'oversight.notifications-acknowledged', (n.created_at at time zone 'Europe/London')::date,
                       u.agency_id, count(*) filter (where n.acknowledged_at is not null), count(*)
                  from notification n join user_account u on u.id = n.recipient_id
                 where n.created_at >= :start and n.created_at < :end group by 2, 3""");
    }

    @Override
    public List<Measure> measures() {
        return List.of(
                Measure.rate("oversight.deadlines-met", 10, AREA, "Deadlines met (due in the period)"),
                Measure.count("oversight.overdue-now", 11, AREA, "Tasks overdue now"),
                Measure.count("oversight.high-risk-overdue-now", 12, AREA, "High-risk tasks overdue now"),
                Measure.count("oversight.escalations", 13, AREA, "Escalations"),
                Measure.rate("oversight.handovers-acknowledged", 14, AREA, "Handovers acknowledged"),
                Measure.rate("oversight.notifications-acknowledged", 15, AREA, "Notifications acknowledged"));
    }
}

package org.homeward.meeting.internal;

import java.util.List;
import java.util.Map;
import org.homeward.platform.figures.SqlFigureSource;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Meetings, strategy discussions, trigger plans, actions and impact reviews on the compliance dashboard. */
@Component
class MeetingCompliance extends SqlFigureSource {

    private static final String AREA = "Meetings, strategy discussions and plans";

    private final Settings settings;

    MeetingCompliance(JdbcClient jdbc, Settings settings) {
        super(jdbc, """
                with decided as (
                    select child_id, held_at from strategy_discussion
                     where trigger_plan_needed and held_at >= :start and held_at < :end
                    union all
                    select child_id, held_at from missing_meeting
                     where trigger_plan_needed and held_at >= :start and held_at < :end)
                select 'meeting.held' as figure, (m.held_at at time zone 'Europe/London')::date as day,
                       c.responsible_authority_id as authority, count(*) as count, 0 as out_of
                  from missing_meeting m join child c on c.id = m.child_id
                 where m.held_at >= :start and m.held_at < :end group by 2, 3
                union all
                select 'meeting.required-met', (r.raised_at at time zone 'Europe/London')::date, c.responsible_authority_id,
                       count(*) filter (where r.met_at is not null), count(*)
                  from meeting_requirement r join child c on c.id = r.child_id
                 where r.raised_at >= :start and r.raised_at < :end group by 2, 3
                union all
                select 'meeting.discussions-in-time', d.due_on, c.responsible_authority_id,
                       count(*) filter (where (d.held_at at time zone 'Europe/London')::date <= d.due_on), count(*)
                  from strategy_discussion d join child c on c.id = d.child_id
                 where d.due_on between :from and :to group by 2, 3
                union all
                select 'meeting.trigger-plans-in-time', (d.held_at at time zone 'Europe/London')::date,
                       c.responsible_authority_id,
                       count(*) filter (where exists (select 1 from trigger_plan p
                                 where p.child_id = d.child_id and p.recorded_at >= d.held_at
                                   and (p.recorded_at at time zone 'Europe/London')::date
                                       <= (d.held_at at time zone 'Europe/London')::date + :triggerDays)), count(*)
                  from decided d join child c on c.id = d.child_id group by 2, 3
                union all
                select 'meeting.actions-in-time', a.due_on, c.responsible_authority_id,
                       count(*) filter (where (a.done_at at time zone 'Europe/London')::date <= a.due_on), count(*)
                  from meeting_action a join missing_meeting m on m.id = a.meeting_id join child c on c.id = m.child_id
                 where a.due_on between :from and :to group by 2, 3
                union all
                select 'meeting.actions-overdue-now', null, c.responsible_authority_id, count(*), 0
                  from meeting_action a join missing_meeting m on m.id = a.meeting_id join child c on c.id = m.child_id
                 where a.done_at is null and a.due_on < :today group by 3
                union all
                select 'meeting.reviews-overdue-now', null, c.responsible_authority_id, count(*), 0
                  from intervention i join child c on c.id = i.child_id
                 where i.ended_on is null
                   and coalesce((select max(reviewed_on) from intervention_review r where r.intervention_id = i.id),
                                i.started_on) + 7 * i.review_weeks < :today
                 group by 3""");
        this.settings = settings;
    }

    @Override
    public List<Measure> measures() {
        return List.of(
                Measure.count("meeting.held", 200, AREA, "Missing management meetings held"),
                Measure.rate("meeting.required-met", 201, AREA, "Meetings required (raised in the period) and since held"),
                Measure.rate("meeting.discussions-in-time", 202, AREA, "Strategy discussions held by the due date"),
                Measure.rate("meeting.trigger-plans-in-time", 203, AREA, "Trigger plans on file in time (7 days from the decision unless the partnership set another)"),
                Measure.rate("meeting.actions-in-time", 204, AREA, "Meeting actions done by the due date"),
                Measure.count("meeting.actions-overdue-now", 205, AREA, "Meeting actions overdue now"),
                Measure.count("meeting.reviews-overdue-now", 206, AREA, "Intervention impact reviews overdue now"));
    }

    @Override
    protected Map<String, ?> parameters() {
        return Map.of("triggerDays", settings.number(Setting.TRIGGER_PLAN));
    }
}

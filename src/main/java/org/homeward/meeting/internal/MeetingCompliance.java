package org.homeward.meeting.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.dashboard.ComplianceSource;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Meetings, strategy discussions, trigger plans, actions and impact reviews on the compliance dashboard. */
@Component
class MeetingCompliance implements ComplianceSource {

    private static final String AREA = "Meetings, strategy discussions and plans";

    private final JdbcClient jdbc;

    MeetingCompliance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(LocalDate from, LocalDate to, Instant now) {
        Instant start = from.atStartOfDay(ClockConfiguration.LONDON).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant();
        record Row(long meetingsHeld, long required, long requiredMet, long discussionsDue, long discussionsInTime,
                   long plansDecided, long plansInTime, long actionsDue, long actionsInTime, long actionsOverdueNow,
                   long reviewsOverdueNow) {
        }
        Row r = jdbc.sql("""
                with decided as (
                    select child_id, held_at from strategy_discussion
                     where trigger_plan_needed and held_at >= :start and held_at < :end
                    union all
                    select child_id, held_at from missing_meeting
                     where trigger_plan_needed and held_at >= :start and held_at < :end)
                select (select count(*) from missing_meeting where held_at >= :start and held_at < :end) as meetings_held,
                       (select count(*) from meeting_requirement where raised_at >= :start and raised_at < :end) as required,
                       (select count(*) from meeting_requirement where raised_at >= :start and raised_at < :end
                                                                   and met_at is not null) as required_met,
                       (select count(*) from strategy_discussion where due_on between :from and :to) as discussions_due,
                       (select count(*) from strategy_discussion where due_on between :from and :to
                                and (held_at at time zone 'Europe/London')::date <= due_on) as discussions_in_time,
                       (select count(*) from decided) as plans_decided,
                       (select count(*) from decided d where exists (select 1 from trigger_plan p
                                 where p.child_id = d.child_id and p.recorded_at >= d.held_at
                                   and (p.recorded_at at time zone 'Europe/London')::date
                                       <= (d.held_at at time zone 'Europe/London')::date + 7)) as plans_in_time,
                       (select count(*) from meeting_action where due_on between :from and :to) as actions_due,
                       (select count(*) from meeting_action where due_on between :from and :to
                                and (done_at at time zone 'Europe/London')::date <= due_on) as actions_in_time,
                       (select count(*) from meeting_action where done_at is null and due_on < :today) as actions_overdue_now,
                       (select count(*) from intervention i
                         where i.ended_on is null
                           and coalesce((select max(reviewed_on) from intervention_review r where r.intervention_id = i.id),
                                        i.started_on) + 7 * i.review_weeks < :today) as reviews_overdue_now""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("today", Date.valueOf(now.atZone(ClockConfiguration.LONDON).toLocalDate()))
                .query(Row.class).single();
        return List.of(
                Figure.count(200, AREA, "Missing management meetings held", r.meetingsHeld()),
                Figure.rate(201, AREA, "Meetings required (raised in the period) and since held", r.requiredMet(), r.required()),
                Figure.rate(202, AREA, "Strategy discussions held by the due date", r.discussionsInTime(), r.discussionsDue()),
                Figure.rate(203, AREA, "Trigger plans on file within 7 days of the decision", r.plansInTime(), r.plansDecided()),
                Figure.rate(204, AREA, "Meeting actions done by the due date", r.actionsInTime(), r.actionsDue()),
                Figure.count(205, AREA, "Meeting actions overdue now", r.actionsOverdueNow()),
                Figure.count(206, AREA, "Intervention impact reviews overdue now", r.reviewsOverdueNow()));
    }
}

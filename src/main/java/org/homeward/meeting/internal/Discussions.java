package org.homeward.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.web.ChildsViews;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes strategy discussions and trigger plans. */
@Component
class Discussions {

    public record Held(String participants, String section47, String outcome, boolean triggerPlanNeeded) {
    }

    public record TriggerPlan(UUID id, int version, LocalDate effectiveFrom, LocalDate reviewOn, String aim,
                              String actionsOnReport, String placesAndContacts, LocalDate sharedWithPoliceOn,
                              String policeRecipient, String recordedBy, Instant recordedAt) {
    }

    private static final String DISCUSSION = """
            select d.id, d.child_id, c.given_names || ' ' || c.family_name as child_name, d.episode_id, d.reason,
                   coalesce(u.display_name, 'Homeward') as raised_by, d.raised_at, d.due_on, d.held_at,
                   d.police_participant, d.social_care_participant, d.health_participant, d.other_participants,
                   d.section47, d.outcome, d.trigger_plan_needed, d.child_views, d.child_views_not_obtained
              from strategy_discussion d join child c on c.id = d.child_id
              left join user_account u on u.id = d.raised_by
            """;

    private final JdbcClient jdbc;
    private final Settings settings;

    Discussions(JdbcClient jdbc, Settings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Raises a discussion unless one is already waiting for the child (or, for an episode, was ever raised). */
    boolean raise(UUID id, UUID childId, UUID episodeId, String reason, UUID by, Instant now, LocalDate dueOn) {
        return jdbc.sql("""
                insert into strategy_discussion (id, child_id, episode_id, reason, raised_by, raised_at, due_on)
                values (:id, :c, :e, :reason, :by, :now, :due)
                on conflict do nothing""")
                .param("id", id).param("c", childId).param("e", episodeId).param("reason", reason)
                .param("by", by).param("now", Timestamp.from(now)).param("due", dueOn).update() == 1;
    }

    Optional<StrategyDiscussion> find(UUID id) {
        return jdbc.sql(DISCUSSION + " where d.id = :id").param("id", id).query(StrategyDiscussion.class).optional();
    }

    List<StrategyDiscussion> forChild(UUID childId) {
        return jdbc.sql(DISCUSSION + " where d.child_id = :c order by d.raised_at desc").param("c", childId)
                .query(StrategyDiscussion.class).list();
    }

    List<StrategyDiscussion> waiting() {
        return jdbc.sql(DISCUSSION + " where d.held_at is null order by d.due_on limit 500")
                .query(StrategyDiscussion.class).list();
    }

    boolean record(UUID id, Instant heldAt, String police, String socialCare, String health, String others,
                   String section47, String outcome, boolean triggerPlan,
                   ChildsViews views, UUID by, Instant now) {
        return jdbc.sql("""
                update strategy_discussion set held_at = :held, police_participant = :police,
                       social_care_participant = :csc, health_participant = :health, other_participants = :others,
                       section47 = :s47, outcome = :outcome, trigger_plan_needed = :trigger, recorded_by = :by,
                       recorded_at = :now, child_views = :views, child_views_not_obtained = :notObtained
                 where id = :id and held_at is null""")
                .param("id", id).param("held", Timestamp.from(heldAt)).param("police", police).param("csc", socialCare)
                .param("health", health).param("others", others).param("s47", section47).param("outcome", outcome)
                .param("trigger", triggerPlan).param("views", views.views()).param("notObtained", views.notObtained())
                .param("by", by).param("now", Timestamp.from(now)).update() == 1;
    }

    Optional<TriggerPlanDecision> planDecision(UUID childId) {
        return planDecisions(childId).stream().findFirst();
    }

    /** Every decision that a trigger plan is needed, latest first, each with the day the plan is due on file. */
    List<TriggerPlanDecision> planDecisions(UUID childId) {
        return jdbc.sql("""
                with decided as (
                    select held_at, 'Strategy discussion' as decided_by from strategy_discussion
                     where child_id = :c and trigger_plan_needed
                    union all
                    select held_at, 'Missing management meeting' from missing_meeting
                     where child_id = :c and trigger_plan_needed)
                select d.held_at as decided_at, d.decided_by,
                       (d.held_at at time zone 'Europe/London')::date + :days as due_on,
                       exists (select 1 from trigger_plan p where p.child_id = :c and p.recorded_at >= d.held_at) as on_file,
                       exists (select 1 from trigger_plan p where p.child_id = :c and p.recorded_at >= d.held_at
                                  and p.shared_with_police_on is not null) as shared,
                       (select min(p.recorded_at) from trigger_plan p
                         where p.child_id = :c and p.recorded_at >= d.held_at) as on_file_at
                  from decided d order by d.held_at desc""")
                .param("c", childId).param("days", settings.number(Setting.TRIGGER_PLAN)).query(TriggerPlanDecision.class).list();
    }

    List<TriggerPlan> plans(UUID childId) {
        return jdbc.sql("""
                select p.id, p.version, p.effective_from, p.review_on, p.aim, p.actions_on_report, p.places_and_contacts,
                       p.shared_with_police_on, p.police_recipient, u.display_name as recorded_by, p.recorded_at
                  from trigger_plan p join user_account u on u.id = p.recorded_by
                 where p.child_id = :c order by p.version desc""")
                .param("c", childId).query(TriggerPlan.class).list();
    }

    void addPlan(UUID childId, LocalDate effectiveFrom, LocalDate reviewOn, String aim, String actions, String places,
                 LocalDate shared, String recipient, UUID by, Instant now) {
        jdbc.sql("""
                insert into trigger_plan (id, child_id, version, effective_from, review_on, aim, actions_on_report,
                                          places_and_contacts, shared_with_police_on, police_recipient, recorded_by,
                                          recorded_at)
                values (:id, :c, (select coalesce(max(version), 0) + 1 from trigger_plan where child_id = :c),
                        :from, :review, :aim, :actions, :places, :shared, :recipient, :by, :now)""")
                .param("id", UUID.randomUUID()).param("c", childId).param("from", effectiveFrom)
                .param("review", reviewOn).param("aim", aim).param("actions", actions).param("places", places)
                .param("shared", shared).param("recipient", recipient).param("by", by)
                .param("now", Timestamp.from(now)).update();
    }
}

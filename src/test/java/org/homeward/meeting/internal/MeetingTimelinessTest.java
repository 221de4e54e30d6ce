package org.homeward.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.homeward.meeting.MeetingTimeliness;
import org.homeward.meeting.MeetingTimeliness.Kind;
import org.homeward.meeting.MeetingTimeliness.Step;
import org.homeward.meeting.MeetingTimeliness.Verdict;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The meeting module's own timescales, judged for a case-file audit: a trigger plan on file within 7 days of
 * the decision, a strategy discussion held by its due day, the next meeting by the review date. London days;
 * the due day itself is on time, the day after is late.
 */
@HomewardTest
class MeetingTimelinessTest {

    static final String SAM = "907a70c3-1012-f037-b64c-e4228c38fb29";
    static final Instant NOW = at(2026, 6, 30, 12, 0);

    @Autowired MeetingTimeliness timeliness;
    @Autowired JdbcClient jdbc;

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(ClockConfiguration.LONDON).toInstant();
    }

    UUID child() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Timed', 'Steps', date '2011-02-03', 'F', 'LAC_CO', now(), now(), 0)""").param("id", id).update();
        return id;
    }

    void discussion(UUID child, Instant raised, LocalDate due, Instant held, boolean triggerPlan) {
        jdbc.sql("""
                insert into strategy_discussion (id, child_id, reason, raised_at, due_on, held_at, police_participant,
                       social_care_participant, health_participant, section47, outcome, trigger_plan_needed,
                       recorded_by, recorded_at)
                values (gen_random_uuid(), :c, 'Significant harm suspected', :raised, :due, :held, 'PC Ash', 'Sam',
                        'Nurse Lee', 'NO', 'Plan agreed', :plan, cast(:sam as uuid), :held)""")
                .param("c", child).param("raised", Timestamp.from(raised)).param("due", due)
                .param("held", Timestamp.from(held)).param("plan", triggerPlan).param("sam", SAM).update();
    }

    void plan(UUID child, int version, Instant recorded) {
        jdbc.sql("""
                insert into trigger_plan (id, child_id, version, effective_from, review_on, aim, actions_on_report,
                       recorded_by, recorded_at)
                values (gen_random_uuid(), :c, :v, date '2026-01-01', date '2027-01-01', 'Find her quickly',
                        'Check the bus station', cast(:sam as uuid), :at)""")
                .param("c", child).param("v", version).param("sam", SAM).param("at", Timestamp.from(recorded)).update();
    }

    List<Step> steps(UUID child, Kind kind) {
        return timeliness.forChild(child, NOW).stream().filter(s -> s.kind() == kind).toList();
    }

    @Test
    void aTriggerPlanOnFileOnTheSeventhDayIsOnTimeAndOnTheEighthLate() {
        UUID onTime = child();
        discussion(onTime, at(2026, 3, 1, 9, 0), LocalDate.of(2026, 3, 4), at(2026, 3, 1, 10, 0), true);
        plan(onTime, 1, at(2026, 3, 8, 23, 59));
        UUID late = child();
        discussion(late, at(2026, 3, 1, 9, 0), LocalDate.of(2026, 3, 4), at(2026, 3, 1, 10, 0), true);
        plan(late, 1, at(2026, 3, 9, 0, 1));

        Step kept = steps(onTime, Kind.TRIGGER_PLAN).get(0);
        assertThat(kept.dueOn()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(kept.verdict()).isEqualTo(Verdict.ON_TIME);
        Step missed = steps(late, Kind.TRIGGER_PLAN).get(0);
        assertThat(missed.dueOn()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(missed.verdict()).isEqualTo(Verdict.LATE);
        assertThat(missed.doneAt()).isEqualTo(at(2026, 3, 9, 0, 1));
    }

    @Test
    void aPlanRecordedBeforeTheDecisionDoesNotMeetItAndNoPlanIsOverdueOnlyAfterTheDueDay() {
        UUID child = child();
        plan(child, 1, at(2026, 6, 1, 9, 0));
        discussion(child, at(2026, 6, 22, 9, 0), LocalDate.of(2026, 6, 25), at(2026, 6, 23, 10, 0), true);
        Step waiting = steps(child, Kind.TRIGGER_PLAN).get(0);
        assertThat(waiting.dueOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(waiting.doneAt()).isNull();
        assertThat(waiting.verdict()).as("due today, not yet done").isEqualTo(Verdict.NOT_YET_DUE);
        assertThat(timeliness.forChild(child, at(2026, 7, 1, 0, 0)).stream()
                .filter(s -> s.kind() == Kind.TRIGGER_PLAN).findFirst().orElseThrow().verdict())
                .as("the day after the due day").isEqualTo(Verdict.OVERDUE);
    }

    @Test
    void aStrategyDiscussionHeldOnItsDueDayIsOnTimeAndTheNextDayLate() {
        UUID onTime = child();
        discussion(onTime, at(2026, 4, 6, 9, 0), LocalDate.of(2026, 4, 9), at(2026, 4, 9, 23, 30), false);
        UUID late = child();
        discussion(late, at(2026, 4, 6, 9, 0), LocalDate.of(2026, 4, 9), at(2026, 4, 10, 0, 30), false);
        assertThat(steps(onTime, Kind.STRATEGY_DISCUSSION)).singleElement()
                .extracting(Step::verdict).isEqualTo(Verdict.ON_TIME);
        assertThat(steps(late, Kind.STRATEGY_DISCUSSION)).singleElement()
                .extracting(Step::verdict).isEqualTo(Verdict.LATE);
        assertThat(steps(onTime, Kind.TRIGGER_PLAN)).as("no trigger plan was called for").isEmpty();
    }

    void meeting(UUID child, Instant held, LocalDate reviewOn) {
        jdbc.sql("""
                insert into missing_meeting (id, child_id, held_at, chair, criteria, attendees, history_summary,
                       rhi_findings, exploitation_score, child_view, risk_analysis, decisions, trigger_plan_needed,
                       review_on, recorded_by, recorded_at)
                values (gen_random_uuid(), :c, :held, 'Morgan', '{REPEAT}', 'Sam, PC Ash', 'Three episodes',
                        'Wants to see friends', 'Category 2', 'Wants to stay', 'Medium', 'Trusted worker', false,
                        :review, cast(:sam as uuid), :held)""")
                .param("c", child).param("held", Timestamp.from(held)).param("review", reviewOn).param("sam", SAM)
                .update();
    }

    @Test
    void theNextMeetingIsOnTimeOnTheReviewDateAndLateTheDayAfter() {
        UUID child = child();
        meeting(child, at(2026, 4, 1, 10, 0), LocalDate.of(2026, 5, 15));
        meeting(child, at(2026, 5, 15, 23, 30), LocalDate.of(2026, 6, 12));
        meeting(child, at(2026, 6, 13, 0, 30), LocalDate.of(2026, 7, 10));
        assertThat(steps(child, Kind.MEETING_REVIEW)).extracting(Step::dueOn, Step::verdict).containsExactly(
                tuple(LocalDate.of(2026, 5, 15), Verdict.ON_TIME),
                tuple(LocalDate.of(2026, 6, 12), Verdict.LATE),
                tuple(LocalDate.of(2026, 7, 10), Verdict.NOT_YET_DUE));
        LocalDate review = LocalDate.of(2026, 5, 15);
        assertThat(MeetingSteps.step(Kind.MEETING_REVIEW, at(2026, 4, 1, 10, 0), review, null, review.plusDays(1))
                .verdict()).as("no next meeting the day after the review date").isEqualTo(Verdict.OVERDUE);
    }

    @Test
    void aPartnershipThatAllowsTenDaysJudgesTriggerPlansByItsOwnDays() {
        jdbc.sql("""
                insert into setting_value (setting, value, changed_by, changed_by_name, changed_at, reason)
                values ('TRIGGER_PLAN', '10', cast(:sam as uuid), 'Test', now(), 'Test')""").param("sam", SAM).update();
        try {
            UUID child = child();
            discussion(child, at(2026, 3, 1, 9, 0), LocalDate.of(2026, 3, 4), at(2026, 3, 1, 10, 0), true);
            plan(child, 1, at(2026, 3, 11, 23, 59));
            assertThat(steps(child, Kind.TRIGGER_PLAN)).extracting(Step::dueOn, Step::verdict)
                    .containsExactly(tuple(LocalDate.of(2026, 3, 11), Verdict.ON_TIME));
        } finally {
            jdbc.sql("delete from setting_value where setting = 'TRIGGER_PLAN'").update();
        }
    }
}

package org.homeward.meeting.internal;

import java.util.List;
import org.homeward.platform.records.ChildRecordTables;
import org.homeward.platform.records.SubjectAccessQuery;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The meeting module's part of a child's record: meetings and what required them, strategy discussions, trigger
 * plans, interventions and their reviews, referrals and protective measures.
 */
@Component
@Order(40)
class MeetingChildRecord extends ChildRecordTables {

    private static final String INTERVENTIONS = "(select id from intervention where child_id = :c)";

    MeetingChildRecord(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    protected List<SubjectAccessQuery> sections() {
        return List.of(
                SubjectAccessQuery.rows("Requests for a missing management meeting", "meeting_request",
                        "requested_at, id"),
                SubjectAccessQuery.rows("Missing management meetings required", "meeting_requirement", "raised_at, id"),
                SubjectAccessQuery.rows("Missing management meetings", "missing_meeting", "held_at, id")
                        .thirdParty("Meeting minutes name the people who attended and may record what others said."),
                SubjectAccessQuery.of("Meeting actions", "meeting_action", """
                        select a.* from meeting_action a join missing_meeting m on m.id = a.meeting_id
                         where m.child_id = :c order by m.held_at, a.meeting_id, a.position"""),
                SubjectAccessQuery.rows("Strategy discussions", "strategy_discussion", "raised_at, id"),
                SubjectAccessQuery.rows("Police trigger plans", "trigger_plan", "version"),
                SubjectAccessQuery.rows("Interventions", "intervention", "started_on, id"),
                SubjectAccessQuery.rowsUnder("Intervention impact reviews", "intervention_review",
                        "intervention_id", INTERVENTIONS, "reviewed_on, id"),
                SubjectAccessQuery.rows("Referrals to the front door", "front_door_referral", "referred_at, id"),
                SubjectAccessQuery.rows("Police protection, emergency accommodation and disruption", "protective_measure",
                        "starts_at, id").thirdParty("Disruption measures name the adults they were served on."));
    }

    @Override
    protected List<String> erasure() {
        return List.of(
                "delete from meeting_action where meeting_id in (select id from missing_meeting where child_id = :c)",
                // A requirement names the meeting that met it and a meeting the requirement it answered.
                "update missing_meeting set requirement_id = null where child_id = :c",
                "delete from meeting_requirement where child_id = :c",
                "delete from missing_meeting where child_id = :c",
                "delete from meeting_request where child_id = :c",
                "delete from strategy_discussion where child_id = :c",
                "delete from trigger_plan where child_id = :c",
                "delete from intervention_review where intervention_id in " + INTERVENTIONS,
                "delete from intervention where child_id = :c",
                "delete from front_door_referral where child_id = :c",
                "delete from protective_measure where child_id = :c");
    }
}

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

    MeetingChildRecord(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    protected List<SubjectAccessQuery> sections() {
        return List.of(
                SubjectAccessQuery.of("Requests for a missing management meeting", "meeting_request",
                        "select * from meeting_request where child_id = :c order by requested_at, id"),
                SubjectAccessQuery.of("Missing management meetings required", "meeting_requirement",
                        "select * from meeting_requirement where child_id = :c order by raised_at, id"),
                SubjectAccessQuery.of("Missing management meetings", "missing_meeting",
                                "select * from missing_meeting where child_id = :c order by held_at, id")
                        .thirdParty("Meeting minutes name the people who attended and may record what others said."),
                SubjectAccessQuery.of("Meeting actions", "meeting_action", """
                        select a.* from meeting_action a join missing_meeting m on m.id = a.meeting_id
                         where m.child_id = :c order by m.held_at, a.meeting_id, a.position"""),
                SubjectAccessQuery.of("Strategy discussions", "strategy_discussion",
                        "select * from strategy_discussion where child_id = :c order by raised_at, id"),
                SubjectAccessQuery.of("Police trigger plans", "trigger_plan",
                        "select * from trigger_plan where child_id = :c order by version"),
                SubjectAccessQuery.of("Interventions", "intervention",
                        "select * from intervention where child_id = :c order by started_on, id"),
                SubjectAccessQuery.of("Intervention impact reviews", "intervention_review", """
                        select r.* from intervention_review r join intervention i on i.id = r.intervention_id
                         where i.child_id = :c order by r.reviewed_on, r.id"""),
                SubjectAccessQuery.of("Referrals to the front door", "front_door_referral",
                        "select * from front_door_referral where child_id = :c order by referred_at, id"),
                SubjectAccessQuery.of("Police protection, emergency accommodation and disruption", "protective_measure",
                                "select * from protective_measure where child_id = :c order by starts_at, id")
                        .thirdParty("Disruption measures name the adults they were served on."));
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
                "delete from intervention_review where intervention_id in (select id from intervention where child_id = :c)",
                "delete from intervention where child_id = :c",
                "delete from front_door_referral where child_id = :c",
                "delete from protective_measure where child_id = :c");
    }
}

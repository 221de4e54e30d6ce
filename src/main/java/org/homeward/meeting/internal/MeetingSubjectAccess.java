package org.homeward.meeting.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.platform.records.SubjectAccessSection;
import org.homeward.platform.records.SubjectAccessSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The meeting module's part of the subject access export: meetings and what required them, strategy
 * discussions, trigger plans, interventions and their reviews, referrals and protective measures.
 */
@Component
class MeetingSubjectAccess implements SubjectAccessSource {

    private final JdbcClient jdbc;

    MeetingSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SubjectAccessSection> sectionsFor(UUID childId) {
        return List.of(
                SubjectAccessSection.read(jdbc, "Requests for a missing management meeting", "meeting_request",
                        "select * from meeting_request where child_id = :c order by requested_at, id", childId),
                SubjectAccessSection.read(jdbc, "Missing management meetings required", "meeting_requirement",
                        "select * from meeting_requirement where child_id = :c order by raised_at, id", childId),
                SubjectAccessSection.read(jdbc, "Missing management meetings", "missing_meeting",
                        "select * from missing_meeting where child_id = :c order by held_at, id", childId)
                        .thirdParty("Meeting minutes name the people who attended and may record what others said."),
                SubjectAccessSection.read(jdbc, "Meeting actions", "meeting_action", """
                        select a.* from meeting_action a join missing_meeting m on m.id = a.meeting_id
                         where m.child_id = :c order by m.held_at, a.meeting_id, a.position""", childId),
                SubjectAccessSection.read(jdbc, "Strategy discussions", "strategy_discussion",
                        "select * from strategy_discussion where child_id = :c order by raised_at, id", childId),
                SubjectAccessSection.read(jdbc, "Police trigger plans", "trigger_plan",
                        "select * from trigger_plan where child_id = :c order by version", childId),
                SubjectAccessSection.read(jdbc, "Interventions", "intervention",
                        "select * from intervention where child_id = :c order by started_on, id", childId),
                SubjectAccessSection.read(jdbc, "Intervention impact reviews", "intervention_review", """
                        select r.* from intervention_review r join intervention i on i.id = r.intervention_id
                         where i.child_id = :c order by r.reviewed_on, r.id""", childId),
                SubjectAccessSection.read(jdbc, "Referrals to the front door", "front_door_referral",
                        "select * from front_door_referral where child_id = :c order by referred_at, id", childId),
                SubjectAccessSection.read(jdbc, "Police protection, emergency accommodation and disruption",
                        "protective_measure", "select * from protective_measure where child_id = :c order by starts_at, id", childId)
                        .thirdParty("Disruption measures name the adults they were served on."));
    }
}

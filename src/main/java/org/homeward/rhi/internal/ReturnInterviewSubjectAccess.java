package org.homeward.rhi.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.platform.records.SubjectAccessSection;
import org.homeward.platform.records.SubjectAccessSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The return interview module's part of the subject access export, the child's own words included. */
@Component
class ReturnInterviewSubjectAccess implements SubjectAccessSource {

    private final JdbcClient jdbc;

    ReturnInterviewSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SubjectAccessSection> sectionsFor(UUID childId) {
        return List.of(
                SubjectAccessSection.read(jdbc, "Return home interview offers", "rhi_offer",
                        "select * from rhi_offer where child_id = :c order by returned_at, id", childId),
                SubjectAccessSection.read(jdbc, "Attempts to hold the interview", "rhi_attempt", """
                        select a.* from rhi_attempt a join rhi_offer o on o.id = a.offer_id
                         where o.child_id = :c order by a.attempted_at, a.id""", childId),
                SubjectAccessSection.read(jdbc, "Return home interviews", "rhi_interview", """
                        select i.* from rhi_interview i join rhi_offer o on o.id = i.offer_id
                         where o.child_id = :c order by i.held_at, i.offer_id""", childId),
                SubjectAccessSection.read(jdbc, "People named in return home interviews", "rhi_interview_associate", """
                        select x.* from rhi_interview_associate x join rhi_offer o on o.id = x.offer_id
                         where o.child_id = :c order by x.offer_id, x.associate_id""", childId),
                SubjectAccessSection.read(jdbc, "Places named in return home interviews", "rhi_interview_location", """
                        select x.* from rhi_interview_location x join rhi_offer o on o.id = x.offer_id
                         where o.child_id = :c order by x.offer_id, x.location_id""", childId),
                SubjectAccessSection.read(jdbc, "Push and pull factors and harms", "rhi_factor", """
                        select f.* from rhi_factor f join rhi_offer o on o.id = f.offer_id
                         where o.child_id = :c order by f.offer_id, f.vocabulary, f.code""", childId),
                SubjectAccessSection.read(jdbc, "Follow-up actions", "rhi_action", """
                        select a.* from rhi_action a join rhi_offer o on o.id = a.offer_id
                         where o.child_id = :c order by a.offer_id, a.position""", childId),
                SubjectAccessSection.read(jdbc, "Interview findings reflected in the plan", "rhi_plan_review",
                        "select * from rhi_plan_review where child_id = :c order by offer_id", childId));
    }
}

package org.homeward.rhi.internal;

import java.util.List;
import org.homeward.platform.records.ChildRecordTables;
import org.homeward.platform.records.SubjectAccessQuery;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The return interview module's part of a child's record: offers, attempts, interviews (the child's own words
 * included) and what followed them.
 */
@Component
@Order(60)
class ReturnInterviewChildRecord extends ChildRecordTables {

    private static final String OFFERS = "(select id from rhi_offer where child_id = :c)";

    ReturnInterviewChildRecord(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    protected List<SubjectAccessQuery> sections() {
        return List.of(
                SubjectAccessQuery.of("Return home interview offers", "rhi_offer",
                        "select * from rhi_offer where child_id = :c order by returned_at, id"),
                SubjectAccessQuery.of("Attempts to hold the interview", "rhi_attempt", """
                        select a.* from rhi_attempt a join rhi_offer o on o.id = a.offer_id
                         where o.child_id = :c order by a.attempted_at, a.id"""),
                SubjectAccessQuery.of("Return home interviews", "rhi_interview", """
                        select i.* from rhi_interview i join rhi_offer o on o.id = i.offer_id
                         where o.child_id = :c order by i.held_at, i.offer_id"""),
                SubjectAccessQuery.of("People named in return home interviews", "rhi_interview_associate", """
                        select x.* from rhi_interview_associate x join rhi_offer o on o.id = x.offer_id
                         where o.child_id = :c order by x.offer_id, x.associate_id"""),
                SubjectAccessQuery.of("Places named in return home interviews", "rhi_interview_location", """
                        select x.* from rhi_interview_location x join rhi_offer o on o.id = x.offer_id
                         where o.child_id = :c order by x.offer_id, x.location_id"""),
                SubjectAccessQuery.of("Push and pull factors and harms", "rhi_factor", """
                        select f.* from rhi_factor f join rhi_offer o on o.id = f.offer_id
                         where o.child_id = :c order by f.offer_id, f.vocabulary, f.code"""),
                SubjectAccessQuery.of("Follow-up actions", "rhi_action", """
                        select a.* from rhi_action a join rhi_offer o on o.id = a.offer_id
                         where o.child_id = :c order by a.offer_id, a.position"""),
                SubjectAccessQuery.of("Interview findings reflected in the plan", "rhi_plan_review",
                        "select * from rhi_plan_review where child_id = :c order by offer_id"));
    }

    @Override
    protected List<String> erasure() {
        return List.of(
                "delete from rhi_action where offer_id in " + OFFERS,
                "delete from rhi_factor where offer_id in " + OFFERS,
                "delete from rhi_interview_associate where offer_id in " + OFFERS,
                "delete from rhi_interview_location where offer_id in " + OFFERS,
                "delete from rhi_plan_review where child_id = :c",
                // An offer may be covered by another of the same child's interviews.
                "update rhi_offer set covered_by = null where child_id = :c",
                "delete from rhi_attempt where offer_id in " + OFFERS,
                "delete from rhi_interview where offer_id in " + OFFERS,
                "delete from rhi_offer where child_id = :c");
    }
}

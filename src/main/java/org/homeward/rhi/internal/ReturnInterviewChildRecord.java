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
                SubjectAccessQuery.rows("Return home interview offers", "rhi_offer", "returned_at, id"),
                SubjectAccessQuery.rowsUnder("Attempts to hold the interview", "rhi_attempt",
                        "offer_id", OFFERS, "attempted_at, id"),
                SubjectAccessQuery.rowsUnder("Return home interviews", "rhi_interview",
                        "offer_id", OFFERS, "held_at, offer_id"),
                SubjectAccessQuery.rowsUnder("People named in return home interviews", "rhi_interview_associate",
                        "offer_id", OFFERS, "offer_id, associate_id"),
                SubjectAccessQuery.rowsUnder("Places named in return home interviews", "rhi_interview_location",
                        "offer_id", OFFERS, "offer_id, location_id"),
                SubjectAccessQuery.rowsUnder("Push and pull factors and harms", "rhi_factor",
                        "offer_id", OFFERS, "offer_id, vocabulary, code"),
                SubjectAccessQuery.rowsUnder("Follow-up actions", "rhi_action",
                        "offer_id", OFFERS, "offer_id, position"),
                SubjectAccessQuery.rows("Interview findings reflected in the plan", "rhi_plan_review", "offer_id"));
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

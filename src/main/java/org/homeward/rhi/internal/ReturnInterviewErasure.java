package org.homeward.rhi.internal;

import java.util.UUID;
import org.homeward.platform.records.ChildRecordEraser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Erasing a child's record: return interview offers, attempts, interviews and what followed them. */
@Component
@Order(60)
class ReturnInterviewErasure implements ChildRecordEraser {

    private final JdbcClient jdbc;

    ReturnInterviewErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(UUID childId) {
        String offers = "(select id from rhi_offer where child_id = :c)";
        ChildRecordEraser.run(jdbc, childId,
                "delete from rhi_action where offer_id in " + offers,
                "delete from rhi_factor where offer_id in " + offers,
                "delete from rhi_interview_associate where offer_id in " + offers,
                "delete from rhi_interview_location where offer_id in " + offers,
                "delete from rhi_plan_review where child_id = :c",
                // An offer may be covered by another of the same child's interviews.
                "update rhi_offer set covered_by = null where child_id = :c",
                "delete from rhi_attempt where offer_id in " + offers,
                "delete from rhi_interview where offer_id in " + offers,
                "delete from rhi_offer where child_id = :c");
    }
}

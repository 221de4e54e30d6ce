package org.homeward.risk.internal;

import java.util.UUID;
import org.homeward.platform.records.ChildRecordEraser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasing a child's record: risk and exploitation screenings, which refuse deletion except in the
 * transaction of an approved disposal.
 */
@Component
@Order(50)
class RiskErasure implements ChildRecordEraser {

    private final JdbcClient jdbc;

    RiskErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(UUID childId) {
        ChildRecordEraser.run(jdbc, childId,
                "delete from risk_screening_answer where screening_id in (select id from risk_screening where child_id = :c)",
                "delete from risk_screening where child_id = :c",
                "delete from exploitation_task where child_id = :c",
                "delete from exploitation_answer where screening_id in (select id from exploitation_screening where child_id = :c)",
                "delete from exploitation_screening where child_id = :c",
                "delete from standing_assessment where child_id = :c");
    }
}

package org.homeward.meeting.internal;

import java.util.UUID;
import org.homeward.platform.records.ChildRecordEraser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Erasing a child's record: meetings and their requirements, strategy, plans, referrals and protection. */
@Component
@Order(40)
class MeetingErasure implements ChildRecordEraser {

    private final JdbcClient jdbc;

    MeetingErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(UUID childId) {
        ChildRecordEraser.run(jdbc, childId,
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

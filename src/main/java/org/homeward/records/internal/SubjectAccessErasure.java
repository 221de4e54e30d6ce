package org.homeward.records.internal;

import java.util.UUID;
import org.homeward.platform.records.ChildRecordEraser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Erasing a child's record: the subject access requests made about it (they name the requester). */
@Component
@Order(80)
class SubjectAccessErasure implements ChildRecordEraser {

    private final JdbcClient jdbc;

    SubjectAccessErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(UUID childId) {
        jdbc.sql("delete from subject_access_request where child_id = :c").param("c", childId).update();
    }
}

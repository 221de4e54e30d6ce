package org.homeward.signoff.internal;

import java.util.UUID;
import org.homeward.platform.records.ChildRecordEraser;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Erasing a child's record: the sign-offs of work on it. */
@Component
@Order(20)
class SignOffErasure implements ChildRecordEraser {

    private final JdbcClient jdbc;

    SignOffErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(UUID childId) {
        jdbc.sql("delete from sign_off where child_id = :c").param("c", childId).update();
    }
}

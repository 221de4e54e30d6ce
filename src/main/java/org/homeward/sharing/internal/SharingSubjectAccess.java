package org.homeward.sharing.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.platform.records.ChildRecordEraser;
import org.homeward.platform.records.SubjectAccessSection;
import org.homeward.platform.records.SubjectAccessSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sharing register's part of a subject access export, and of erasing a child's record once approved. */
@Component
@Order(35)
class SharingSubjectAccess implements SubjectAccessSource, ChildRecordEraser {

    private final JdbcClient jdbc;

    SharingSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SubjectAccessSection> sectionsFor(UUID childId) {
        return List.of(SubjectAccessSection.read(jdbc, "Information shared and received", "information_share",
                        "select * from information_share where child_id = :c order by shared_at, id", childId)
                .thirdParty("Information received names who gave it (provenance) and may hold other people's details"));
    }

    @Override
    public void erase(UUID childId) {
        jdbc.sql("delete from information_share where child_id = :c").param("c", childId).update();
    }
}

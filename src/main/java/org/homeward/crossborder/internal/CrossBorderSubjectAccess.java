package org.homeward.crossborder.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.platform.records.ChildRecordEraser;
import org.homeward.platform.records.SubjectAccessSection;
import org.homeward.platform.records.SubjectAccessSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cross-border notices in a subject access export, and erased with the child's record once approved. */
@Component
@Order(25)
class CrossBorderSubjectAccess implements SubjectAccessSource, ChildRecordEraser {

    private final JdbcClient jdbc;

    CrossBorderSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SubjectAccessSection> sectionsFor(UUID childId) {
        return List.of(
                SubjectAccessSection.read(jdbc, "Out-of-area placements and their host notices", "crossborder_placement",
                        "select * from crossborder_placement where child_id = :c order by placement_id", childId),
                SubjectAccessSection.read(jdbc, "Cross-border notices", "crossborder_notice",
                        "select * from crossborder_notice where child_id = :c order by created_at, id", childId),
                SubjectAccessSection.read(jdbc, "Missing episodes across the border", "crossborder_episode",
                        "select * from crossborder_episode where child_id = :c order by episode_id", childId));
    }

    @Override
    public void erase(UUID childId) {
        ChildRecordEraser.run(jdbc, childId,
                "delete from crossborder_episode where child_id = :c",
                "delete from crossborder_notice where child_id = :c",
                "delete from crossborder_placement where child_id = :c");
    }
}

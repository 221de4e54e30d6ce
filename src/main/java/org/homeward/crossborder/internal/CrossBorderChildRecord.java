package org.homeward.crossborder.internal;

import java.util.List;
import org.homeward.platform.records.ChildRecordTables;
import org.homeward.platform.records.SubjectAccessQuery;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cross-border notices in a subject access export, and erased with the child's record once approved. */
@Component
@Order(25)
class CrossBorderChildRecord extends ChildRecordTables {

    CrossBorderChildRecord(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    protected List<SubjectAccessQuery> sections() {
        return List.of(
                SubjectAccessQuery.rows("Out-of-area placements and their host notices", "crossborder_placement",
                        "placement_id"),
                SubjectAccessQuery.rows("Cross-border notices", "crossborder_notice", "created_at, id"),
                SubjectAccessQuery.rows("Missing episodes across the border", "crossborder_episode", "episode_id"));
    }

    @Override
    protected List<String> erasure() {
        return List.of(
                "delete from crossborder_episode where child_id = :c",
                "delete from crossborder_notice where child_id = :c",
                "delete from crossborder_placement where child_id = :c");
    }
}

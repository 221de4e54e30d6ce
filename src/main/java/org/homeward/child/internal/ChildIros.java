package org.homeward.child.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each change of a child's Independent Reviewing Officer, kept as the trusted worker's changes are. */
@Repository
class ChildIros {

    /** {@code iroName} null: the child had no IRO from then. */
    record Change(UUID iroId, String iroName, Instant changedAt, String changedByName) {
    }

    private final JdbcClient jdbc;

    ChildIros(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void changed(UUID childId, UUID iroId, Instant at, UUID by) {
        jdbc.sql("""
                insert into child_iro_change (id, child_id, iro_id, changed_at, changed_by)
                values (:id, :child, :iro, :at, :by)""")
                .param("id", UUID.randomUUID()).param("child", childId).param("iro", iroId)
                .param("at", java.sql.Timestamp.from(at)).param("by", by).update();
    }

    /** Newest first. */
    List<Change> history(UUID childId) {
        return jdbc.sql("""
                select h.iro_id, i.display_name as iro_name, h.changed_at, b.display_name as changed_by_name
                  from child_iro_change h left join user_account i on i.id = h.iro_id
                  join user_account b on b.id = h.changed_by
                 where h.child_id = :child order by h.changed_at desc, h.id""")
                .param("child", childId).query(Change.class).list();
    }
}

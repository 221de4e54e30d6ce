package org.homeward.platform.records;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each module that holds rows about a child erases them when the child's whole record is disposed of
 * at the end of its retention period (DOMAIN.md IS-08). Erasers run in the order of their
 * {@link org.springframework.core.annotation.Order} (a module whose rows refer to another's erases
 * first), all in the one transaction of the approved disposal; the child module erases its own rows
 * last. The audit trail is not erased: it is append-only and names the child by record number only.
 */
public interface ChildRecordEraser {

    /** Deletes every row this module holds about the child (or, where a row is also about others, the child's part). */
    void erase(UUID childId);

    /** Runs each statement in turn with the child's id as {@code :c}: the usual body of {@link #erase}. */
    static void run(JdbcClient jdbc, UUID childId, String... statements) {
        for (String sql : statements) {
            jdbc.sql(sql).param("c", childId).update();
        }
    }
}

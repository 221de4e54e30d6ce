package org.homeward.selfassessment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of a cycle: each change to its answers, evidence, checklists, actions and participants. */
@Component
class CycleHistory {

    record Change(long id, String subject, String oldValue, String newValue, String changedByName, Instant changedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CycleHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Keyset.Page<Change> page(UUID cycle, Keyset keyset) {
        String sql = "select id, subject, old_value, new_value, changed_by_name, changed_at from selfassessment_change"
                + " where cycle_id = :c" + keyset.condition("changed_at", "id", true)
                + keyset.orderBy("changed_at", "id", true) + keyset.limit();
        return keyset.page(keyset.bind(jdbc.sql(sql)).param("c", cycle).query(Change.class).list(),
                c -> new Keyset.Position(c.changedAt(), c.id()));
    }

    /** Records the change if the value did change; whether it did. */
    boolean changed(UUID cycle, String subject, String old, String next, String byName) {
        if (Objects.equals(old, next)) {
            return false;
        }
        change(cycle, subject, old, next, byName);
        return true;
    }

    /** Every change to a cycle is kept, with who made it: the facilitator's audit of the partnership's work. */
    void change(UUID cycle, String subject, String old, String next, String byName) {
        jdbc.sql("""
                insert into selfassessment_change (cycle_id, subject, old_value, new_value, changed_by_name, changed_at)
                values (:c, :s, :old, :new, :by, :at)""")
                .param("c", cycle).param("s", subject.length() > 300 ? subject.substring(0, 299) + "…" : subject)
                .param("old", old).param("new", next).param("by", byName).param("at", Timestamp.from(clock.instant()))
                .update();
    }
}

package org.homeward.selfassessment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Part two: the checklist of each area flagged for a closer look, item by item. */
@Component
class Checklists {

    record ChecklistAnswer(String areaKey, String itemKey, String status, String note, String updatedByName,
                           Instant updatedAt) {

        public String statusLabel() {
            return switch (status) {
                case "MET" -> "Met";
                case "PARTLY" -> "Partly met";
                default -> "Not met";
            };
        }
    }

    private final JdbcClient jdbc;
    private final CycleHistory history;
    private final Clock clock;

    Checklists(JdbcClient jdbc, CycleHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    Map<String, ChecklistAnswer> checklist(UUID cycle) {
        Map<String, ChecklistAnswer> answers = new HashMap<>();
        jdbc.sql("""
                select area_key, item_key, status, note, updated_by_name, updated_at from selfassessment_checklist_answer
                 where cycle_id = :c""").param("c", cycle).query(ChecklistAnswer.class).list()
                .forEach(a -> answers.put(a.areaKey() + "/" + a.itemKey(), a));
        return answers;
    }

    void saveChecklist(UUID cycle, String area, String item, String status, String note, String label, String byName) {
        ChecklistAnswer old = jdbc.sql("""
                select area_key, item_key, status, note, updated_by_name, updated_at from selfassessment_checklist_answer
                 where cycle_id = :c and area_key = :a and item_key = :i for update""")
                .param("c", cycle).param("a", area).param("i", item).query(ChecklistAnswer.class).optional().orElse(null);
        boolean changed = history.changed(cycle, label, old == null ? null : old.status(), status, byName);
        changed |= history.changed(cycle, label + ": note", old == null ? null : old.note(), note, byName);
        if (!changed || status == null) {
            return;
        }
        jdbc.sql("""
                insert into selfassessment_checklist_answer (cycle_id, area_key, item_key, status, note, updated_by_name, updated_at)
                values (:c, :a, :i, :s, :note, :by, :at)
                on conflict (cycle_id, area_key, item_key) do update set status = excluded.status, note = excluded.note,
                    updated_by_name = excluded.updated_by_name, updated_at = excluded.updated_at""")
                .param("c", cycle).param("a", area).param("i", item).param("s", status).param("note", note)
                .param("by", byName).param("at", Timestamp.from(clock.instant())).update();
    }
}

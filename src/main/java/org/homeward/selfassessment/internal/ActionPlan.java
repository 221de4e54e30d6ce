package org.homeward.selfassessment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A cycle's action plan: the actions agreed for an area or question, and how far each has got. */
@Component
class ActionPlan {

    record Action(UUID id, UUID cycleId, String areaKey, String questionKey, String text, String owner, LocalDate dueOn,
                  String status, String createdByName, Instant createdAt, boolean carried) {

        public String statusLabel() {
            return switch (status) {
                case "IN_PROGRESS" -> "In progress";
                case "DONE" -> "Done";
                default -> "Open";
            };
        }
    }

    private final JdbcClient jdbc;
    private final CycleHistory history;
    private final Clock clock;

    ActionPlan(JdbcClient jdbc, CycleHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    List<Action> actions(UUID cycle) {
        return jdbc.sql("""
                select id, cycle_id, area_key, question_key, text, owner, due_on, status, created_by_name, created_at,
                       carried_from is not null as carried
                  from selfassessment_action where cycle_id = :c order by due_on, id""")
                .param("c", cycle).query(Action.class).list();
    }

    Optional<Action> action(UUID id) {
        return jdbc.sql("""
                select id, cycle_id, area_key, question_key, text, owner, due_on, status, created_by_name, created_at,
                       carried_from is not null as carried
                  from selfassessment_action where id = :id""").param("id", id).query(Action.class).optional();
    }

    void addAction(UUID cycle, String area, String question, String text, String owner, LocalDate due, String byName) {
        jdbc.sql("""
                insert into selfassessment_action (id, cycle_id, area_key, question_key, text, owner, due_on, status,
                                                   created_by_name, created_at)
                values (:id, :c, :area, :q, :text, :owner, :due, 'OPEN', :by, :at)""")
                .param("id", UUID.randomUUID()).param("c", cycle).param("area", area).param("q", question)
                .param("text", text).param("owner", owner).param("due", due).param("by", byName)
                .param("at", Timestamp.from(clock.instant())).update();
        history.change(cycle, "Action added", null, text + " (" + owner + ", due " + due + ")", byName);
    }

    void actionStatus(Action action, String status, String byName) {
        if (action.status().equals(status)) {
            return;
        }
        jdbc.sql("update selfassessment_action set status = :s where id = :id").param("s", status)
                .param("id", action.id()).update();
        history.change(action.cycleId(), "Action: " + action.text(), action.status(), status, byName);
    }
}

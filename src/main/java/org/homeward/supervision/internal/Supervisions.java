package org.homeward.supervision.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.web.ActionRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes supervision records, the children they discuss and their actions. */
@Component
class Supervisions {

    public record Supervision(UUID id, String kind, LocalDate heldOn, UUID supervisorId, String supervisor,
                              UUID superviseeId, String supervisee, String discussion, LocalDate nextOn,
                              Instant recordedAt) {
        public boolean caseSupervision() {
            return "CASE".equals(kind);
        }

        public String kindLabel() {
            return caseSupervision() ? "Case supervision" : "Reflective supervision";
        }
    }

    public record Child(UUID id, String name) {
    }

    public record Action(String action, UUID ownerId, String owner, LocalDate dueOn) {
    }

    /** A case supervision that discussed a child: only its date and where it is, for the chronology. */
    record Discussed(UUID id, LocalDate heldOn) {
    }

    private static final String SELECT = """
            select s.id, s.kind, s.held_on, s.supervisor_id, sr.display_name as supervisor, s.supervisee_id,
                   se.display_name as supervisee, s.discussion, s.next_on, s.recorded_at
              from supervision s join user_account sr on sr.id = s.supervisor_id
                   join user_account se on se.id = s.supervisee_id""";

    private final JdbcClient jdbc;

    Supervisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID id, String kind, LocalDate heldOn, UUID supervisor, UUID supervisee, String discussion,
              LocalDate nextOn, List<UUID> children, List<ActionRows.Action> actions, UUID by, Instant now) {
        jdbc.sql("""
                insert into supervision (id, kind, held_on, supervisor_id, supervisee_id, discussion, next_on,
                       recorded_by, recorded_at)
                values (:id, :kind, :held, :supervisor, :supervisee, :discussion, :next, :by, :now)""")
                .param("id", id).param("kind", kind).param("held", heldOn).param("supervisor", supervisor)
                .param("supervisee", supervisee).param("discussion", discussion).param("next", nextOn)
                .param("by", by).param("now", Timestamp.from(now)).update();
        for (UUID child : children) {
            jdbc.sql("insert into supervision_child (supervision_id, child_id) values (:id, :child)")
                    .param("id", id).param("child", child).update();
        }
        for (int n = 0; n < actions.size(); n++) {
            ActionRows.Action a = actions.get(n);
            jdbc.sql("""
                    insert into supervision_action (supervision_id, position, action, owner_id, due_on)
                    values (:id, :n, :action, :owner, :due)""")
                    .param("id", id).param("n", n + 1).param("action", a.action()).param("owner", a.ownerId())
                    .param("due", a.dueOn()).update();
        }
    }

    Optional<Supervision> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(Supervision.class).optional();
    }

    /** Supervisions this person gave or received, latest first. */
    List<Supervision> involving(UUID userId) {
        return jdbc.sql(SELECT + " " + """
                 where s.supervisor_id = :u or s.supervisee_id = :u order by s.held_on desc, s.recorded_at desc""")
                .param("u", userId).query(Supervision.class).list();
    }

    List<Supervision> latest(int limit) {
        return jdbc.sql(SELECT + " order by s.held_on desc, s.recorded_at desc limit :limit")
                .param("limit", limit).query(Supervision.class).list();
    }

    List<Child> children(UUID supervisionId) {
        return jdbc.sql("""
                select c.id, c.given_names || ' ' || c.family_name as name
                  from supervision_child sc join child c on c.id = sc.child_id
                 where sc.supervision_id = :id order by name""")
                .param("id", supervisionId).query(Child.class).list();
    }

    List<UUID> childIds(UUID supervisionId) {
        return jdbc.sql("select child_id from supervision_child where supervision_id = :id")
                .param("id", supervisionId).query(UUID.class).list();
    }

    List<Action> actions(UUID supervisionId) {
        return jdbc.sql("""
                select a.action, a.owner_id, u.display_name as owner, a.due_on
                  from supervision_action a join user_account u on u.id = a.owner_id
                 where a.supervision_id = :id order by a.position""")
                .param("id", supervisionId).query(Action.class).list();
    }

    List<Discussed> caseSupervisionsOf(UUID childId) {
        return jdbc.sql("""
                select s.id, s.held_on from supervision s join supervision_child sc on sc.supervision_id = s.id
                 where sc.child_id = :c and s.kind = 'CASE' order by s.held_on""")
                .param("c", childId).query(Discussed.class).list();
    }

    /** The children allocated to this worker, whom a case supervision may discuss. */
    List<Child> allocatedTo(UUID workerId) {
        return jdbc.sql("""
                select id, given_names || ' ' || family_name as name from child
                 where allocated_worker_id = :w order by family_name, given_names""")
                .param("w", workerId).query(Child.class).list();
    }
}

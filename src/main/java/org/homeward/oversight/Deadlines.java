package org.homeward.oversight;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.homeward.child.Children;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one deadline engine: modules open, complete, cancel and reassign tasks by the record they
 * are about, in the transaction that changes that record. Escalation and work queues read them.
 */
@Component
public class Deadlines {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Children children;

    Deadlines(JdbcClient jdbc, Clock clock, Children children) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.children = children;
    }

    /** A deadline on a day: met until the end of that day in England. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant();
    }

    /**
     * Who answers for a child's deadlines: the allocated worker, else the allocated team, else a team
     * with a manager in the responsible authority (or any local authority), so no deadline is lost.
     */
    public java.util.Optional<TaskOwner> ownerFor(UUID childId) {
        java.util.Optional<TaskOwner> owner = children.allocatedWorker(childId).map(TaskOwner::person)
                .or(() -> children.responsibleTeam(childId).map(TaskOwner::team));
        if (owner.isEmpty()) {
            log.warn("No person or team can own a child's tasks: add a local authority team with a team manager");
        }
        return owner;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Deadlines.class);

    /**
     * Opens the task; opening it again moves its due time (the record's time was corrected) and
     * never reopens one done or cancelled.
     */
    @Transactional
    public UUID open(NewTask task) {
        UUID id = UUID.randomUUID();
        return jdbc.sql("""
                insert into task (id, kind, subject, child_id, source_module, source_id, link, owner_id, owner_team_id,
                                  due_at, high_risk, created_at)
                values (:id, :kind, :subject, :child, :module, :source, :link, :owner, :team, :due, :high, :now)
                on conflict (kind, source_module, source_id) do update
                   set due_at = case when task.status = 'OPEN' then excluded.due_at else task.due_at end,
                       high_risk = task.high_risk or (task.status = 'OPEN' and excluded.high_risk)
                returning id""")
                .param("id", id).param("kind", task.source().kind()).param("subject", task.subject().strip())
                .param("child", task.childId()).param("module", task.source().module())
                .param("source", task.source().id()).param("link", task.link())
                .param("owner", task.owner().personId()).param("team", task.owner().teamId())
                .param("due", Timestamp.from(task.dueAt())).param("high", task.highRisk())
                .param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).single();
    }

    /** Marks the task done; false when there is no open task for the record. {@code by} is null for Homeward itself. */
    @Transactional
    public boolean complete(TaskSource source, UUID by) {
        return close(source, "DONE", by);
    }

    @Transactional
    public boolean cancel(TaskSource source, UUID by) {
        return close(source, "CANCELLED", by);
    }

    /** Completes the tasks of one kind for several records of a module (one interview covering several offers). */
    @Transactional
    public void completeAll(String kind, String module, Collection<String> ids, UUID by) {
        ids.forEach(id -> complete(new TaskSource(kind, module, id), by));
    }

    /** Completes a child's open tasks of one kind: a record that answers them all (a trigger plan written). */
    @Transactional
    public int completeForChild(String kind, String module, UUID childId, UUID by) {
        return jdbc.sql("""
                update task set status = 'DONE', closed_at = :now, closed_by = :by, version = version + 1
                 where kind = :kind and source_module = :module and child_id = :child and status = 'OPEN'""")
                .param("now", Timestamp.from(clock.instant())).param("by", by).param("kind", kind)
                .param("module", module).param("child", childId).update();
    }

    /**
     * Gives the open task to someone else. A person must acknowledge it; until they do, the
     * handover escalates after the configured delay.
     */
    @Transactional
    public boolean reassign(TaskSource source, TaskOwner to, UUID by) {
        if (to == null) {
            throw new IllegalArgumentException("A task needs an owner: a person or a team");
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                update task set owner_id = :owner, owner_team_id = :team, handed_over_by = :by,
                       handed_over_at = :handedAt,
                       handover_acknowledged_at = null, version = version + 1
                 where kind = :kind and source_module = :module and source_id = :source and status = 'OPEN'""")
                .param("owner", to.personId()).param("team", to.teamId()).param("by", by)
                .param("handedAt", to.personId() == null ? null : Timestamp.from(now)).param("kind", source.kind()).param("module", source.module())
                .param("source", source.id()).update() == 1;
    }

    private boolean close(TaskSource source, String status, UUID by) {
        return jdbc.sql("""
                update task set status = :status, closed_at = :now, closed_by = :by, version = version + 1
                 where kind = :kind and source_module = :module and source_id = :source and status = 'OPEN'""")
                .param("status", status).param("now", Timestamp.from(clock.instant())).param("by", by)
                .param("kind", source.kind()).param("module", source.module()).param("source", source.id())
                .update() == 1;
    }
}

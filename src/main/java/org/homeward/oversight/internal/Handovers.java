package org.homeward.oversight.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.access.Role;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager hands a task to another person, who must acknowledge it. */
@Service
class Handovers {

    private final TaskQueries tasks;
    private final Deadlines deadlines;
    private final Directory directory;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Handovers(TaskQueries tasks, Deadlines deadlines, Directory directory, Notifications notifications,
              AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.deadlines = deadlines;
        this.directory = directory;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Team managers reassign their team's tasks; named senior managers any task. */
    boolean mayReassign(CurrentUser user, TaskRow task) {
        return task.open() && (user.has(Role.SENIOR_MANAGER)
                || (user.has(Role.TEAM_MANAGER) && tasks.inOwnersTeam(task, user.teamId())));
    }

    /** People a task can be handed to: practitioners of any agency. */
    List<Directory.Option> candidates() {
        return directory.practitioners();
    }

    /** The reason it is refused, or empty when the task was handed over. */
    @Transactional
    Optional<String> reassign(TaskRow task, String toId, CurrentUser user) {
        UUID to = parse(toId).filter(id -> candidates().stream().anyMatch(o -> o.id().equals(id))).orElse(null);
        if (to == null) {
            return Optional.of("Select who the task goes to");
        }
        if (to.equals(task.ownerId())) {
            return Optional.of("The task is already theirs: select someone else");
        }
        TaskSource source = source(task);
        if (!deadlines.reassign(source, TaskOwner.person(to), user.id())) {
            return Optional.of("The task is no longer open");
        }
        notifications.add(to, "Handed to you by " + user.displayName() + ": " + task.subject()
                        + ". Acknowledge it so they know you have it.", "/tasks/" + task.id(),
                "Homeward: a task has been handed to you", null, clock.instant());
        audit.record(AuditAction.CHANGE, subject(task), List.of("Owner"), "Handed over");
        return Optional.empty();
    }

    /** Only the person it was handed to acknowledges a handover. */
    @Transactional
    Optional<String> acknowledge(TaskRow task, CurrentUser user) {
        if (!task.awaitingAcknowledgement()) {
            return Optional.of("There is no handover of this task waiting to be acknowledged");
        }
        if (!user.id().equals(task.ownerId())) {
            return Optional.of("Only " + task.ownerName() + ", to whom the task was handed, can acknowledge it");
        }
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                update task set handover_acknowledged_at = :now, version = version + 1
                 where id = :id and owner_id = :u and handed_over_at is not null and handover_acknowledged_at is null""")
                .param("now", Timestamp.from(now)).param("id", task.id()).param("u", user.id()).update();
        if (changed == 0) {
            return Optional.of("There is no handover of this task waiting to be acknowledged");
        }
        audit.record(AuditAction.CHANGE, subject(task), List.of("Handover acknowledged"), null);
        return Optional.empty();
    }

    private TaskSource source(TaskRow task) {
        return jdbc.sql("select kind, source_module as module, source_id as id from task where id = :id")
                .param("id", task.id()).query(TaskSource.class).single();
    }

    static AuditTrail.Subject subject(TaskRow task) {
        return new AuditTrail.Subject("task", task.id(), task.childId());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package org.homeward.oversight.internal;

import java.util.List;
import org.homeward.access.CurrentUser;
import org.homeward.oversight.WorkSource;
import org.springframework.stereotype.Component;

/** "Your tasks" on the home page come from the deadline engine. */
@Component
class TaskWork implements WorkSource {

    /** Tasks of each kind (overdue, due next) read for the home page. */
    static final int SHOWN = 10;

    private final TaskQueries tasks;
    private final java.time.Clock clock;

    TaskWork(TaskQueries tasks, java.time.Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksFor(CurrentUser user) {
        java.time.Instant now = clock.instant();
        return tasks.forHome(user, TaskController.manager(user) || TaskController.coordinator(user), now, SHOWN)
                .stream().map(t -> new Task(
                t.ownerId() == null ? t.subject() + " (for " + t.teamName() + ", no one person yet)" : t.subject(),
                t.childName(), t.dueAt(), t.link(), t.overdue(now))).toList();
    }

    @Override
    public java.util.Optional<More> moreFor(CurrentUser user) {
        TaskQueries.HomeCounts counts = tasks.homeCounts(user, TaskController.manager(user) || TaskController.coordinator(user),
                clock.instant());
        if (counts.total() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new More("All " + counts.total() + (counts.total() == 1 ? " task" : " tasks")
                + " in your work queue (" + counts.overdue() + " overdue)", "/tasks"));
    }
}

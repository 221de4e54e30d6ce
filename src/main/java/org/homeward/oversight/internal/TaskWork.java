package org.homeward.oversight.internal;

import java.util.List;
import org.homeward.access.CurrentUser;
import org.homeward.home.WorkSource;
import org.springframework.stereotype.Component;

/** "Your tasks" on the home page come from the deadline engine. */
@Component
class TaskWork implements WorkSource {

    private final TaskQueries tasks;
    private final java.time.Clock clock;

    TaskWork(TaskQueries tasks, java.time.Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksFor(CurrentUser user) {
        java.time.Instant now = clock.instant();
        return tasks.forHome(user, TaskController.manager(user) || TaskController.coordinator(user)).stream().map(t -> new Task(
                t.ownerId() == null ? t.subject() + " (for " + t.teamName() + ", no one person yet)" : t.subject(),
                t.childName(), t.dueAt(), t.link(), t.overdue(now))).toList();
    }
}

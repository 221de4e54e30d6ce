package org.homeward.oversight.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.homeward.child.ChildDeadlines;
import org.springframework.stereotype.Component;

/** The child's page shows the deadline engine's next open task for the child. */
@Component
class TaskDeadlines implements ChildDeadlines {

    private final TaskQueries tasks;
    private final Clock clock;

    TaskDeadlines(TaskQueries tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public Optional<Due> nextDueFor(UUID childId) {
        return tasks.nextForChild(childId).map(t -> new Due(t.subject(), t.dueAt(), t.link(), t.overdue(clock.instant())));
    }
}

package org.homeward.child;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the deadline engine, so that the child's page shows the next thing due for the
 * child (whoever owns it) without this module depending on that one.
 */
public interface ChildDeadlines {

    /** The child's open task due soonest, overdue or not; empty when nothing is open. */
    Optional<Due> nextDueFor(UUID childId);

    /** What is due, by when, where it is done, and whether its time has passed. */
    record Due(String what, Instant dueAt, String href, boolean overdue) {
    }
}

package org.homeward.oversight;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homeward.access.CurrentUser;

/**
 * Implemented by modules that give people tasks, so that each person's home page lists theirs. A
 * module with much work gives the most recently overdue and the next due, and says in
 * {@link #moreFor} where the whole list is, so that nothing new is buried under old work.
 */
public interface WorkSource {

    /** The user's open tasks from this module, soonest due first. */
    List<Task> tasksFor(CurrentUser user);

    /** Where all of this work is listed and how much of it there is; empty when the tasks are all of it. */
    default Optional<More> moreFor(CurrentUser user) {
        return Optional.empty();
    }

    /** One task: what to do, for which child, by when, where to do it, and whether its time has passed. */
    record Task(String title, String childName, Instant dueAt, String href, boolean overdue) {
    }

    /** A link to the whole list: "All 214 return home interviews (205 overdue)". */
    record More(String text, String href) {
    }
}

package org.homeward.home;

import java.time.Instant;
import java.util.List;
import org.homeward.access.CurrentUser;

/** Implemented by modules that give people tasks, so that each person's home page lists theirs. */
public interface WorkSource {

    /** The user's open tasks from this module, soonest due first. */
    List<Task> tasksFor(CurrentUser user);

    /** One task: what to do, for which child, by when, where to do it, and whether its time has passed. */
    record Task(String title, String childName, Instant dueAt, String href, boolean overdue) {
    }
}

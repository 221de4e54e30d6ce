package org.homeward.home;

import java.time.LocalDate;
import java.util.List;
import org.homeward.access.CurrentUser;

/** Implemented by modules that give people tasks, so that each person's home page lists theirs. */
public interface WorkSource {

    /** The user's open tasks from this module, soonest due first. */
    List<Task> tasksFor(CurrentUser user);

    /** One task: what to do, for which child, by when, and where to do it. */
    record Task(String title, String childName, LocalDate dueOn, String href) {

        public boolean overdue(LocalDate today) {
            return today.isAfter(dueOn);
        }
    }
}

package org.homeward.child;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by modules that know of something about a child that the people working with them
 * must not miss (an interview's findings not yet in the plan, for one), shown at the top of the
 * child's page.
 */
public interface ChildAlerts {

    /** What to alert on, each with a link to where it is dealt with; empty when there is nothing. */
    List<Alert> alertsFor(UUID childId);

    record Alert(String text, String href) {
    }
}

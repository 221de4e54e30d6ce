package org.homeward.child;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the module that keeps the child's missing risk-management plan (its interventions),
 * so that the child's page can say at a glance whether one is open without depending on that module.
 */
public interface ChildPlans {

    /** The open plan in a line ("2 open interventions"), with a link to it; empty when none is open. */
    Optional<Plan> openPlanFor(UUID childId);

    record Plan(String summary, String href) {
    }
}

package org.homeward.child;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by the modules that hold a child's current risks and plans (risk grading, trigger
 * plans, strategy decisions), so that the police information pack includes them without this
 * module depending on theirs.
 */
public interface CurrentRisksAndPlans {

    /** One line each, as an officer should read it, most important first; empty when there are none. */
    List<String> forPolicePack(UUID childId);
}

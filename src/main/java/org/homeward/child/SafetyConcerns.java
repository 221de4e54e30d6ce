package org.homeward.child;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by the modules that hold a child's current risks (police grading, the council's screening,
 * exploitation screening), so that whoever meets the child, a return home interviewer included, sees
 * every one that concerns their safety and the child's, without this module depending on theirs.
 */
public interface SafetyConcerns {

    /** One line each, as the person meeting the child should read it; empty when there are none. */
    List<String> safetyConcernsFor(UUID childId);
}

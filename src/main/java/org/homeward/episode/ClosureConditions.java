package org.homeward.episode;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by modules that may hold an episode open (a manager's sign-off, for one), so that
 * closing is refused with their reasons without this module depending on them.
 */
public interface ClosureConditions {

    /** Why the episode may not close yet; empty when nothing of this module's stands in the way. */
    List<String> unmetFor(UUID episodeId);
}

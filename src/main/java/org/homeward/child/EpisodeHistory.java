package org.homeward.child;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by the module that records episodes, so that a page of the child's record can list
 * them without this module depending on that one.
 */
public interface EpisodeHistory {

    /** The child's episodes, latest first. */
    List<EpisodeFacts> forChild(UUID childId);
}

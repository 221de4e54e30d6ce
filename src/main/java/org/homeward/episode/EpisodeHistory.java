package org.homeward.episode;

import java.util.List;
import java.util.UUID;

/** A child's episodes in brief, for the modules that read them (meeting criteria, trends, evidence). */
public interface EpisodeHistory {

    /** The child's episodes, latest first. */
    List<EpisodeFacts> forChild(UUID childId);
}

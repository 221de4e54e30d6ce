package org.homeward.episode;

import java.time.Instant;
import java.util.UUID;

/**
 * A child has been located or has returned: the return home interview clock starts here. {@code recordedBy}
 * is the person who recorded the return (null when Homeward did).
 */
public record EpisodeLocated(UUID episodeId, UUID childId, Instant locatedAt, UUID recordedBy) {

    public EpisodeLocated(UUID episodeId, UUID childId, Instant locatedAt) {
        this(episodeId, childId, locatedAt, null);
    }
}

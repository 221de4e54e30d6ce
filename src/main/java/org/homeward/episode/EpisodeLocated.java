package org.homeward.episode;

import java.time.Instant;
import java.util.UUID;

/** A child has been located or has returned: the return home interview clock starts here. */
public record EpisodeLocated(UUID episodeId, UUID childId, Instant locatedAt) {
}

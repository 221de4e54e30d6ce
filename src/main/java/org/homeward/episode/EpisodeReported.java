package org.homeward.episode;

import java.util.UUID;

/** A child has been reported missing or away (not an episode recorded after the event), and by whom. */
public record EpisodeReported(UUID episodeId, UUID childId, UUID policeForceId, UUID reportedBy) {
}

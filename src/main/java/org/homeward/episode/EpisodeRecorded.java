package org.homeward.episode;

import java.util.UUID;

/**
 * A new episode of a child, whether reported while the child is missing or recorded after the event
 * ({@code retrospective}), and by whom. {@link EpisodeReported} follows for the first kind only.
 */
public record EpisodeRecorded(UUID episodeId, UUID childId, boolean retrospective, UUID recordedBy) {
}

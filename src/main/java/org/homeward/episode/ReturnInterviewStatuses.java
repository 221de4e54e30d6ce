package org.homeward.episode;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the module that keeps return home interviews, so that the episode page can show
 * the interview's status without this module depending on it.
 */
public interface ReturnInterviewStatuses {

    Optional<ReturnInterviewStatus> forEpisode(UUID episodeId);
}

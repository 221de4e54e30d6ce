package org.homeward.episode;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the module that keeps deadlines, so that the episode page shows when the police next
 * review a child still missing (DOMAIN.md EP-02) without this module depending on it.
 */
public interface PoliceReviews {

    /** When the open police review of the episode is due; empty when none is open. */
    Optional<Instant> nextDue(UUID episodeId, UUID childId);
}

package org.homeward.episode;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the module that keeps the council's risk screenings, so that the episode page can
 * show the council's rating beside the police grading without this module depending on it.
 */
public interface CouncilRiskScreenings {

    Optional<CouncilRiskScreening> latestFor(UUID episodeId);
}

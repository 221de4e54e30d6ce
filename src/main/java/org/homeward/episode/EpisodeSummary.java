package org.homeward.episode;

import java.time.Instant;
import java.util.UUID;

/**
 * An episode's facts for other modules' pages and rules: whose it is, when the child was last seen,
 * whether it is still open, and the police risk level as last graded (a code; null when never graded).
 */
public record EpisodeSummary(UUID id, UUID childId, String category, Instant lastSeenAt, Instant locatedAt,
                             boolean open, String policeRiskLevel) {
}

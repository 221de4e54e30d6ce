package org.homeward.episode;

import java.util.UUID;

/**
 * The risk level of an episode has changed: a police grading ({@code byPolice}) or the council's
 * rating differing from the one before; {@code level} is LOW, MEDIUM, HIGH (or the police's other levels).
 */
public record EpisodeRiskChanged(UUID episodeId, UUID childId, boolean byPolice, String level, UUID changedBy) {
}

package org.homeward.episode;

import java.util.UUID;

/** The police graded (or reviewed and graded again) an episode's risk; every grading is a review. */
public record EpisodeGraded(UUID episodeId, UUID childId, String level, UUID gradedBy) {
}

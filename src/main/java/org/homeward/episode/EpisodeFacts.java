package org.homeward.episode;

import java.time.Instant;
import java.util.UUID;

/**
 * One missing or away episode in brief, as a page about the child shows it: labels rather than
 * codes, and the risk as last graded ({@code riskLevel} null when never graded). Retrospective
 * episodes were recorded after the event, never reported at the time.
 */
public record EpisodeFacts(UUID id, String category, Instant lastSeenAt, Instant reportedToPoliceAt,
                           Instant locatedAt, String duration, boolean longEpisode, String riskLevel,
                           String riskTag, boolean retrospective, Instant recordedAt, String riskCode) {

    public boolean missingNow() {
        return locatedAt == null;
    }
}

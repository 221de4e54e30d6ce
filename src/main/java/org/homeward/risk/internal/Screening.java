package org.homeward.risk.internal;

import java.time.Instant;
import java.util.UUID;

/** One screening as made: the version it used, the rule's suggestion then, and the rating given. */
public record Screening(UUID id, UUID episodeId, UUID childId, UUID versionId, Instant screenedAt, String screenedByName,
                 int ageWhenLastSeen, boolean agePrompt, int score, String suggestedRating, String rating,
                 String overrideRationale, String childViews, String childViewsNotObtained) {

    public boolean overridden() {
        return !rating.equals(suggestedRating);
    }
}

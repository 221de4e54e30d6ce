package org.homeward.episode;

import java.util.UUID;

/**
 * Someone recording a safe-and-well check, a return interview or a risk screening suspects significant
 * harm (DOMAIN.md EP-09): a strategy discussion is raised. {@code source} names the record in words
 * ("safe and well check"); {@code episodeId} may be null.
 */
public record SignificantHarmSuspected(UUID childId, UUID episodeId, String source, String detail, UUID by) {
}

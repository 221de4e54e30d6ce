package org.homeward.episode;

import java.time.Instant;
import java.util.UUID;

/** The return home interview for an episode, as the episode page shows it. */
public record ReturnInterviewStatus(UUID id, String status, Instant dueAt, boolean held, boolean heldWithin72Hours) {
}

package org.homeward.episode;

import java.time.Instant;
import java.util.UUID;

/**
 * The return home interview for an episode, as the episode page shows it: its status and whether it was
 * offered within 72 hours in the words of the interview's own record ("Yes", "No", "Not yet offered");
 * {@code open} while the interview is still to be done. {@code outcomeAt} is when it was held, declined,
 * found not possible or decided against (null while open).
 */
public record ReturnInterviewStatus(UUID id, String status, Instant dueAt, boolean held, boolean heldWithin72Hours,
                                    boolean open, String offeredWithin72Hours, Instant offeredAt, Instant outcomeAt) {
}

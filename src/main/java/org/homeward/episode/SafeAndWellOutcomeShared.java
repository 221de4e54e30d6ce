package org.homeward.episode;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of a safe-and-well check has been shared (EP-12): with whom and how, as the officer
 * recorded them in words, and who shared it. Published in the transaction that records the share.
 */
public record SafeAndWellOutcomeShared(UUID shareId, UUID episodeId, UUID childId, UUID checkId,
                                       Instant checkHeldAt, String officer, Instant sharedAt, String sharedWith,
                                       String method, UUID sharedBy) {
}

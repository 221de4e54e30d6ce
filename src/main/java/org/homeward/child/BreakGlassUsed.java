package org.homeward.child;

import java.time.Instant;
import java.util.UUID;

/** Someone opened a child's record they are not involved with, giving a reason: the named senior manager is told. */
public record BreakGlassUsed(UUID accessId, UUID childId, UUID userId, UUID agencyId, Instant openedAt) {
}

package org.homeward.rhi;

import java.time.Instant;
import java.util.UUID;

/** A return home interview has been recorded (the offer's id identifies it), by whom and when held. */
public record InterviewRecorded(UUID offerId, UUID childId, UUID recordedBy, Instant heldAt) {
}

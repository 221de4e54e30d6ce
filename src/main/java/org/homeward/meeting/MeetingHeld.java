package org.homeward.meeting;

import java.time.Instant;
import java.util.UUID;

/** A missing management meeting has been recorded with its outcome, by whom. */
public record MeetingHeld(UUID meetingId, UUID childId, UUID recordedBy, Instant heldAt) {
}

package org.homeward.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.homeward.platform.Refused;

/**
 * A child's missing management meeting as the rules see it: called for (by the criteria or a request) until one is
 * held or a manager decides not to convene it; minutes are of a meeting already held, reviewed on or after it.
 *
 * @param required the open requirement, or null when nothing calls for a meeting now
 */
record MissingManagementMeeting(UUID childId, MeetingRecords.Requirement required) {

    /** Only a meeting that is called for can be decided against (CR-11). */
    void refuseNotConvened() {
        if (required == null) {
            throw new Refused("notRequired", "No meeting is required for this child now, so there is nothing to decide");
        }
    }

    /** A meeting is recorded once held; one may be held without a requirement, convened on judgement. */
    void refuseHeldAt(Instant held, Instant now) {
        if (held.isAfter(now)) {
            throw new Refused("heldDay", "future", "The meeting cannot be in the future: record it once held");
        }
    }

    void refuseReviewOn(LocalDate review, LocalDate heldOn) {
        if (review.isBefore(heldOn)) {
            throw new Refused("reviewDay", "beforeMeeting", "The review cannot be before the meeting");
        }
    }
}

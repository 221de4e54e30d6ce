package org.homeward.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.homeward.platform.Refused;
import org.homeward.platform.web.Dates;

/** A strategy discussion raised when significant harm is suspected, waiting until it is recorded as held, once. */
public record StrategyDiscussion(UUID id, UUID childId, String childName, UUID episodeId, String reason,
                                 String raisedBy, Instant raisedAt, LocalDate dueOn, Instant heldAt,
                                 String policeParticipant, String socialCareParticipant, String healthParticipant,
                                 String otherParticipants, String section47, String outcome, Boolean triggerPlanNeeded,
                                 String childViews, String childViewsNotObtained) {

    public boolean held() {
        return heldAt != null;
    }

    public boolean overdue(LocalDate today) {
        return !held() && today.isAfter(dueOn);
    }

    void refuseRecord() {
        if (held()) {
            throw new Refused("held", "This strategy discussion has already been recorded");
        }
    }

    /** Held by now, and not before it was raised; times are typed to the minute, so the minute raised is allowed. */
    void refuseHeldAt(Instant held, Instant now) {
        if (held.isAfter(now)) {
            throw new Refused("heldDay", "future", "The discussion cannot be in the future");
        }
        if (held.isBefore(raisedAt.truncatedTo(ChronoUnit.MINUTES))) {
            throw new Refused("heldDay", "beforeEarlierEvent", "The discussion must be held on or after it was raised ("
                    + Dates.ofInstant(raisedAt) + ")");
        }
    }
}

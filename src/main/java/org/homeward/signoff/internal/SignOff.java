package org.homeward.signoff.internal;

import java.time.Instant;
import java.util.UUID;
import org.homeward.platform.Refused;

/** A manager's oversight of a piece of work at a sign-off point: awaited until signed once, by another manager. */
record SignOff(UUID id, String point, UUID subjectId, UUID childId, String childName, String href, String summary,
               UUID workBy, String workByName, Instant raisedAt, Instant dueAt, Instant signedAt, String signedByName,
               String comment) {

    public boolean signed() {
        return signedAt != null;
    }

    public boolean overdue(Instant now) {
        return signedAt == null && now.isAfter(dueAt);
    }

    /** Oversight is of someone else's work. */
    void refuseSigningBy(UUID by) {
        if (by.equals(workBy)) {
            throw new Refused("own", "You cannot sign off your own work: another manager must sign it off");
        }
    }

    /** A sign-off is given once; the first manager's comment stands. */
    void refuseSigningAgain() {
        if (signed()) {
            throw new Refused("signed", "This was signed off by " + signedByName + " already");
        }
    }
}

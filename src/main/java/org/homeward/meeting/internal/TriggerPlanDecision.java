package org.homeward.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Refused;
import org.homeward.platform.web.Dates;

/**
 * A decision, by a strategy discussion or a meeting, that a trigger plan is needed, and the day it is due on file; it
 * is met once a plan is written and shared with the police. {@code onFileAt}: when the first plan after the decision
 * was recorded.
 */
public record TriggerPlanDecision(Instant decidedAt, String decidedBy, LocalDate dueOn, boolean onFile, boolean shared,
                                  Instant onFileAt) {

    /** A plan answers the decision that called for it, so it cannot take effect before it. */
    void refuseEffectiveOn(LocalDate effective) {
        LocalDate decidedOn = decidedAt.atZone(ClockConfiguration.LONDON).toLocalDate();
        if (effective.isBefore(decidedOn)) {
            throw new Refused("effectiveDay", "beforeEarlierEvent", "The plan must take effect on or after the "
                    + decidedBy.toLowerCase(Locale.UK) + " that decided it was needed (" + Dates.ofDay(decidedOn) + ")");
        }
    }
}

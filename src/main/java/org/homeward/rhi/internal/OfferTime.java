package org.homeward.rhi.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.homeward.platform.DateTimeInput;
import org.homeward.platform.Refused;
import org.springframework.validation.BindingResult;

/** A date and time typed on an offer's record: real, not in the future, and as the offer allows it. */
final class OfferTime {

    private OfferTime() {
    }

    /**
     * @param what    how messages name the event: "attempt", "interview"
     * @param allowed the offer's check of the time, such as {@link Offer#refuseAttemptAt(Instant)}
     * @return the time, when it was given and is allowed
     */
    static Optional<Instant> read(DateTimeInput input, String field, String what, Consumer<Instant> allowed,
                                  Instant now, BindingResult result) {
        if (input.blank()) {
            result.rejectValue(field, "required", "Enter the date and time of the " + what);
            return Optional.empty();
        }
        Optional<Instant> at = input.toInstant();
        if (at.isEmpty()) {
            result.rejectValue(field, "invalid", "Enter a real date and a time such as 14:30");
        } else if (DateTimeInput.beforeEarliestEvent(at.get())) {
            result.rejectValue(field, "early", "The " + what + " must be on or after 1 January 2000");
        } else if (!Refused.allows(() -> allowed.accept(at.get()), result)) {
            return Optional.empty();
        } else if (at.get().isAfter(now)) {
            result.rejectValue(field, "future", "The " + what + " cannot be in the future");
        }
        return result.hasFieldErrors(field) ? Optional.empty() : at;
    }
}

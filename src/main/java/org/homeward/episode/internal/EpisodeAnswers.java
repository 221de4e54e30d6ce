package org.homeward.episode.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.DateTimeInput;
import org.springframework.validation.Errors;

/** Checks of answers typed on an episode's forms, worded alike on every step. */
final class EpisodeAnswers {

    private EpisodeAnswers() {
    }

    /**
     * A date and time that must be real, not before 2000 and not in the future (five minutes' grace for clocks).
     *
     * @param what how messages name the event: "the child was last seen"
     */
    static Optional<Instant> time(DateTimeInput input, String field, String what, boolean required, Instant now,
                                  Errors errors) {
        if (input.blank()) {
            if (required) {
                errors.rejectValue(field, "required", "Enter the date and time " + what);
            }
            return Optional.empty();
        }
        if (input.date().toDate().isEmpty()) {
            errors.rejectValue(field, "invalid", "The date " + what + " must be a real date, for example 27 3 2026");
            return Optional.empty();
        }
        if (input.parsedTime().isEmpty()) {
            errors.rejectValue(field, "time", "Enter the time " + what + ", like 14:30 or 2:30pm");
            return Optional.empty();
        }
        Instant at = input.toInstant().orElseThrow();
        if (DateTimeInput.beforeEarliestEvent(at)) {
            errors.rejectValue(field, "early", "The date " + what + " must be on or after 1 January 2000");
            return Optional.empty();
        }
        if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            errors.rejectValue(field, "future", "The time " + what + " must be now or in the past");
            return Optional.empty();
        }
        return Optional.of(at);
    }

    static void required(String value, int max, String field, String message, Errors errors) {
        if (value == null) {
            errors.rejectValue(field, "required", message);
        } else if (value.length() > max) {
            errors.rejectValue(field, "tooLong", "This answer must be " + max + " characters or fewer");
        }
    }

    /** An identifier chosen on a form; null when it is not one. */
    static UUID id(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

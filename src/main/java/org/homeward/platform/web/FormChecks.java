package org.homeward.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.homeward.platform.DateInput;
import org.springframework.validation.Errors;

/**
 * The checks most answers need, each rejecting the field with a message that says how to put it
 * right. A field keeps its first error only, as GOV.UK shows one message per field.
 */
public final class FormChecks {

    private FormChecks() {
    }

    public static void required(String value, String field, String message, Errors errors) {
        if ((value == null || value.isBlank()) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "required", message);
        }
    }

    /**
     * Whether an answer is one of the options. A missing answer is not, and never reaches the
     * options' {@code contains}, which for {@code Set.of} and {@code List.of} throws on null.
     */
    public static boolean oneOf(String value, java.util.Collection<String> options) {
        return value != null && options.contains(value);
    }

    /** An optional free-text answer as stored: trimmed, or null when left blank. */
    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static void maxLength(String value, int max, String field, String message, Errors errors) {
        if (value != null && value.length() > max && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "tooLong", message);
        }
    }

    /** A yes/no radio answer; a missing answer is an error only when {@code requiredMessage} is given. */
    public static void yesNo(String value, String field, String requiredMessage, String invalidMessage, Errors errors) {
        if (value == null) {
            if (requiredMessage != null) {
                errors.rejectValue(field, "required", requiredMessage);
            }
        } else if (!Set.of("yes", "no").contains(value)) {
            errors.rejectValue(field, "invalid", invalidMessage);
        }
    }

    /**
     * A GOV.UK date that must be real and, when limits are given, fall between them.
     *
     * @param field           the field that holds the error: the day box of the date input
     * @param requiredMessage the error for a blank date, or null when it may be left out
     * @param what            how messages name the date, starting with a capital: "Date the photograph was taken"
     * @param latest          the last date allowed (null: any), with {@code lateMessage} when it is passed
     * @return the date when it was given and is valid
     */
    public static Optional<LocalDate> date(DateInput input, String field, String requiredMessage, String what,
                                           LocalDate earliest, String earlyMessage, LocalDate latest,
                                           String lateMessage, Errors errors) {
        if (input.blank()) {
            if (requiredMessage != null) {
                errors.rejectValue(field, "required", requiredMessage);
            }
            return Optional.empty();
        }
        Optional<LocalDate> date = input.toDate();
        if (date.isEmpty()) {
            errors.rejectValue(field, "invalid", what + " must be a real date, for example 27 3 2026");
            return Optional.empty();
        }
        if (latest != null && date.get().isAfter(latest)) {
            errors.rejectValue(field, "late", lateMessage);
            return Optional.empty();
        }
        if (earliest != null && date.get().isBefore(earliest)) {
            errors.rejectValue(field, "early", earlyMessage);
            return Optional.empty();
        }
        return date;
    }

    /**
     * Refuses an event typed before the event it depends on (a discussion held before it was raised,
     * a check before the child was found), naming the earlier event and its time so the person can
     * put it right. Times are typed to the minute, so the same minute as the earlier event is allowed.
     *
     * @param mustBe       how the message starts: "The discussion must be held"
     * @param earlierEvent what it must follow: "it was raised"
     * @return whether the time is allowed; a field that already has an error is left as it is
     */
    public static boolean notBefore(String field, Instant at, String mustBe, String earlierEvent, Instant earlier,
                                    Errors errors) {
        if (at == null || earlier == null || !at.isBefore(earlier.truncatedTo(ChronoUnit.MINUTES))) {
            return true;
        }
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "beforeEarlierEvent",
                    mustBe + " on or after " + earlierEvent + " (" + Dates.ofInstant(earlier) + ")");
        }
        return false;
    }

    /** {@link #notBefore(String, Instant, String, String, Instant, Errors)} for a day typed without a time. */
    public static boolean notBefore(String field, LocalDate on, String mustBe, String earlierEvent, LocalDate earlier,
                                    Errors errors) {
        if (on == null || earlier == null || !on.isBefore(earlier)) {
            return true;
        }
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "beforeEarlierEvent",
                    mustBe + " on or after " + earlierEvent + " (" + Dates.ofDay(earlier) + ")");
        }
        return false;
    }
}

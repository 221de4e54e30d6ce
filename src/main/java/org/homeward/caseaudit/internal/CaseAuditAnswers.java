package org.homeward.caseaudit.internal;

import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.web.FormChecks;
import org.springframework.validation.Errors;

/** Checks of answers typed on a case-file audit's forms, worded alike on every step. */
final class CaseAuditAnswers {

    /** The longest note, view or concern: an auditor's evidence for a grade is a paragraph or a few. */
    static final int TEXT = 4000;

    private CaseAuditAnswers() {
    }

    /** An identifier chosen on a form or in a link; empty when it is not one. */
    static Optional<UUID> uuid(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A required text of at most {@link #TEXT} characters; whether the form has no errors. */
    static boolean text(String text, String field, String required, Errors errors) {
        FormChecks.required(text, field, required, errors);
        FormChecks.maxLength(text, TEXT, field, "The text must be 4000 characters or fewer", errors);
        return !errors.hasErrors();
    }
}

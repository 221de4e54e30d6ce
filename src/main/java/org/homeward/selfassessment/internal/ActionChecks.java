package org.homeward.selfassessment.internal;

import java.time.LocalDate;
import java.util.Map;
import org.homeward.platform.DateInput;
import org.homeward.platform.web.FormChecks;

/** The checks on an action arising, wherever it is added: what, who owns it, by when, and which question. */
final class ActionChecks {

    private ActionChecks() {
    }

    /** The due date when everything is right; each problem is put in {@code errors} by the field's id. */
    static LocalDate check(String question, Questionnaire.Area area, String text, String owner, DateInput due,
                           LocalDate today, Map<String, String> errors) {
        String q = FormChecks.trimmed(question);
        if (q != null && area.questions().stream().noneMatch(x -> x.key().equals(q))) {
            errors.put("action-question", "Select one of the area's questions, or none");
        }
        String t = FormChecks.trimmed(text);
        if (t == null) {
            errors.put("action-text", "Enter what will be done");
        } else if (t.length() > 1000) {
            errors.put("action-text", "What will be done must be 1000 characters or fewer");
        }
        String o = FormChecks.trimmed(owner);
        if (o == null) {
            errors.put("action-owner", "Enter who owns the action");
        } else if (o.length() > 200) {
            errors.put("action-owner", "The owner must be 200 characters or fewer");
        }
        if (due.blank()) {
            errors.put("action-dueDay", "Enter the date the action is due by");
            return null;
        }
        LocalDate date = due.toDate().orElse(null);
        if (date == null) {
            errors.put("action-dueDay", "The due date must be a real date, for example 27 3 2027");
        } else if (date.isBefore(today) || date.isAfter(today.plusYears(5))) {
            errors.put("action-dueDay", "The due date must be from today to 5 years ahead");
            return null;
        }
        return date;
    }
}

package org.homeward.platform.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.homeward.platform.DateInput;
import org.springframework.validation.BindingResult;

/**
 * Follow-up actions typed into a form (an interview, a meeting): what, who owns it, by when. The
 * rows are bound as {@code actions[n].action} and so on, and {@code fragments/actions :: rows}
 * renders them with ids matching those paths, so that the error summary links to each field.
 */
public final class ActionRows {

    /** One action as typed; a row left wholly blank is no action. */
    public static class Row {
        private String action;
        private String ownerId;
        private String dueDay;
        private String dueMonth;
        private String dueYear;

        boolean blank() {
            return Stream.of(action, ownerId, dueDay, dueMonth, dueYear).allMatch(v -> v == null || v.isBlank());
        }

        public String getAction() { return action; }
        public void setAction(String v) { action = v; }
        public String getOwnerId() { return ownerId; }
        public void setOwnerId(String v) { ownerId = v; }
        public String getDueDay() { return dueDay; }
        public void setDueDay(String v) { dueDay = v; }
        public String getDueMonth() { return dueMonth; }
        public void setDueMonth(String v) { dueMonth = v; }
        public String getDueYear() { return dueYear; }
        public void setDueYear(String v) { dueYear = v; }
    }

    public record Action(String action, UUID ownerId, LocalDate dueOn) {
    }

    /** The field paths of {@code count} rows, in page order, for the error summary. */
    public static List<String> fieldOrder(int count) {
        List<String> order = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            order.addAll(List.of("actions[" + n + "].action", "actions[" + n + "].ownerId", "actions[" + n + "].dueDay"));
        }
        return order;
    }

    public static List<Row> blankRows(int count) {
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            rows.add(new Row());
        }
        return rows;
    }

    private ActionRows() {
    }

    /**
     * The actions of the rows begun; each must be finished, owned by one of {@code people} and due
     * on or after {@code earliest} (when known). Errors go on the row's fields.
     */
    public static List<Action> read(List<Row> rows, Set<UUID> people, Optional<LocalDate> earliest, String what,
                                    BindingResult result) {
        List<Action> actions = new ArrayList<>();
        for (int n = 0; rows != null && n < rows.size(); n++) {
            Row row = rows.get(n);
            if (row == null || row.blank()) {
                continue;
            }
            String at = "actions[" + n + "].";
            int shown = n + 1;
            if (row.getAction() == null || row.getAction().isBlank()) {
                result.rejectValue(at + "action", "required", "Enter " + what + " " + shown);
            }
            UUID owner = parse(row.getOwnerId()).filter(people::contains).orElse(null);
            if (owner == null) {
                result.rejectValue(at + "ownerId", "required", "Select who owns " + what + " " + shown);
            }
            DateInput input = new DateInput(row.getDueDay(), row.getDueMonth(), row.getDueYear());
            Optional<LocalDate> due = input.toDate();
            if (input.blank()) {
                result.rejectValue(at + "dueDay", "required", "Enter when " + what + " " + shown + " is due");
            } else if (due.isEmpty()) {
                result.rejectValue(at + "dueDay", "invalid", "Enter a real due date for " + what + " " + shown);
            } else if (earliest.isPresent() && due.get().isBefore(earliest.get())) {
                result.rejectValue(at + "dueDay", "tooEarly", capital(what) + " " + shown + " cannot be due before "
                        + "the date it was agreed");
            }
            if (row.getAction() != null && !row.getAction().isBlank() && owner != null && due.isPresent()) {
                actions.add(new Action(row.getAction().strip(), owner, due.get()));
            }
        }
        return actions;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

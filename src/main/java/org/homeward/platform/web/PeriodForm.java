package org.homeward.platform.web;

import java.time.LocalDate;
import java.util.Optional;
import org.homeward.platform.DateInput;
import org.springframework.validation.Errors;

/**
 * A reporting period of London days, both inclusive, typed as two GOV.UK dates and sent by GET so a
 * view can be bookmarked (dates only: nothing personal in the address).
 */
public class PeriodForm {

    /** The period once checked. */
    public record Period(LocalDate from, LocalDate to) {
    }

    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String toDay;
    private String toMonth;
    private String toYear;

    public DateInput from() {
        return new DateInput(fromDay, fromMonth, fromYear);
    }

    public DateInput to() {
        return new DateInput(toDay, toMonth, toYear);
    }

    public void set(LocalDate from, LocalDate to) {
        DateInput f = DateInput.of(from);
        DateInput t = DateInput.of(to);
        fromDay = f.day();
        fromMonth = f.month();
        fromYear = f.year();
        toDay = t.day();
        toMonth = t.month();
        toYear = t.year();
    }

    /** The period typed, or {@code from}..{@code to} when neither date was given; errors on {@code fromDay}/{@code toDay}. */
    public Optional<Period> check(LocalDate defaultFrom, LocalDate defaultTo, Errors errors) {
        if (from().blank() && to().blank()) {
            set(defaultFrom, defaultTo);
        }
        Optional<LocalDate> from = FormChecks.date(from(), "fromDay", "Enter the first day of the period",
                "The first day of the period", null, null, null, null, errors);
        Optional<LocalDate> to = FormChecks.date(to(), "toDay", "Enter the last day of the period",
                "The last day of the period", null, null, null, null, errors);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            errors.rejectValue("toDay", "beforeFrom", "The last day must be the same as or after the first day");
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(new Period(from.get(), to.get()));
    }

    public String getFromDay() { return fromDay; }
    public void setFromDay(String v) { fromDay = v; }
    public String getFromMonth() { return fromMonth; }
    public void setFromMonth(String v) { fromMonth = v; }
    public String getFromYear() { return fromYear; }
    public void setFromYear(String v) { fromYear = v; }
    public String getToDay() { return toDay; }
    public void setToDay(String v) { toDay = v; }
    public String getToMonth() { return toMonth; }
    public void setToMonth(String v) { toMonth = v; }
    public String getToYear() { return toYear; }
    public void setToYear(String v) { toYear = v; }
}

package org.homeward.rhi.internal;

import java.time.LocalDate;
import java.util.List;
import org.homeward.platform.DateInput;

/** The period (London days, both inclusive) and cohort of the measures, sent by GET so a view can be bookmarked. */
public class MeasuresForm {

    static final List<String> FIELD_ORDER = List.of("fromDay", "toDay", "cohort");

    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String toDay;
    private String toMonth;
    private String toYear;
    private String cohort;

    DateInput from() {
        return new DateInput(fromDay, fromMonth, fromYear);
    }

    DateInput to() {
        return new DateInput(toDay, toMonth, toYear);
    }

    /** The last complete calendar month before {@code today}. */
    void lastCompleteMonth(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        DateInput f = DateInput.of(first);
        DateInput t = DateInput.of(first.plusMonths(1).minusDays(1));
        fromDay = f.day();
        fromMonth = f.month();
        fromYear = f.year();
        toDay = t.day();
        toMonth = t.month();
        toYear = t.year();
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
    public String getCohort() { return cohort; }
    public void setCohort(String v) { cohort = v; }
}

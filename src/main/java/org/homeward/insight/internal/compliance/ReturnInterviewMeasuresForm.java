package org.homeward.insight.internal.compliance;

import java.time.LocalDate;
import java.util.List;
import org.homeward.platform.web.PeriodForm;

/** The period and cohort of the return interview measures. */
public class ReturnInterviewMeasuresForm extends PeriodForm {

    static final List<String> FIELD_ORDER = List.of("fromDay", "toDay", "cohort");

    private String cohort;

    /** The first day of the last complete calendar month before {@code today}. */
    static LocalDate lastCompleteMonth(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(1);
    }

    public String getCohort() { return cohort; }
    public void setCohort(String v) { cohort = v; }
}

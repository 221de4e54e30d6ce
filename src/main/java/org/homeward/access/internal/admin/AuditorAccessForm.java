package org.homeward.access.internal.admin;

import java.util.List;
import org.homeward.access.internal.AuditorAccess;
import org.homeward.platform.DateInput;

/** The days an auditor may open children's records, as typed. */
class AuditorAccessForm {

    static final List<String> FIELD_ORDER = List.of("fromDay", "untilDay");

    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String untilDay;
    private String untilMonth;
    private String untilYear;

    static AuditorAccessForm of(AuditorAccess.Window window) {
        AuditorAccessForm f = new AuditorAccessForm();
        DateInput from = DateInput.of(window.from());
        DateInput until = DateInput.of(window.until());
        f.fromDay = from.day();
        f.fromMonth = from.month();
        f.fromYear = from.year();
        f.untilDay = until.day();
        f.untilMonth = until.month();
        f.untilYear = until.year();
        return f;
    }

    DateInput from() {
        return new DateInput(fromDay, fromMonth, fromYear);
    }

    DateInput until() {
        return new DateInput(untilDay, untilMonth, untilYear);
    }

    public String getFromDay() { return fromDay; }
    public void setFromDay(String v) { fromDay = v; }
    public String getFromMonth() { return fromMonth; }
    public void setFromMonth(String v) { fromMonth = v; }
    public String getFromYear() { return fromYear; }
    public void setFromYear(String v) { fromYear = v; }
    public String getUntilDay() { return untilDay; }
    public void setUntilDay(String v) { untilDay = v; }
    public String getUntilMonth() { return untilMonth; }
    public void setUntilMonth(String v) { untilMonth = v; }
    public String getUntilYear() { return untilYear; }
    public void setUntilYear(String v) { untilYear = v; }
}

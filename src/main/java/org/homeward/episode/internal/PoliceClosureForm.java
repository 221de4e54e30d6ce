package org.homeward.episode.internal;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;

/** The police closing their missing-person investigation. */
public class PoliceClosureForm {

    static final List<String> FIELD_ORDER = List.of("closedDay", "note");

    private String closedDay;
    private String closedMonth;
    private String closedYear;
    private String closedTime;
    @Size(max = 2000, message = "The note must be 2000 characters or fewer")
    private String note;

    DateTimeInput closedAt() {
        return new DateTimeInput(new DateInput(closedDay, closedMonth, closedYear), closedTime);
    }

    public String getClosedDay() { return closedDay; }
    public void setClosedDay(String v) { closedDay = v; }
    public String getClosedMonth() { return closedMonth; }
    public void setClosedMonth(String v) { closedMonth = v; }
    public String getClosedYear() { return closedYear; }
    public void setClosedYear(String v) { closedYear = v; }
    public String getClosedTime() { return closedTime; }
    public void setClosedTime(String v) { closedTime = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}

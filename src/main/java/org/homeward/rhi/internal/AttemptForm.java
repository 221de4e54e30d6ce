package org.homeward.rhi.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;


/** An attempt to reach the child and offer the interview. */
public class AttemptForm {

    private String attemptedDay;
    private String attemptedMonth;
    private String attemptedYear;
    private String attemptedTime;
    private String method;
    @NotNull(message = "Enter what happened")
    @Size(max = 4000, message = "What happened must be 4000 characters or fewer")
    private String result;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("attemptedDay", "method", "result");

    DateTimeInput attemptedAt() {
        return new DateTimeInput(new DateInput(attemptedDay, attemptedMonth, attemptedYear), attemptedTime);
    }

    public String getAttemptedDay() { return attemptedDay; }
    public void setAttemptedDay(String v) { attemptedDay = v; }
    public String getAttemptedMonth() { return attemptedMonth; }
    public void setAttemptedMonth(String v) { attemptedMonth = v; }
    public String getAttemptedYear() { return attemptedYear; }
    public void setAttemptedYear(String v) { attemptedYear = v; }
    public String getAttemptedTime() { return attemptedTime; }
    public void setAttemptedTime(String v) { attemptedTime = v; }
    public String getMethod() { return method; }
    public void setMethod(String v) { method = v; }
    public String getResult() { return result; }
    public void setResult(String v) { result = v; }
}

package org.homeward.supervision.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.homeward.platform.DateInput;

/**
 * Naming the child's trusted worker, or changing them: who, since when, the child's view, and why. The role and the
 * child's view are checked as they arrive; who it is, the date and the reason for a change, which depend on the
 * person chosen and the current trusted worker, by {@link TrustedWorkerService}.
 */
public class TrustedWorkerForm {

    static final List<String> FIELD_ORDER = List.of("userId", "personName", "personRole", "agency", "startDay",
            "childView", "reason");

    private String userId;
    private String personName;
    @NotNull(message = "Enter their role, for example youth worker")
    @Size(max = 200, message = "The role must be 200 characters or fewer")
    private String personRole;
    private String agency;
    private String startDay;
    private String startMonth;
    private String startYear;
    @NotNull(message = "Enter the child’s view: the trusted worker is chosen with the child")
    private String childView;
    private String reason;

    DateInput startsOn() {
        return new DateInput(startDay, startMonth, startYear);
    }

    public String getUserId() { return userId; }
    public void setUserId(String v) { userId = v; }
    public String getPersonName() { return personName; }
    public void setPersonName(String v) { personName = v; }
    public String getPersonRole() { return personRole; }
    public void setPersonRole(String v) { personRole = v; }
    public String getAgency() { return agency; }
    public void setAgency(String v) { agency = v; }
    public String getStartDay() { return startDay; }
    public void setStartDay(String v) { startDay = v; }
    public String getStartMonth() { return startMonth; }
    public void setStartMonth(String v) { startMonth = v; }
    public String getStartYear() { return startYear; }
    public void setStartYear(String v) { startYear = v; }
    public String getChildView() { return childView; }
    public void setChildView(String v) { childView = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}

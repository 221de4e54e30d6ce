package org.homeward.meeting.internal;

import java.util.List;
import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;
import org.homeward.platform.web.ActionRows;

/** The missing management meeting proforma, as typed; the history and findings are filled in for it. */
public class MeetingForm {

    static final List<String> FIELD_ORDER;

    static {
        List<String> order = new java.util.ArrayList<>(List.of("heldDay", "chair", "attendees", "apologies",
                "childView", "childViewNotGiven", "riskAnalysis", "decisions", "triggerPlanNeeded"));
        order.addAll(ActionRows.fieldOrder(4));
        order.add("reviewDay");
        order.add("distribution");
        FIELD_ORDER = List.copyOf(order);
    }

    private String heldDay;
    private String heldMonth;
    private String heldYear;
    private String heldTime;
    private String chair;
    private String attendees;
    private String apologies;
    private String childView;
    private String childViewNotGiven;
    private String riskAnalysis;
    private String decisions;
    private String triggerPlanNeeded;
    private List<ActionRows.Row> actions = ActionRows.blankRows(4);
    private String reviewDay;
    private String reviewMonth;
    private String reviewYear;
    private String distribution;

    DateTimeInput heldAt() {
        return new DateTimeInput(new DateInput(heldDay, heldMonth, heldYear), heldTime);
    }

    DateInput reviewOn() {
        return new DateInput(reviewDay, reviewMonth, reviewYear);
    }

    public String getHeldDay() { return heldDay; }
    public void setHeldDay(String v) { heldDay = v; }
    public String getHeldMonth() { return heldMonth; }
    public void setHeldMonth(String v) { heldMonth = v; }
    public String getHeldYear() { return heldYear; }
    public void setHeldYear(String v) { heldYear = v; }
    public String getHeldTime() { return heldTime; }
    public void setHeldTime(String v) { heldTime = v; }
    public String getChair() { return chair; }
    public void setChair(String v) { chair = v; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String v) { attendees = v; }
    public String getApologies() { return apologies; }
    public void setApologies(String v) { apologies = v; }
    public String getChildView() { return childView; }
    public void setChildView(String v) { childView = v; }
    public String getChildViewNotGiven() { return childViewNotGiven; }
    public void setChildViewNotGiven(String v) { childViewNotGiven = v; }
    public String getRiskAnalysis() { return riskAnalysis; }
    public void setRiskAnalysis(String v) { riskAnalysis = v; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String v) { decisions = v; }
    public String getTriggerPlanNeeded() { return triggerPlanNeeded; }
    public void setTriggerPlanNeeded(String v) { triggerPlanNeeded = v; }
    public List<ActionRows.Row> getActions() { return actions; }
    public void setActions(List<ActionRows.Row> v) { actions = v; }
    public String getReviewDay() { return reviewDay; }
    public void setReviewDay(String v) { reviewDay = v; }
    public String getReviewMonth() { return reviewMonth; }
    public void setReviewMonth(String v) { reviewMonth = v; }
    public String getReviewYear() { return reviewYear; }
    public void setReviewYear(String v) { reviewYear = v; }
    public String getDistribution() { return distribution; }
    public void setDistribution(String v) { distribution = v; }
}

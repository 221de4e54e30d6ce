package org.homeward.meeting.internal;

import org.homeward.platform.DateInput;

/** An intervention in the child's plan, or (with the same form object) its impact review. */
public class InterventionForm {

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("description", "kind", "responsibleId",
            "startedDay", "reviewWeeks", "improved", "evidence", "childViews", "childViewsNotObtained");

    private String description;
    private String kind;
    private String responsibleId;
    private String startedDay;
    private String startedMonth;
    private String startedYear;
    private String reviewWeeks = "6";
    private String improved;
    private String evidence;
    private String end;
    private String childViews;
    private String childViewsNotObtained;

    DateInput started() {
        return new DateInput(startedDay, startedMonth, startedYear);
    }

    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getResponsibleId() { return responsibleId; }
    public void setResponsibleId(String v) { responsibleId = v; }
    public String getStartedDay() { return startedDay; }
    public void setStartedDay(String v) { startedDay = v; }
    public String getStartedMonth() { return startedMonth; }
    public void setStartedMonth(String v) { startedMonth = v; }
    public String getStartedYear() { return startedYear; }
    public void setStartedYear(String v) { startedYear = v; }
    public String getReviewWeeks() { return reviewWeeks; }
    public void setReviewWeeks(String v) { reviewWeeks = v; }
    public String getImproved() { return improved; }
    public void setImproved(String v) { improved = v; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String v) { evidence = v; }
    public String getEnd() { return end; }
    public void setEnd(String v) { end = v; }
    public String getChildViews() { return childViews; }
    public void setChildViews(String v) { childViews = v; }
    public String getChildViewsNotObtained() { return childViewsNotObtained; }
    public void setChildViewsNotObtained(String v) { childViewsNotObtained = v; }
}

package org.homeward.meeting.internal;

import org.homeward.platform.DateInput;

/** A version of the police trigger plan: what to do when the child is reported missing. */
public class TriggerPlanForm {

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("effectiveDay", "reviewDay", "aim",
            "actionsOnReport", "placesAndContacts", "sharedDay", "policeRecipient");

    private String effectiveDay;
    private String effectiveMonth;
    private String effectiveYear;
    private String reviewDay;
    private String reviewMonth;
    private String reviewYear;
    private String aim;
    private String actionsOnReport;
    private String placesAndContacts;
    private String sharedDay;
    private String sharedMonth;
    private String sharedYear;
    private String policeRecipient;

    DateInput effective() {
        return new DateInput(effectiveDay, effectiveMonth, effectiveYear);
    }

    DateInput review() {
        return new DateInput(reviewDay, reviewMonth, reviewYear);
    }

    DateInput shared() {
        return new DateInput(sharedDay, sharedMonth, sharedYear);
    }

    public String getEffectiveDay() { return effectiveDay; }
    public void setEffectiveDay(String v) { effectiveDay = v; }
    public String getEffectiveMonth() { return effectiveMonth; }
    public void setEffectiveMonth(String v) { effectiveMonth = v; }
    public String getEffectiveYear() { return effectiveYear; }
    public void setEffectiveYear(String v) { effectiveYear = v; }
    public String getReviewDay() { return reviewDay; }
    public void setReviewDay(String v) { reviewDay = v; }
    public String getReviewMonth() { return reviewMonth; }
    public void setReviewMonth(String v) { reviewMonth = v; }
    public String getReviewYear() { return reviewYear; }
    public void setReviewYear(String v) { reviewYear = v; }
    public String getAim() { return aim; }
    public void setAim(String v) { aim = v; }
    public String getActionsOnReport() { return actionsOnReport; }
    public void setActionsOnReport(String v) { actionsOnReport = v; }
    public String getPlacesAndContacts() { return placesAndContacts; }
    public void setPlacesAndContacts(String v) { placesAndContacts = v; }
    public String getSharedDay() { return sharedDay; }
    public void setSharedDay(String v) { sharedDay = v; }
    public String getSharedMonth() { return sharedMonth; }
    public void setSharedMonth(String v) { sharedMonth = v; }
    public String getSharedYear() { return sharedYear; }
    public void setSharedYear(String v) { sharedYear = v; }
    public String getPoliceRecipient() { return policeRecipient; }
    public void setPoliceRecipient(String v) { policeRecipient = v; }
}

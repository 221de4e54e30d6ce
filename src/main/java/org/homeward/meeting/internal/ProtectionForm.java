package org.homeward.meeting.internal;

import jakarta.validation.constraints.NotNull;
import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;

/**
 * A front-door referral, or a protective measure: the page has one form of each, bound to this class. Each answer
 * a page requires is checked only when that page is posted.
 */
public class ProtectionForm {

    /** The checks of a referral's answers. */
    interface Referral {
    }

    /** The checks of a protective measure's answers. */
    interface Measure {
    }

    static final java.util.List<String> REFERRAL_ORDER = java.util.List.of("atDay", "referredTo", "reason",
            "levelOfHelp", "assessmentType", "outcome", "decidedDay");
    static final java.util.List<String> MEASURE_ORDER = java.util.List.of("kind", "atDay", "endDay", "place",
            "authorisedBy", "subject", "details");

    private String atDay;
    private String atMonth;
    private String atYear;
    private String atTime;
    private String endDay;
    private String endMonth;
    private String endYear;
    private String endTime;
    @NotNull(groups = Referral.class, message = "Enter where the child was referred")
    private String referredTo;
    @NotNull(groups = Referral.class, message = "Enter why")
    private String reason;
    private String levelOfHelp;
    private String assessmentType;
    private String outcome;
    private String decidedDay;
    private String decidedMonth;
    private String decidedYear;
    private String kind;
    private String place;
    @NotNull(groups = Measure.class, message = "Enter who authorised it")
    private String authorisedBy;
    private String subject;
    private String details;

    DateTimeInput at() {
        return new DateTimeInput(new DateInput(atDay, atMonth, atYear), atTime);
    }

    DateTimeInput end() {
        return new DateTimeInput(new DateInput(endDay, endMonth, endYear), endTime);
    }

    DateInput outcomeOn() {
        return new DateInput(decidedDay, decidedMonth, decidedYear);
    }

    public String getAtDay() { return atDay; }
    public void setAtDay(String v) { atDay = v; }
    public String getAtMonth() { return atMonth; }
    public void setAtMonth(String v) { atMonth = v; }
    public String getAtYear() { return atYear; }
    public void setAtYear(String v) { atYear = v; }
    public String getAtTime() { return atTime; }
    public void setAtTime(String v) { atTime = v; }
    public String getEndDay() { return endDay; }
    public void setEndDay(String v) { endDay = v; }
    public String getEndMonth() { return endMonth; }
    public void setEndMonth(String v) { endMonth = v; }
    public String getEndYear() { return endYear; }
    public void setEndYear(String v) { endYear = v; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String v) { endTime = v; }
    public String getReferredTo() { return referredTo; }
    public void setReferredTo(String v) { referredTo = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getLevelOfHelp() { return levelOfHelp; }
    public void setLevelOfHelp(String v) { levelOfHelp = v; }
    public String getAssessmentType() { return assessmentType; }
    public void setAssessmentType(String v) { assessmentType = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getDecidedDay() { return decidedDay; }
    public void setDecidedDay(String v) { decidedDay = v; }
    public String getDecidedMonth() { return decidedMonth; }
    public void setDecidedMonth(String v) { decidedMonth = v; }
    public String getDecidedYear() { return decidedYear; }
    public void setDecidedYear(String v) { decidedYear = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getAuthorisedBy() { return authorisedBy; }
    public void setAuthorisedBy(String v) { authorisedBy = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getDetails() { return details; }
    public void setDetails(String v) { details = v; }
}

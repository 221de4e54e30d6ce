package org.homeward.risk.internal;

import java.util.List;
import org.homeward.platform.DateInput;

/** The standing assessment as typed; the review date may be left blank for the longest allowed. */
public class StandingAssessmentForm {

    static final List<String> FIELD_ORDER = List.of("assessedDay", "riskLevel", "areaRisk", "areaNotes", "triggers",
            "plan", "childViews", "reviewDay");

    private String assessedDay;
    private String assessedMonth;
    private String assessedYear;
    private String riskLevel;
    private String areaRisk;
    private String areaNotes;
    private String triggers;
    private String plan;
    private String childViews;
    private String reviewDay;
    private String reviewMonth;
    private String reviewYear;

    DateInput assessed() {
        return new DateInput(assessedDay, assessedMonth, assessedYear);
    }

    DateInput review() {
        return new DateInput(reviewDay, reviewMonth, reviewYear);
    }

    public String getAssessedDay() { return assessedDay; }
    public void setAssessedDay(String v) { assessedDay = v; }
    public String getAssessedMonth() { return assessedMonth; }
    public void setAssessedMonth(String v) { assessedMonth = v; }
    public String getAssessedYear() { return assessedYear; }
    public void setAssessedYear(String v) { assessedYear = v; }
    public String getRiskLevel() { return riskLevel; }
    public void setRiskLevel(String v) { riskLevel = v; }
    public String getAreaRisk() { return areaRisk; }
    public void setAreaRisk(String v) { areaRisk = v; }
    public String getAreaNotes() { return areaNotes; }
    public void setAreaNotes(String v) { areaNotes = v; }
    public String getTriggers() { return triggers; }
    public void setTriggers(String v) { triggers = v; }
    public String getPlan() { return plan; }
    public void setPlan(String v) { plan = v; }
    public String getChildViews() { return childViews; }
    public void setChildViews(String v) { childViews = v; }
    public String getReviewDay() { return reviewDay; }
    public void setReviewDay(String v) { reviewDay = v; }
    public String getReviewMonth() { return reviewMonth; }
    public void setReviewMonth(String v) { reviewMonth = v; }
    public String getReviewYear() { return reviewYear; }
    public void setReviewYear(String v) { reviewYear = v; }
}

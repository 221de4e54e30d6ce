package org.homeward.risk.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.homeward.platform.DateInput;

/**
 * The standing assessment as typed; the review date may be left blank for the longest allowed. The shape of each answer
 * is checked as it arrives; the dates, against the child's birth and each other, by {@link StandingAssessmentService}.
 */
public class StandingAssessmentForm {

    static final List<String> FIELD_ORDER = List.of("assessedDay", "riskLevel", "areaRisk", "areaNotes", "triggers",
            "plan", "childViews", "reviewDay");

    private String assessedDay;
    private String assessedMonth;
    private String assessedYear;
    @NotNull(message = "Select the overall risk of the child going missing")
    @Pattern(regexp = "LOW|MEDIUM|HIGH", message = "Select the overall risk of the child going missing")
    private String riskLevel;
    @NotNull(message = "Select the risk of the placement's area")
    @Pattern(regexp = "LOW|MEDIUM|HIGH", message = "Select the risk of the placement's area")
    private String areaRisk;
    @NotNull(message = "Enter what about the placement's area adds to or lessens the risk")
    @Size(max = 4000, message = "The placement's area must be 4000 characters or fewer")
    private String areaNotes;
    @NotNull(message = "Enter what would make the child go missing")
    @Size(max = 4000, message = "What would make the child go missing must be 4000 characters or fewer")
    private String triggers;
    @NotNull(message = "Enter the plan to prevent the child going missing and to respond if they do")
    @Size(max = 4000, message = "The plan must be 4000 characters or fewer")
    private String plan;
    @NotNull(message = "Enter the child's views, or why they could not be obtained")
    @Size(max = 4000, message = "The child's views must be 4000 characters or fewer")
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

package org.homeward.episode.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;

/**
 * A missing episode as reported or edited: every answer is text until checked. The shape of each answer is checked
 * as it arrives; codes against the vocabularies in force, times against each other and the return against whether
 * there is one, by {@link EpisodeService}.
 */
public class EpisodeForm extends ReturnAnswers {

    @NotNull(message = "Select whether the child is missing from home, missing from care or away from placement")
    private String category;
    @NotNull(message = "Select where the child went missing from")
    private String missingFrom;
    private String lastSeenDay;
    private String lastSeenMonth;
    private String lastSeenYear;
    private String lastSeenTime;
    @NotNull(message = "Enter where the child was last seen")
    @Size(max = 500, message = "This answer must be 500 characters or fewer")
    private String lastSeenPlace;
    @Size(max = 1000, message = "Clothing must be 1000 characters or fewer")
    private String clothing;
    @Size(max = 1000, message = "With whom must be 1000 characters or fewer")
    private String withWhom;
    @Size(max = 4000, message = "Circumstances must be 4000 characters or fewer")
    private String circumstances;
    @NotNull(message = "Select yes if the child has been reported missing to the police")
    @Pattern(regexp = "yes|no", message = "Select yes if the child has been reported missing to the police")
    private String reported;
    private String reportedDay;
    private String reportedMonth;
    private String reportedYear;
    private String reportedTime;
    @Size(max = 200, message = "Reported by must be 200 characters or fewer")
    private String reportedBy;
    private String policeForceId;
    @Size(max = 50, message = "Police reference must be 50 characters or fewer")
    private String policeReference;
    private String councilDay;
    private String councilMonth;
    private String councilYear;
    private String councilTime;
    private String retrospective;
    @Size(max = 2000, message = "Reason must be 2000 characters or fewer")
    private String amendmentReason;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("category", "missingFrom", "lastSeenDay",
            "lastSeenPlace", "clothing", "withWhom", "circumstances", "reported", "reportedDay", "reportedBy",
            "policeForceId", "policeReference", "councilDay", "locatedDay", "locatedWhere", "locatedBy", "returnMethod",
            "harmWhileMissing", "amendmentReason");

    DateTimeInput lastSeen() {
        return new DateTimeInput(new DateInput(lastSeenDay, lastSeenMonth, lastSeenYear), lastSeenTime);
    }
    DateTimeInput reportedAt() {
        return new DateTimeInput(new DateInput(reportedDay, reportedMonth, reportedYear), reportedTime);
    }
    DateTimeInput councilNotified() {
        return new DateTimeInput(new DateInput(councilDay, councilMonth, councilYear), councilTime);
    }

    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getMissingFrom() { return missingFrom; }
    public void setMissingFrom(String v) { missingFrom = v; }
    public String getLastSeenDay() { return lastSeenDay; }
    public void setLastSeenDay(String v) { lastSeenDay = v; }
    public String getLastSeenMonth() { return lastSeenMonth; }
    public void setLastSeenMonth(String v) { lastSeenMonth = v; }
    public String getLastSeenYear() { return lastSeenYear; }
    public void setLastSeenYear(String v) { lastSeenYear = v; }
    public String getLastSeenTime() { return lastSeenTime; }
    public void setLastSeenTime(String v) { lastSeenTime = v; }
    public String getLastSeenPlace() { return lastSeenPlace; }
    public void setLastSeenPlace(String v) { lastSeenPlace = v; }
    public String getClothing() { return clothing; }
    public void setClothing(String v) { clothing = v; }
    public String getWithWhom() { return withWhom; }
    public void setWithWhom(String v) { withWhom = v; }
    public String getCircumstances() { return circumstances; }
    public void setCircumstances(String v) { circumstances = v; }
    public String getReported() { return reported; }
    public void setReported(String v) { reported = v; }
    public String getReportedDay() { return reportedDay; }
    public void setReportedDay(String v) { reportedDay = v; }
    public String getReportedMonth() { return reportedMonth; }
    public void setReportedMonth(String v) { reportedMonth = v; }
    public String getReportedYear() { return reportedYear; }
    public void setReportedYear(String v) { reportedYear = v; }
    public String getReportedTime() { return reportedTime; }
    public void setReportedTime(String v) { reportedTime = v; }
    public String getReportedBy() { return reportedBy; }
    public void setReportedBy(String v) { reportedBy = v; }
    public String getPoliceForceId() { return policeForceId; }
    public void setPoliceForceId(String v) { policeForceId = v; }
    public String getPoliceReference() { return policeReference; }
    public void setPoliceReference(String v) { policeReference = v; }
    public String getCouncilDay() { return councilDay; }
    public void setCouncilDay(String v) { councilDay = v; }
    public String getCouncilMonth() { return councilMonth; }
    public void setCouncilMonth(String v) { councilMonth = v; }
    public String getCouncilYear() { return councilYear; }
    public void setCouncilYear(String v) { councilYear = v; }
    public String getCouncilTime() { return councilTime; }
    public void setCouncilTime(String v) { councilTime = v; }
    public String getRetrospective() { return retrospective; }
    public void setRetrospective(String v) { retrospective = v; }
    public String getAmendmentReason() { return amendmentReason; }
    public void setAmendmentReason(String v) { amendmentReason = v; }
}

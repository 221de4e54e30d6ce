package org.homeward.episode.internal;

import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;

/** A missing episode as reported or edited: every answer is text until checked. */
public class EpisodeForm extends ReturnAnswers {

    private String category;
    private String missingFrom;
    private String lastSeenDay;
    private String lastSeenMonth;
    private String lastSeenYear;
    private String lastSeenTime;
    private String lastSeenPlace;
    private String clothing;
    private String withWhom;
    private String circumstances;
    private String reported;
    private String reportedDay;
    private String reportedMonth;
    private String reportedYear;
    private String reportedTime;
    private String reportedBy;
    private String policeForceId;
    private String policeReference;
    private String councilDay;
    private String councilMonth;
    private String councilYear;
    private String councilTime;
    private String retrospective;
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

package org.homeward.episode.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;

/** A police classification and risk level, with the reason for it, who assessed it and what it rests on. */
public class GradingForm {

    /** Rows offered for information sources: the form works without JavaScript, so no "add another". */
    static final int SOURCE_ROWS = 3;

    /** One source of information: who supplied what, how to reach them, when it was obtained. A blank row is none. */
    public static class SourceRow {
        private String supplier;
        private String contact;
        private String information;
        private String obtainedDay;
        private String obtainedMonth;
        private String obtainedYear;
        private String obtainedTime;

        boolean blank() {
            return Stream.of(supplier, contact, information, obtainedDay, obtainedMonth, obtainedYear, obtainedTime)
                    .allMatch(v -> v == null || v.isBlank());
        }

        DateTimeInput obtainedAt() {
            return new DateTimeInput(new DateInput(obtainedDay, obtainedMonth, obtainedYear), obtainedTime);
        }

        public String getSupplier() { return supplier; }
        public void setSupplier(String v) { supplier = v; }
        public String getContact() { return contact; }
        public void setContact(String v) { contact = v; }
        public String getInformation() { return information; }
        public void setInformation(String v) { information = v; }
        public String getObtainedDay() { return obtainedDay; }
        public void setObtainedDay(String v) { obtainedDay = v; }
        public String getObtainedMonth() { return obtainedMonth; }
        public void setObtainedMonth(String v) { obtainedMonth = v; }
        public String getObtainedYear() { return obtainedYear; }
        public void setObtainedYear(String v) { obtainedYear = v; }
        public String getObtainedTime() { return obtainedTime; }
        public void setObtainedTime(String v) { obtainedTime = v; }
    }

    private String classification;
    private String riskLevel;
    @NotNull(message = "Enter your rank or role, for example Sergeant or missing person coordinator")
    @Size(max = 100, message = "This answer must be 100 characters or fewer")
    private String assessorRank;
    @NotNull(message = "Enter the reason for this risk level and the information it rests on")
    @Size(max = 4000, message = "Reason must be 4000 characters or fewer")
    private String rationale;
    private List<SourceRow> sources = blankRows();

    static final List<String> FIELD_ORDER = fieldOrder();

    private static List<String> fieldOrder() {
        List<String> order = new ArrayList<>(List.of("classification", "riskLevel", "assessorRank", "rationale"));
        for (int n = 0; n < SOURCE_ROWS; n++) {
            for (String f : List.of("supplier", "contact", "information", "obtainedDay")) {
                order.add("sources[" + n + "]." + f);
            }
        }
        return List.copyOf(order);
    }

    private static List<SourceRow> blankRows() {
        List<SourceRow> rows = new ArrayList<>();
        for (int n = 0; n < SOURCE_ROWS; n++) {
            rows.add(new SourceRow());
        }
        return rows;
    }

    public String getClassification() { return classification; }
    public void setClassification(String v) { classification = v; }
    public String getRiskLevel() { return riskLevel; }
    public void setRiskLevel(String v) { riskLevel = v; }
    public String getAssessorRank() { return assessorRank; }
    public void setAssessorRank(String v) { assessorRank = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }
    public List<SourceRow> getSources() { return sources; }
    public void setSources(List<SourceRow> v) { sources = v; }
}

package org.homeward.episode.internal;

/** A police classification and risk level, with the reason for it. */
public class GradingForm {

    private String classification;
    private String riskLevel;
    private String rationale;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("classification", "riskLevel", "rationale");


    public String getClassification() { return classification; }
    public void setClassification(String v) { classification = v; }
    public String getRiskLevel() { return riskLevel; }
    public void setRiskLevel(String v) { riskLevel = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }
}

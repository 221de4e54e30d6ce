package org.homeward.rhi.internal;

import jakarta.validation.constraints.NotNull;

/** What came of the offer, with the reason. */
public class OutcomeForm {

    private String outcome;
    @NotNull(message = "Enter the reason for the outcome")
    private String outcomeReason;
    private String parentCarerInformation;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("outcome", "outcomeReason", "parentCarerInformation");


    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getOutcomeReason() { return outcomeReason; }
    public void setOutcomeReason(String v) { outcomeReason = v; }
    public String getParentCarerInformation() { return parentCarerInformation; }
    public void setParentCarerInformation(String v) { parentCarerInformation = v; }
}

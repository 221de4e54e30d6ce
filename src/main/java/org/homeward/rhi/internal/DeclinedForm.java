package org.homeward.rhi.internal;

/** What follows a declined interview: what parents or carers said, and the social worker's decision on what next. */
public class DeclinedForm {

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("parentCarerInformation", "nextStep");

    private String parentCarerInformation;
    private String nextStep;

    public String getParentCarerInformation() { return parentCarerInformation; }
    public void setParentCarerInformation(String v) { parentCarerInformation = v; }
    public String getNextStep() { return nextStep; }
    public void setNextStep(String v) { nextStep = v; }
}

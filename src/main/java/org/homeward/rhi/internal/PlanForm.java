package org.homeward.rhi.internal;

/** How the child's plan now reflects an interview's findings. */
public class PlanForm {

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("planChange");

    private String planChange;

    public String getPlanChange() { return planChange; }
    public void setPlanChange(String v) { planChange = v; }
}

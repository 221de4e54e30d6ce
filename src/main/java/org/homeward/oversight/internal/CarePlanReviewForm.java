package org.homeward.oversight.internal;

import java.util.List;

/** The IRO's answer as typed. */
class CarePlanReviewForm {

    static final List<String> FIELD_ORDER = List.of("reviewNeeded", "rationale");

    private String reviewNeeded;
    private String rationale;

    public String getReviewNeeded() { return reviewNeeded; }
    public void setReviewNeeded(String v) { reviewNeeded = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }
}

package org.homeward.oversight.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The IRO's answer as typed. */
class CarePlanReviewForm {

    static final List<String> FIELD_ORDER = List.of("reviewNeeded", "rationale");

    @NotNull(message = "Select yes if the care plan needs review, or no")
    @Pattern(regexp = "yes|no", message = "Select yes if the care plan needs review, or no")
    private String reviewNeeded;
    @NotNull(message = "Enter the reason for your decision")
    @Size(max = 5000, message = "Reason must be 5000 characters or fewer")
    private String rationale;

    public String getReviewNeeded() { return reviewNeeded; }
    public void setReviewNeeded(String v) { reviewNeeded = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }
}

package org.homeward.rhi.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why no interview is offered; a manager signs it off. */
public class NotOfferedForm {

    @NotNull(message = "Enter why no interview is offered")
    @Size(max = 2000, message = "Why no interview is offered must be 2000 characters or fewer")
    private String notOfferedReason;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("notOfferedReason");


    public String getNotOfferedReason() { return notOfferedReason; }
    public void setNotOfferedReason(String v) { notOfferedReason = v; }
}

package org.homeward.records.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Asking for a record to be disposed of: why. */
public class DisposalForm {

    static final List<String> FIELD_ORDER = List.of("reason");

    @NotNull(message = "Enter why this record should be disposed of")
    @Size(max = 2000, message = "Reason must be 2000 characters or fewer")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}

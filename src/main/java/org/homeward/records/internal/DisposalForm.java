package org.homeward.records.internal;

import java.util.List;

/** Asking for a record to be disposed of: why. */
public class DisposalForm {

    static final List<String> FIELD_ORDER = List.of("reason");

    private String reason;

    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}

package org.homeward.meeting.internal;

/** A manager's decision not to convene the meeting the criteria call for, and why. */
public class NotConvenedForm {

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("notConvenedReason");

    private String notConvenedReason;

    public String getNotConvenedReason() { return notConvenedReason; }
    public void setNotConvenedReason(String v) { notConvenedReason = v; }
}

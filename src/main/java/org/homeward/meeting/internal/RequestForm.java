package org.homeward.meeting.internal;

/** A request for a meeting that the rules cannot see in the data. */
public class RequestForm {

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("kind", "reason");

    private String kind;
    private String reason;

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}

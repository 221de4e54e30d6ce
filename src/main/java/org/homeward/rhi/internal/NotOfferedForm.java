package org.homeward.rhi.internal;


/** Why no interview is offered; a manager signs it off. */
public class NotOfferedForm {

    private String notOfferedReason;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("notOfferedReason");


    public String getNotOfferedReason() { return notOfferedReason; }
    public void setNotOfferedReason(String v) { notOfferedReason = v; }
}

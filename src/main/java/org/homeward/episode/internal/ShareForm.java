package org.homeward.episode.internal;

/** A record that a safe-and-well outcome was shared. */
public class ShareForm {

    private String checkId;
    private String sharedWith;
    private String method;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("sharedWith", "method");


    public String getCheckId() { return checkId; }
    public void setCheckId(String v) { checkId = v; }
    public String getSharedWith() { return sharedWith; }
    public void setSharedWith(String v) { sharedWith = v; }
    public String getMethod() { return method; }
    public void setMethod(String v) { method = v; }
}

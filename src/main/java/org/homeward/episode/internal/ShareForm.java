package org.homeward.episode.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A record that a safe-and-well outcome was shared. */
public class ShareForm {

    private String checkId;
    @NotNull(message = "Enter who the outcome was shared with: their name and agency")
    @Size(max = 300, message = "This answer must be 300 characters or fewer")
    private String sharedWith;
    @NotNull(message = "Enter how it was shared, for example by secure email or in a call")
    @Size(max = 100, message = "This answer must be 100 characters or fewer")
    private String method;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("sharedWith", "method");


    public String getCheckId() { return checkId; }
    public void setCheckId(String v) { checkId = v; }
    public String getSharedWith() { return sharedWith; }
    public void setSharedWith(String v) { sharedWith = v; }
    public String getMethod() { return method; }
    public void setMethod(String v) { method = v; }
}

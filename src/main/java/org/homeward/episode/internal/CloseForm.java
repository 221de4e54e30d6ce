package org.homeward.episode.internal;

/** Closing an episode: the decision and why. */
public class CloseForm {

    private String closureNote;
    private String version;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("closureNote");


    public String getClosureNote() { return closureNote; }
    public void setClosureNote(String v) { closureNote = v; }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
}

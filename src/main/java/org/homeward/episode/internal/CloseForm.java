package org.homeward.episode.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Closing an episode: the decision and why. */
public class CloseForm {

    static final List<String> FIELD_ORDER = List.of("closureNote");

    @NotNull(message = "Enter why the episode can close")
    @Size(max = 2000, message = "This answer must be 2000 characters or fewer")
    private String closureNote;
    private String version;

    public String getClosureNote() { return closureNote; }
    public void setClosureNote(String v) { closureNote = v; }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
}

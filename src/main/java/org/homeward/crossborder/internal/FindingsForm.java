package org.homeward.crossborder.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The findings of an interview the host side held, as returned to the placing authority. */
public class FindingsForm {

    static final List<String> FIELD_ORDER = List.of("findings");

    @NotNull(message = "Enter the interview's findings for the placing authority")
    @Size(max = 10000, message = "The findings must be 10000 characters or fewer")
    private String findings;

    public String getFindings() { return findings; }
    public void setFindings(String v) { findings = v; }
}

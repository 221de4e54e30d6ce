package org.homeward.crossborder.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Who holds the return home interview of a child placed out of area, and how it was agreed. */
public class ResponsibilityForm {

    static final List<String> FIELD_ORDER = List.of("responsible", "agreement");

    @NotNull(message = "Select which authority holds the return home interview")
    @Pattern(regexp = "PLACING|HOST", message = "Select which authority holds the return home interview")
    private String responsible;
    @NotNull(message = "Enter who agreed it and how, for example \"Agreed by phone with the host's team manager\"")
    @Size(max = 1000, message = "The agreement must be 1000 characters or fewer")
    private String agreement;

    public String getResponsible() { return responsible; }
    public void setResponsible(String v) { responsible = v; }
    public String getAgreement() { return agreement; }
    public void setAgreement(String v) { agreement = v; }
}

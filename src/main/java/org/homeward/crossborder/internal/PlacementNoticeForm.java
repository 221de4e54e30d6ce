package org.homeward.crossborder.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the notice to the host area needs that Homeward does not hold elsewhere (DOMAIN.md XB-01). */
public class PlacementNoticeForm {

    static final List<String> FIELD_ORDER = List.of("placingContact", "iroContact", "ehcPlan", "maintainingAuthority");

    @NotNull(message = "Enter the placing authority's contact: name, role, phone and email")
    @Size(max = 500, message = "The placing authority's contact must be 500 characters or fewer")
    private String placingContact;
    @NotNull(message = "Enter the independent reviewing officer's name and contact details")
    @Size(max = 500, message = "The independent reviewing officer's details must be 500 characters or fewer")
    private String iroContact;
    @NotNull(message = "Select whether the child has an education, health and care plan")
    @Pattern(regexp = "YES|NO|NOT_KNOWN", message = "Select whether the child has an education, health and care plan")
    private String ehcPlan;
    /** Asked only when there is a plan, so checked where the plan's answer is known. */
    private String maintainingAuthority;

    public String getPlacingContact() { return placingContact; }
    public void setPlacingContact(String v) { placingContact = v; }
    public String getIroContact() { return iroContact; }
    public void setIroContact(String v) { iroContact = v; }
    public String getEhcPlan() { return ehcPlan; }
    public void setEhcPlan(String v) { ehcPlan = v; }
    public String getMaintainingAuthority() { return maintainingAuthority; }
    public void setMaintainingAuthority(String v) { maintainingAuthority = v; }
}

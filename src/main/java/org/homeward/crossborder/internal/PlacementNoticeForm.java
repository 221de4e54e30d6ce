package org.homeward.crossborder.internal;

import java.util.List;

/** What the notice to the host area needs that Homeward does not hold elsewhere (DOMAIN.md XB-01). */
public class PlacementNoticeForm {

    static final List<String> FIELD_ORDER = List.of("placingContact", "iroContact", "ehcPlan", "maintainingAuthority");

    private String placingContact;
    private String iroContact;
    private String ehcPlan;
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

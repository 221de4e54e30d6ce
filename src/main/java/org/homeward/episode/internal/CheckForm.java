package org.homeward.episode.internal;

import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;

/** A police safe-and-well check (prevention interview). */
public class CheckForm {

    private String heldDay;
    private String heldMonth;
    private String heldYear;
    private String heldTime;
    private String officer;
    private String method;
    private String disclosures;
    private String harm;
    private String immediateActions;
    private String referrals;
    private String significantHarm;

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("heldDay", "officer", "method", "disclosures",
            "harm", "immediateActions", "referrals", "significantHarm");

    DateTimeInput heldAt() {
        return new DateTimeInput(new DateInput(heldDay, heldMonth, heldYear), heldTime);
    }

    public String getHeldDay() { return heldDay; }
    public void setHeldDay(String v) { heldDay = v; }
    public String getHeldMonth() { return heldMonth; }
    public void setHeldMonth(String v) { heldMonth = v; }
    public String getHeldYear() { return heldYear; }
    public void setHeldYear(String v) { heldYear = v; }
    public String getHeldTime() { return heldTime; }
    public void setHeldTime(String v) { heldTime = v; }
    public String getOfficer() { return officer; }
    public void setOfficer(String v) { officer = v; }
    public String getMethod() { return method; }
    public void setMethod(String v) { method = v; }
    public String getDisclosures() { return disclosures; }
    public void setDisclosures(String v) { disclosures = v; }
    public String getHarm() { return harm; }
    public void setHarm(String v) { harm = v; }
    public String getImmediateActions() { return immediateActions; }
    public void setImmediateActions(String v) { immediateActions = v; }
    public String getReferrals() { return referrals; }
    public void setReferrals(String v) { referrals = v; }
    public String getSignificantHarm() { return significantHarm; }
    public void setSignificantHarm(String v) { significantHarm = v; }
}

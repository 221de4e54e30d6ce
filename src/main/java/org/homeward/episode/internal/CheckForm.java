package org.homeward.episode.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;

/**
 * A police safe-and-well check (prevention interview). The shape of each answer is checked as it arrives; the
 * time, and whether the episode can take a check at all, by the episode.
 */
public class CheckForm {

    private String heldDay;
    private String heldMonth;
    private String heldYear;
    private String heldTime;
    @NotNull(message = "Enter the name of the officer who held the check")
    @Size(max = 200, message = "This answer must be 200 characters or fewer")
    private String officer;
    @NotNull(message = "Select whether the check was face to face or by phone")
    @Pattern(regexp = "FACE_TO_FACE|PHONE", message = "Select whether the check was face to face or by phone")
    private String method;
    @Size(max = 4000, message = "Disclosures must be 4000 characters or fewer")
    private String disclosures;
    @Size(max = 4000, message = "Harm must be 4000 characters or fewer")
    private String harm;
    @Size(max = 4000, message = "Immediate safeguarding actions must be 4000 characters or fewer")
    private String immediateActions;
    @Size(max = 2000, message = "Referrals must be 2000 characters or fewer")
    private String referrals;
    @Pattern(regexp = "yes|no", message = "Select whether significant harm is suspected")
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

package org.homeward.meeting.internal;

import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;

/** A strategy discussion as held: who took part for each agency, the section 47 decision, the outcome. */
public class DiscussionForm {

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("heldDay", "policeParticipant",
            "socialCareParticipant", "healthParticipant", "otherParticipants", "section47", "outcome",
            "triggerPlanNeeded", "childViews", "childViewsNotObtained");

    private String heldDay;
    private String heldMonth;
    private String heldYear;
    private String heldTime;
    private String policeParticipant;
    private String socialCareParticipant;
    private String healthParticipant;
    private String otherParticipants;
    private String section47;
    private String outcome;
    private String triggerPlanNeeded;
    private String childViews;
    private String childViewsNotObtained;

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
    public String getPoliceParticipant() { return policeParticipant; }
    public void setPoliceParticipant(String v) { policeParticipant = v; }
    public String getSocialCareParticipant() { return socialCareParticipant; }
    public void setSocialCareParticipant(String v) { socialCareParticipant = v; }
    public String getHealthParticipant() { return healthParticipant; }
    public void setHealthParticipant(String v) { healthParticipant = v; }
    public String getOtherParticipants() { return otherParticipants; }
    public void setOtherParticipants(String v) { otherParticipants = v; }
    public String getSection47() { return section47; }
    public void setSection47(String v) { section47 = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getTriggerPlanNeeded() { return triggerPlanNeeded; }
    public void setTriggerPlanNeeded(String v) { triggerPlanNeeded = v; }
    public String getChildViews() { return childViews; }
    public void setChildViews(String v) { childViews = v; }
    public String getChildViewsNotObtained() { return childViewsNotObtained; }
    public void setChildViewsNotObtained(String v) { childViewsNotObtained = v; }
}

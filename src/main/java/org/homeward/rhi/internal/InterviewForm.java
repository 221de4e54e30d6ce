package org.homeward.rhi.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;
import org.homeward.platform.web.ActionRows;


/** The interview: before, during and after the episode, in the child's own words. */
public class InterviewForm {

    private String heldDay;
    private String heldMonth;
    private String heldYear;
    private String heldTime;
    @NotNull(message = "Enter the interviewer's name")
    @Size(max = 200, message = "The interviewer's name must be 200 characters or fewer")
    private String interviewerName;
    private String interviewerRole;
    @NotNull(message = "Enter the interviewer's agency")
    @Size(max = 200, message = "The interviewer's agency must be 200 characters or fewer")
    private String interviewerAgency;
    private String childChoseKnownWorker;
    private String whereWent;
    private String whoWith;
    private String travel;
    private String howReturned;
    @NotNull(message = "Enter whether the child came to harm while missing")
    @Size(max = 20000, message = "Harm while missing must be 20000 characters or fewer")
    private String harm;
    private String exploitation;
    private String exploitationDetail;
    private String health;
    private String education;
    private String feelingSafe;
    private String stayingSafeGiven;
    private String helplineGiven;
    private String childWords;
    private String childWordsNotObtained;
    private java.util.List<String> pushFactors = new java.util.ArrayList<>();
    private java.util.List<String> pullFactors = new java.util.ArrayList<>();
    private java.util.List<String> harms = new java.util.ArrayList<>();
    private java.util.List<String> associates = new java.util.ArrayList<>();
    private java.util.List<String> locations = new java.util.ArrayList<>();
    private java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
    private String consentToShare;
    private String shareWith;
    private String supportDecision;
    private String referralTo;
    private java.util.List<String> alsoCovers = new java.util.ArrayList<>();
    private java.util.List<ActionRows.Row> actions =
            ActionRows.blankRows(3);

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("heldDay", "interviewerName", "interviewerRole", "interviewerAgency", "childChoseKnownWorker", "whereWent", "whoWith", "travel", "howReturned", "harms", "harm", "exploitation", "exploitationDetail", "health", "education", "feelingSafe", "stayingSafeGiven", "helplineGiven", "childWords", "pushFactors", "pullFactors", "associates", "locations", "consentToShare", "shareWith",
            "supportDecision", "referralTo", "actions[0].action", "actions[0].ownerId", "actions[0].dueDay",
            "actions[1].action", "actions[1].ownerId", "actions[1].dueDay", "actions[2].action", "actions[2].ownerId",
            "actions[2].dueDay", "alsoCovers");

    /** The recorded interview's answers, to correct them. */
    static InterviewForm of(OfferRecords.Interview i, java.util.List<OfferRecords.Factor> factors,
                            OfferRecords.Links links) {
        InterviewForm f = new InterviewForm();
        java.time.ZonedDateTime held = i.heldAt().atZone(ClockConfiguration.LONDON);
        f.heldDay = String.valueOf(held.getDayOfMonth());
        f.heldMonth = String.valueOf(held.getMonthValue());
        f.heldYear = String.valueOf(held.getYear());
        f.heldTime = String.format("%02d:%02d", held.getHour(), held.getMinute());
        f.interviewerName = i.interviewerName();
        f.interviewerRole = i.interviewerRole();
        f.interviewerAgency = i.interviewerAgency();
        f.childChoseKnownWorker = i.childChoseKnownWorker() ? "yes" : "no";
        f.whereWent = i.whereWent();
        f.whoWith = i.whoWith();
        f.travel = i.travel();
        f.howReturned = i.howReturned();
        f.harm = i.harm();
        f.exploitation = i.exploitation() ? "yes" : "no";
        f.exploitationDetail = i.exploitationDetail();
        f.health = i.health();
        f.education = i.education();
        f.feelingSafe = i.feelingSafe();
        f.stayingSafeGiven = String.valueOf(i.stayingSafeGiven());
        f.helplineGiven = String.valueOf(i.helplineGiven());
        f.childWords = i.childWords();
        f.childWordsNotObtained = i.childWordsNotObtained();
        f.consentToShare = i.consentToShare() ? "yes" : "no";
        f.shareWith = i.shareWith();
        f.supportDecision = i.supportDecision();
        f.referralTo = i.referralTo();
        for (OfferRecords.Factor factor : factors) {
            (factor.vocabulary().equals(InterviewAnswers.PUSH) ? f.pushFactors
                    : factor.vocabulary().equals(InterviewAnswers.PULL) ? f.pullFactors : f.harms).add(factor.code());
            if (factor.detail() != null) {
                f.details.put(factor.code(), factor.detail());
            }
        }
        links.associates().forEach(a -> f.associates.add(a.toString()));
        links.locations().forEach(l -> f.locations.add(l.toString()));
        return f;
    }

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
    public String getInterviewerName() { return interviewerName; }
    public void setInterviewerName(String v) { interviewerName = v; }
    public String getInterviewerRole() { return interviewerRole; }
    public void setInterviewerRole(String v) { interviewerRole = v; }
    public String getInterviewerAgency() { return interviewerAgency; }
    public void setInterviewerAgency(String v) { interviewerAgency = v; }
    public String getChildChoseKnownWorker() { return childChoseKnownWorker; }
    public void setChildChoseKnownWorker(String v) { childChoseKnownWorker = v; }
    public String getWhereWent() { return whereWent; }
    public void setWhereWent(String v) { whereWent = v; }
    public String getWhoWith() { return whoWith; }
    public void setWhoWith(String v) { whoWith = v; }
    public String getTravel() { return travel; }
    public void setTravel(String v) { travel = v; }
    public String getHowReturned() { return howReturned; }
    public void setHowReturned(String v) { howReturned = v; }
    public String getHarm() { return harm; }
    public void setHarm(String v) { harm = v; }
    public String getExploitation() { return exploitation; }
    public void setExploitation(String v) { exploitation = v; }
    public String getExploitationDetail() { return exploitationDetail; }
    public void setExploitationDetail(String v) { exploitationDetail = v; }
    public String getHealth() { return health; }
    public void setHealth(String v) { health = v; }
    public String getEducation() { return education; }
    public void setEducation(String v) { education = v; }
    public String getFeelingSafe() { return feelingSafe; }
    public void setFeelingSafe(String v) { feelingSafe = v; }
    public String getStayingSafeGiven() { return stayingSafeGiven; }
    public void setStayingSafeGiven(String v) { stayingSafeGiven = v; }
    public String getHelplineGiven() { return helplineGiven; }
    public void setHelplineGiven(String v) { helplineGiven = v; }
    public String getChildWords() { return childWords; }
    public void setChildWords(String v) { childWords = v; }
    public String getChildWordsNotObtained() { return childWordsNotObtained; }
    public void setChildWordsNotObtained(String v) { childWordsNotObtained = v; }
    public java.util.List<String> getPushFactors() { return pushFactors; }
    public void setPushFactors(java.util.List<String> v) { pushFactors = v; }
    public java.util.List<String> getPullFactors() { return pullFactors; }
    public void setPullFactors(java.util.List<String> v) { pullFactors = v; }
    public java.util.List<String> getHarms() { return harms; }
    public void setHarms(java.util.List<String> v) { harms = v; }
    public java.util.List<String> getAssociates() { return associates; }
    public void setAssociates(java.util.List<String> v) { associates = v; }
    public java.util.List<String> getLocations() { return locations; }
    public void setLocations(java.util.List<String> v) { locations = v; }
    public java.util.Map<String, String> getDetails() { return details; }
    public void setDetails(java.util.Map<String, String> v) { details = v; }
    public String getConsentToShare() { return consentToShare; }
    public void setConsentToShare(String v) { consentToShare = v; }
    public String getShareWith() { return shareWith; }
    public void setShareWith(String v) { shareWith = v; }
    public String getSupportDecision() { return supportDecision; }
    public void setSupportDecision(String v) { supportDecision = v; }
    public String getReferralTo() { return referralTo; }
    public void setReferralTo(String v) { referralTo = v; }
    public java.util.List<String> getAlsoCovers() { return alsoCovers; }
    public void setAlsoCovers(java.util.List<String> v) { alsoCovers = v; }
    public java.util.List<ActionRows.Row> getActions() { return actions; }
    public void setActions(java.util.List<ActionRows.Row> v) { actions = v; }

    /** "yes" raises a strategy discussion (EP-09); kept apart from the interview's answers, which corrections may change. */
    private String significantHarm;

    public String getSignificantHarm() { return significantHarm; }
    public void setSignificantHarm(String v) { significantHarm = v; }
}

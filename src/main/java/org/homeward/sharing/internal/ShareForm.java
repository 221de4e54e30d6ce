package org.homeward.sharing.internal;

import java.util.List;
import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;

/** A share recorded by hand: made by phone, email, in a meeting..., or information received from a third party. */
public class ShareForm {

    static final List<String> FIELD_ORDER = List.of("direction", "summary", "documentKind", "fromAgencyId",
            "fromAgency", "fromPerson", "toAgencyId", "toAgency", "toPerson", "sharedDay", "method", "methodDetail",
            "purpose", "article6", "specialCategory", "article9", "schedule1", "consent", "consentDetail", "evidence",
            "thirdParty", "provenance");

    private String direction;
    private String summary;
    private String documentKind;
    private String fromAgencyId;
    private String fromAgency;
    private String fromPerson;
    private String toAgencyId;
    private String toAgency;
    private String toPerson;
    private String sharedDay;
    private String sharedMonth;
    private String sharedYear;
    private String sharedTime;
    private String method;
    private String methodDetail;
    private String purpose;
    private String article6;
    private String specialCategory;
    private String article9;
    private String schedule1;
    private String consent;
    private String consentDetail;
    private String evidence;
    private String thirdParty;
    private String provenance;

    DateTimeInput sharedAt() {
        return new DateTimeInput(new DateInput(sharedDay, sharedMonth, sharedYear), sharedTime);
    }

    public String getDirection() { return direction; }
    public void setDirection(String v) { direction = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getDocumentKind() { return documentKind; }
    public void setDocumentKind(String v) { documentKind = v; }
    public String getFromAgencyId() { return fromAgencyId; }
    public void setFromAgencyId(String v) { fromAgencyId = v; }
    public String getFromAgency() { return fromAgency; }
    public void setFromAgency(String v) { fromAgency = v; }
    public String getFromPerson() { return fromPerson; }
    public void setFromPerson(String v) { fromPerson = v; }
    public String getToAgencyId() { return toAgencyId; }
    public void setToAgencyId(String v) { toAgencyId = v; }
    public String getToAgency() { return toAgency; }
    public void setToAgency(String v) { toAgency = v; }
    public String getToPerson() { return toPerson; }
    public void setToPerson(String v) { toPerson = v; }
    public String getSharedDay() { return sharedDay; }
    public void setSharedDay(String v) { sharedDay = v; }
    public String getSharedMonth() { return sharedMonth; }
    public void setSharedMonth(String v) { sharedMonth = v; }
    public String getSharedYear() { return sharedYear; }
    public void setSharedYear(String v) { sharedYear = v; }
    public String getSharedTime() { return sharedTime; }
    public void setSharedTime(String v) { sharedTime = v; }
    public String getMethod() { return method; }
    public void setMethod(String v) { method = v; }
    public String getMethodDetail() { return methodDetail; }
    public void setMethodDetail(String v) { methodDetail = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getArticle6() { return article6; }
    public void setArticle6(String v) { article6 = v; }
    public String getSpecialCategory() { return specialCategory; }
    public void setSpecialCategory(String v) { specialCategory = v; }
    public String getArticle9() { return article9; }
    public void setArticle9(String v) { article9 = v; }
    public String getSchedule1() { return schedule1; }
    public void setSchedule1(String v) { schedule1 = v; }
    public String getConsent() { return consent; }
    public void setConsent(String v) { consent = v; }
    public String getConsentDetail() { return consentDetail; }
    public void setConsentDetail(String v) { consentDetail = v; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String v) { evidence = v; }
    public String getThirdParty() { return thirdParty; }
    public void setThirdParty(String v) { thirdParty = v; }
    public String getProvenance() { return provenance; }
    public void setProvenance(String v) { provenance = v; }
}

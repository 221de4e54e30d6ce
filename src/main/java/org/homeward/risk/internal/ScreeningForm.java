package org.homeward.risk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The screening as typed: the version it answers, an answer and evidence for each factor by code,
 * then the assessor's decision on the suggested rating. The answers travel with the decision page,
 * so nothing is stored until the screening is saved whole.
 */
public class ScreeningForm {

    private String versionId;
    private Map<String, String> answers = new LinkedHashMap<>();
    private Map<String, String> evidence = new LinkedHashMap<>();
    private String agree;
    private String rating;
    private String rationale;
    private String childViews;
    private String childViewsNotObtained;

    /** The error summary's order: the questions as the page asks them, then the decision. */
    static List<String> fieldOrder(Instrument instrument) {
        List<String> order = new ArrayList<>();
        for (Instrument.Factor f : instrument.factors()) {
            order.add("answers[" + f.code() + "]");
            order.add("evidence[" + f.code() + "]");
        }
        order.addAll(List.of("childViews", "childViewsNotObtained", "agree", "rating", "rationale", "significantHarm"));
        return order;
    }

    public String getVersionId() { return versionId; }
    public void setVersionId(String v) { versionId = v; }
    public Map<String, String> getAnswers() { return answers; }
    public void setAnswers(Map<String, String> v) { answers = v; }
    public Map<String, String> getEvidence() { return evidence; }
    public void setEvidence(Map<String, String> v) { evidence = v; }
    public String getAgree() { return agree; }
    public void setAgree(String v) { agree = v; }
    public String getRating() { return rating; }
    public void setRating(String v) { rating = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }
    public String getChildViews() { return childViews; }
    public void setChildViews(String v) { childViews = v; }
    public String getChildViewsNotObtained() { return childViewsNotObtained; }
    public void setChildViewsNotObtained(String v) { childViewsNotObtained = v; }

    /** "yes" raises a strategy discussion (EP-09). */
    private String significantHarm;

    public String getSignificantHarm() { return significantHarm; }
    public void setSignificantHarm(String v) { significantHarm = v; }
}

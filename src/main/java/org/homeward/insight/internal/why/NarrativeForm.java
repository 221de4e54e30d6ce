package org.homeward.insight.internal.why;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.homeward.platform.web.FormChecks;
import org.springframework.validation.Errors;

/**
 * The narrative sections of a draft report as typed, the version of the draft the analyst read, and whether they
 * asked to save it or to issue it. Each section's length is checked as it arrives; that each is written, only when
 * issuing, by {@link #check}.
 */
public class NarrativeForm {

    static final List<String> FIELD_ORDER = List.of("summary", "childrenTellUs", "meansForPartnership", "recommendations");
    static final int LONGEST = 20_000;

    @Size(max = LONGEST, message = "Summary must be 20,000 characters or fewer")
    private String summary;
    @Size(max = LONGEST, message = "What children tell us must be 20,000 characters or fewer")
    private String childrenTellUs;
    @Size(max = LONGEST, message = "What this means for the partnership must be 20,000 characters or fewer")
    private String meansForPartnership;
    @Size(max = LONGEST, message = "Recommendations must be 20,000 characters or fewer")
    private String recommendations;
    private Long version;
    private String action;

    static NarrativeForm of(WhyReports.Report r) {
        NarrativeForm form = new NarrativeForm();
        form.summary = r.summary();
        form.childrenTellUs = r.childrenTellUs();
        form.meansForPartnership = r.meansForPartnership();
        form.recommendations = r.recommendations();
        form.version = r.version();
        return form;
    }

    boolean issuing() {
        return "issue".equals(action);
    }

    WhyReports.Narrative narrative() {
        return new WhyReports.Narrative(FormChecks.trimmed(summary), FormChecks.trimmed(childrenTellUs),
                FormChecks.trimmed(meansForPartnership), FormChecks.trimmed(recommendations));
    }

    /** To issue, each section written. */
    void check(Errors errors) {
        if (!issuing()) {
            return;
        }
        String[][] sections = {{summary, "summary", "the summary"}, {childrenTellUs, "childrenTellUs",
                "what children tell us"}, {meansForPartnership, "meansForPartnership",
                "what this means for the partnership"}, {recommendations, "recommendations", "the recommendations"}};
        for (String[] s : sections) {
            FormChecks.required(s[0], s[1], "Enter " + s[2] + " before issuing the report", errors);
        }
    }

    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getChildrenTellUs() { return childrenTellUs; }
    public void setChildrenTellUs(String v) { childrenTellUs = v; }
    public String getMeansForPartnership() { return meansForPartnership; }
    public void setMeansForPartnership(String v) { meansForPartnership = v; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String v) { recommendations = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
}

package org.homeward.insight.internal.reports;

/** The reports the partnership receives on a schedule. */
public enum ReportKind {
    /** To the partnership's missing sub-group, each quarter (SR-10; the Swindon and Wiltshire model, S88). */
    QUARTERLY("Quarterly report to the missing sub-group", "quarterly", false),
    /** To the corporate parenting panel: the council's looked-after children only. */
    CORPORATE_PARENTING("Corporate parenting report: looked-after children who go missing", "corporate-parenting", true);

    private final String title;
    private final String slug;
    private final boolean lookedAfterOnly;

    ReportKind(String title, String slug, boolean lookedAfterOnly) {
        this.title = title;
        this.slug = slug;
        this.lookedAfterOnly = lookedAfterOnly;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }

    public boolean lookedAfterOnly() {
        return lookedAfterOnly;
    }
}

package org.homeward.insight.internal.reports;

import java.util.List;

/**
 * A report as it was produced: its tables of figures, already suppressed, in order. Stored as JSON and never
 * recomputed, so the page, the PDF and the CSV always say the same.
 */
public record ReportContent(String title, String subtitle, List<Table> tables) {

    /** One table: a caption, column headings and rows of cells as shown (the first cell heads its row). */
    public record Table(String caption, List<String> headings, List<List<String>> rows, String note) {
    }
}

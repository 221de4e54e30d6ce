package org.homeward.insight.internal.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.insight.internal.Charts;
import org.springframework.stereotype.Component;

/**
 * The charts of a report's PDF, drawn from the tables it was produced with, so that they say what the tables say
 * however long after it is read: the month-by-month episodes as lines against the year before, and each
 * breakdown's episodes as bars. A suppressed count ("fewer than 5") is left out of the chart, as on the page.
 */
@Component
class ReportCharts {

    private final Charts charts;

    ReportCharts(Charts charts) {
        this.charts = charts;
    }

    /** The image to stand above each table that has one, by the table's place in the report. */
    Map<Integer, String> forPdf(ReportContent content) {
        Map<Integer, String> drawn = new HashMap<>();
        for (int i = 0; i < content.tables().size(); i++) {
            ReportContent.Table t = content.tables().get(i);
            List<String> headings = t.headings();
            if (headings.size() != 3 || !"Episodes".equals(headings.get(1)) || t.rows().isEmpty()) {
                continue;
            }
            List<String> labels = t.rows().stream().map(r -> r.get(0)).toList();
            String id = "chart-" + i;
            if ("A year earlier".equals(headings.get(2))) {
                Map<String, List<? extends Number>> series = new LinkedHashMap<>();
                series.put("Episodes", column(t, 1));
                series.put("Same month a year earlier", column(t, 2));
                drawn.put(i, charts.lines(Charts.Medium.PDF, id, t.caption(), labels, series));
            } else if ("Children".equals(headings.get(2))) {
                drawn.put(i, charts.bars(Charts.Medium.PDF, id, "Episodes by " + t.caption().toLowerCase(
                        Locale.UK), labels, column(t, 1)));
            }
        }
        return drawn;
    }

    /** A column's counts as numbers; null for one not shown. */
    private static List<Long> column(ReportContent.Table t, int column) {
        List<Long> values = new ArrayList<>();
        for (List<String> row : t.rows()) {
            String cell = row.get(column).replace(",", "");
            values.add(cell.matches("[0-9]{1,15}") ? Long.valueOf(cell) : null);
        }
        return values;
    }
}

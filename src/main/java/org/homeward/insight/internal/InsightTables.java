package org.homeward.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tables shown alike on the dashboard and in the reports. */
public final class InsightTables {

    /**
     * A cross-tabulation as shown: headings, then rows whose first cell heads the row; with, for each row, the
     * row's code and the exact counts behind its cells, and the column dimension's codes, to link each cell.
     */
    public record CrossTable(String title, List<String> headings, List<List<String>> rows, List<String> rowCodes,
                             List<List<Long>> counts, String by, List<String> byCodes) {
    }

    private InsightTables() {
    }

    /** Police risk level by age band and by sex, episodes suppressed as everywhere. */
    public static List<CrossTable> riskBy(PartnershipFigures.Figures f, Suppression suppression) {
        List<CrossTable> tables = new ArrayList<>();
        f.riskBy().forEach((by, table) -> {
            List<String> headings = new ArrayList<>(List.of("Police risk level"));
            by.codes().forEach(code -> headings.add(Labels.of(by.name(), code)));
            List<List<String>> rows = new ArrayList<>();
            List<List<Long>> exact = new ArrayList<>();
            table.forEach((risk, counts) -> {
                List<String> row = new ArrayList<>(List.of(Labels.of("RISK", risk)));
                counts.values().forEach(n -> row.add(suppression.count(n)));
                rows.add(row);
                exact.add(List.copyOf(counts.values()));
            });
            tables.add(new CrossTable("Police risk level by " + by.title().toLowerCase(Locale.UK) + " (episodes)",
                    headings, rows, List.copyOf(table.keySet()), exact, by.name(), by.codes()));
        });
        return tables;
    }
}

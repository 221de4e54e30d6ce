package org.homeward.insight.internal.why;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.insight.internal.Charts;
import org.homeward.insight.internal.FigureLinks;
import org.homeward.insight.internal.Labels;
import org.homeward.insight.internal.Suppression;
import org.springframework.stereotype.Component;

/**
 * The figures as they are shown, on the page, in a draft report and frozen in an issued one: tables of text with
 * every small count already suppressed, so that what is stored for the board holds no count a reader may not see.
 * The page draws a chart from the same figures beside the tables that have one.
 */
@Component
class WhyTables {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);
    private static final Map<String, String> TITLES = Map.of("rhi-push-factor", "Push factors: what made children leave",
            "rhi-pull-factor", "Pull factors: what drew children away", "rhi-harm", "Harm while missing");
    private static final Map<String, String> SECTIONS = Map.of("rhi-push-factor", "Push factors",
            "rhi-pull-factor", "Pull factors", "rhi-harm", "Harms");
    /** The factors the trend chart follows: the most common over the period, as many as it has colours. */
    private static final int TRENDED = 5;

    /**
     * One row: a label and its cells; a {@code section} row heads the rows after it. {@code factor} is the coded
     * factor ("rhi-push-factor.BULLYING") whose children's words may be read, or null.
     */
    record Line(String label, boolean section, List<String> cells, String factor) {
    }

    /**
     * One table. With {@code groups}, each group spans {@code columns} (quarters, each with interviews and
     * children); the first {@code textColumns} columns hold words, the rest numbers.
     */
    record Table(String id, String title, String caption, String rowHeader, List<String> groups, List<String> columns,
                 int textColumns, List<Line> lines) {
    }

    /** All the tables, with what they are for; what an issued report freezes. */
    record Shown(LocalDate from, LocalDate to, String scope, String counted, int threshold, List<Table> tables) {
    }

    private final Suppression suppression;
    private final Charts charts;

    WhyTables(Suppression suppression, Charts charts) {
        this.suppression = suppression;
        this.charts = charts;
    }

    Shown shown(WhyFigures.Figures f, String scope, String counted) {
        List<Table> tables = new ArrayList<>();
        WhyFigures.Row all = f.row(WhyFigures.ALL, "");
        long held = all.total().interviews();
        List<Line> headline = new ArrayList<>();
        for (String key : List.of(WhyFigures.ALL, WhyFigures.CODED, WhyFigures.EXPLOITATION)) {
            WhyFigures.Row r = f.row(key, "");
            headline.add(new Line(r.label(), false, List.of(suppression.count(r.total().interviews()),
                    suppression.count(r.total().children()),
                    key.equals(WhyFigures.ALL) ? "" : suppression.percent(r.total().interviews(), held)), null));
        }
        tables.add(new Table("interviews", "Return interviews held", "Return interviews after the period's episodes",
                "Measure", List.of(), List.of("Interviews", "Children", "Share of interviews"), 0, headline));

        for (String vocabulary : WhyFigures.VOCABULARIES) {
            List<Line> lines = new ArrayList<>();
            for (WhyFigures.Row r : f.factors(vocabulary)) {
                boolean readable = r.total().interviews() > 0 && !suppression.hides(r.total().interviews());
                lines.add(new Line(r.label(), false, List.of(suppression.count(r.total().interviews()),
                        suppression.count(r.total().children()), suppression.percent(r.total().interviews(), held)),
                        readable ? r.vocabulary() + "." + r.code() : null));
            }
            tables.add(new Table(vocabulary, TITLES.get(vocabulary), TITLES.get(vocabulary)
                    + ", coded at return interviews", "Factor", List.of(),
                    List.of("Interviews", "Children", "Share of interviews"), 0, lines));
        }

        tables.add(new Table("quarters", "Quarter by quarter", "Interviews and children by the quarter the episode began",
                "Factor", f.quarters().stream().map(WhyTables::quarter).toList(), List.of("Interviews", "Children"), 0,
                grouped(f, true)));
        tables.add(new Table("cohorts", "By where the child lived", "Interviews and children by where the child lived",
                "Factor", f.cohorts().stream().map(c -> Labels.of("COHORT", c)).toList(),
                List.of("Interviews", "Children"), 0, grouped(f, false)));

        List<Line> pairs = f.pairs().stream().map(p -> new Line(p.first(), false, List.of(p.second(),
                suppression.count(p.count().interviews()), suppression.count(p.count().children())), null)).toList();
        tables.add(new Table("pairs", "Factors that occur together", "The most common pairs of factors coded at the same "
                + "interview", "Factor", List.of(), List.of("Occurs with", "Interviews", "Children"), 1, pairs));
        return new Shown(f.from(), f.to(), scope, counted, suppression.threshold(), tables);
    }

    /**
     * The links from each table's cells to the episodes behind them, line by line and cell by cell as {@link #shown}
     * lays them out; null for a cell with nothing behind it or no list (a share, a pair of factors).
     */
    Map<String, List<List<String>>> links(WhyFigures.Figures f, FigureLinks links) {
        Map<String, List<List<String>>> all = new LinkedHashMap<>();
        List<List<String>> headline = new ArrayList<>();
        for (String key : List.of(WhyFigures.ALL, WhyFigures.CODED, WhyFigures.EXPLOITATION)) {
            WhyFigures.Row r = f.row(key, "");
            String href = r.total().interviews() == 0 ? null : links.interview(r.vocabulary(), null);
            headline.add(Arrays.asList(href, href, null));
        }
        all.put("interviews", headline);
        for (String vocabulary : WhyFigures.VOCABULARIES) {
            all.put(vocabulary, f.factors(vocabulary).stream().map(r -> {
                String href = r.total().interviews() == 0 ? null : links.interview(r.vocabulary(), r.code());
                return Arrays.asList(href, href, null);
            }).toList());
        }
        List<List<String>> quarters = new ArrayList<>();
        List<List<String>> cohorts = new ArrayList<>();
        for (WhyFigures.Row r : groupedRows(f)) {
            if (r == null) {
                quarters.add(List.of());
                cohorts.add(List.of());
                continue;
            }
            String code = WhyFigures.VOCABULARIES.contains(r.vocabulary()) ? r.code() : null;
            List<String> byQuarter = new ArrayList<>();
            for (int i = 0; i < f.quarters().size(); i++) {
                LocalDate q = f.quarters().get(i);
                String href = r.byQuarter().get(i).interviews() == 0 ? null
                        : links.interviewWithin(q, q.plusMonths(3).minusDays(1), r.vocabulary(), code);
                byQuarter.add(href);
                byQuarter.add(href);
            }
            quarters.add(byQuarter);
            List<String> byCohort = new ArrayList<>();
            for (int i = 0; i < f.cohorts().size(); i++) {
                String href = r.byCohort().get(i).interviews() == 0 ? null
                        : links.interview(r.vocabulary(), code, "COHORT", f.cohorts().get(i));
                byCohort.add(href);
                byCohort.add(href);
            }
            cohorts.add(byCohort);
        }
        all.put("quarters", quarters);
        all.put("cohorts", cohorts);
        return all;
    }

    /** The page's charts, by the id of the table each stands beside. */
    Map<String, String> charts(WhyFigures.Figures f) {
        return charts(f, Charts.Medium.PAGE);
    }

    /** The charts for the page or for the issued report's PDF, by the id of the table each stands beside. */
    Map<String, String> charts(WhyFigures.Figures f, Charts.Medium medium) {
        Map<String, String> drawn = new LinkedHashMap<>();
        for (String vocabulary : WhyFigures.VOCABULARIES) {
            List<WhyFigures.Row> rows = f.factors(vocabulary);
            drawn.put(vocabulary, charts.bars(medium, "chart-" + vocabulary, "Interviews by " + SECTIONS.get(vocabulary)
                            .toLowerCase(Locale.UK), rows.stream().map(WhyFigures.Row::label).toList(),
                    rows.stream().map(r -> shown(r.total().interviews())).toList()));
        }
        List<WhyFigures.Row> common = f.rows().stream()
                .filter(r -> WhyFigures.VOCABULARIES.contains(r.vocabulary()) && !"NO_HARM".equals(r.code())
                        && r.total().interviews() > 0)
                .sorted(Comparator.comparingLong((WhyFigures.Row r) -> r.total().interviews()).reversed())
                .limit(TRENDED).toList();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put("All interviews", f.row(WhyFigures.ALL, "").byQuarter().stream().map(c -> shown(c.interviews())).toList());
        for (WhyFigures.Row r : common.subList(0, Math.min(common.size(), TRENDED - 1))) {
            series.put(r.label(), r.byQuarter().stream().map(c -> shown(c.interviews())).toList());
        }
        drawn.put("quarters", charts.lines(medium, "chart-quarters", "Interviews by quarter: all, and the most common factors",
                f.quarters().stream().map(WhyTables::quarter).toList(), series));
        return drawn;
    }

    private Long shown(long count) {
        return suppression.hides(count) ? null : count;
    }

    private List<Line> grouped(WhyFigures.Figures f, boolean byQuarter) {
        List<Line> lines = new ArrayList<>();
        List<WhyFigures.Row> rows = groupedRows(f);
        for (int i = 0, section = 0; i < rows.size(); i++) {
            lines.add(rows.get(i) == null
                    ? new Line(SECTIONS.get(WhyFigures.VOCABULARIES.get(section++)), true, List.of(), null)
                    : grouped(rows.get(i), byQuarter));
        }
        return lines;
    }

    /** The rows of the quarter and cohort tables, in order; null where a vocabulary's section begins. */
    private static List<WhyFigures.Row> groupedRows(WhyFigures.Figures f) {
        List<WhyFigures.Row> rows = new ArrayList<>();
        rows.add(f.row(WhyFigures.ALL, ""));
        rows.add(f.row(WhyFigures.EXPLOITATION, ""));
        for (String vocabulary : WhyFigures.VOCABULARIES) {
            rows.add(null);
            rows.addAll(f.factors(vocabulary));
        }
        return rows;
    }

    private Line grouped(WhyFigures.Row r, boolean byQuarter) {
        List<String> cells = new ArrayList<>();
        for (WhyFigures.Count c : byQuarter ? r.byQuarter() : r.byCohort()) {
            cells.add(suppression.count(c.interviews()));
            cells.add(suppression.count(c.children()));
        }
        return new Line(r.label(), false, cells, null);
    }

    /** "January to March 2026". */
    static String quarter(LocalDate first) {
        return first.format(MONTH) + " to " + first.plusMonths(2).format(MONTH) + " " + first.getYear();
    }
}

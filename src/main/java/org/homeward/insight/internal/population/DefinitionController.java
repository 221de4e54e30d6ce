package org.homeward.insight.internal.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.access.CurrentUser;
import org.homeward.insight.internal.Charts;
import org.homeward.insight.internal.FigureLinks;
import org.homeward.insight.internal.InsightAccess;
import org.homeward.insight.internal.InsightQuestion;
import org.homeward.insight.internal.InsightScope;
import org.homeward.insight.internal.Labels;
import org.homeward.insight.internal.Measure;
import org.homeward.insight.internal.Suppression;
import org.homeward.platform.web.PeriodForm;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * How "missing" is applied (SR-06): for a period and the councils the viewer may see, the episodes by category,
 * police classification and risk level with what followed, and the share where harm was found along the police's
 * continuum of risk, as a chart with its table.
 */
@Controller
class DefinitionController {

    /**
     * One row as shown: each outcome as "count (share of the row's episodes)"; {@code dimensions} and
     * {@code values} the drill-down's filters to the episodes behind it.
     */
    record Shown(String key, String category, String classification, String riskLevel, boolean total,
                 String episodes, String children, String harmFound, String repeat, String exploitation,
                 String screened, String within72Hours, Map<String, Long> counts, Map<String, String> links) {

        /** The row's figures in column order, each with its exact count and the list behind it. */
        public List<Cell> cells() {
            List<String> texts = List.of(episodes, children, harmFound, repeat, exploitation, screened, within72Hours);
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < COLUMN_ORDER.size(); i++) {
                String column = COLUMN_ORDER.get(i);
                cells.add(new Cell(column, counts.get(column), texts.get(i), links.get(column)));
            }
            return cells;
        }
    }

    /** One figure of a row: its column, exact count, the text shown and the link to the list behind it. */
    record Cell(String column, long count, String text, String link) {
    }

    private static final List<String> COLUMN_ORDER = List.of("episodes", "children", "harm", "repeat", "exploitation",
            "screened", "within-72-hours");

    /** Each column's measure, by the name the page gives it. */
    private static final Map<String, Measure> COLUMNS = columns();

    /** One category's rows, its total last. */
    record Section(String id, String title, List<Shown> rows) {
    }

    /** One step of the continuum as the chart's table shows it. */
    record Step(String code, String label, String episodes, String harmFound, String share) {
    }

    private final InsightQuestion question;
    private final DefinitionFigures figures;
    private final InsightAccess access;
    private final Suppression suppression;
    private final Charts charts;
    private final Settings settings;

    DefinitionController(InsightQuestion question, DefinitionFigures figures, InsightAccess access,
                         Suppression suppression, Charts charts, Settings settings) {
        this.question = question;
        this.figures = figures;
        this.access = access;
        this.suppression = suppression;
        this.charts = charts;
        this.settings = settings;
    }

    // The view is audited, and the audit trail is written in the reading's transaction.
    @org.springframework.transaction.annotation.Transactional
    @GetMapping("/insight/definition")
    String definition(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                      @RequestParam(name = "authority", required = false) String authority, Model model) {
        Optional<InsightQuestion.Asked> asked = question.ask(user, period, authority, model);
        if (asked.isEmpty()) {
            return "insight/definition";
        }
        InsightScope.Shown shown = asked.get().shown();
        LocalDate from = asked.get().from();
        LocalDate to = asked.get().to();
        int repeat = settings.number(Setting.INSIGHT_REPEAT_EPISODES);
        List<DefinitionFigures.Row> rows = figures.rows(from, to, shown.authorities(), repeat);
        question.viewed("insight-definition", asked.get(), "");
        model.addAttribute("repeatEpisodes", repeat);
        model.addAttribute("repeatMonths", settings.number(Setting.INSIGHT_REPEAT_MONTHS));
        FigureLinks links = FigureLinks.of(!access.pseudonymised(user), from, to, shown.chosen());
        model.addAttribute("sections", sections(rows, links));
        model.addAttribute("all", rows.stream().filter(r -> r.category() == null).findFirst()
                .map(r -> shown(r, links)).orElse(null));
        List<Step> steps = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> shares = new ArrayList<>();
        for (DefinitionFigures.Row s : figures.continuum(rows)) {
            String label = "ABSENT".equals(s.riskLevel()) ? "Absent" : Labels.of("RISK", s.riskLevel());
            boolean hidden = s.episodes() == 0 || suppression.hides(s.episodes()) || suppression.hides(s.harmFound());
            steps.add(new Step(s.riskLevel(), label, suppression.count(s.episodes()), suppression.count(s.harmFound()),
                    s.episodes() == 0 ? "none" : suppression.percent(s.harmFound(), s.episodes())));
            labels.add(label);
            shares.add(hidden ? null : Math.round(100.0 * s.harmFound() / s.episodes()));
        }
        model.addAttribute("steps", steps);
        model.addAttribute("chart", charts.bars("chart-harm-by-risk",
                "Percentage of episodes where harm was found, by police classification and risk level", labels, shares));
        return "insight/definition";
    }

    private static Map<String, Measure> columns() {
        Map<String, Measure> columns = new LinkedHashMap<>();
        columns.put("episodes", Measure.EPISODES);
        columns.put("children", Measure.EPISODES);
        columns.put("harm", Measure.HARM_FOUND);
        columns.put("repeat", Measure.REPEAT);
        columns.put("exploitation", Measure.EXPLOITATION);
        columns.put("screened", Measure.SCREENED);
        columns.put("within-72-hours", Measure.WITHIN_72_HOURS);
        return Map.copyOf(columns);
    }

    private List<Section> sections(List<DefinitionFigures.Row> rows, FigureLinks links) {
        List<Section> sections = new ArrayList<>();
        for (String category : DefinitionFigures.CATEGORIES) {
            List<Shown> shown = rows.stream().filter(r -> category.equals(r.category())).map(r -> shown(r, links))
                    .toList();
            sections.add(new Section(category.toLowerCase().replace('_', '-'), Labels.of("CATEGORY", category), shown));
        }
        return sections;
    }

    private Shown shown(DefinitionFigures.Row r, FigureLinks links) {
        String key = r.category() == null ? "ALL" : r.total() ? r.category()
                : r.category() + "." + r.classification() + "." + r.riskLevel();
        List<String> dimensions = r.category() == null ? List.of() : r.total() ? List.of("CATEGORY")
                : List.of("CATEGORY", "CLASSIFICATION", "RISK");
        List<String> values = r.category() == null ? List.of() : r.total() ? List.of(r.category())
                : List.of(r.category(), r.classification(), r.riskLevel());
        return new Shown(key, r.category() == null ? "All episodes" : Labels.of("CATEGORY", r.category()),
                r.total() ? null : Labels.of("CLASSIFICATION", r.classification()),
                r.total() || "NOT_GRADED".equals(r.riskLevel()) ? null : Labels.of("RISK", r.riskLevel()), r.total(),
                suppression.count(r.episodes()), suppression.count(r.children()), share(r.harmFound(), r.episodes()),
                share(r.repeat(), r.episodes()), share(r.exploitation(), r.episodes()),
                share(r.screened(), r.episodes()), share(r.within72Hours(), r.episodes()),
                Map.of("episodes", r.episodes(), "children", r.children(), "harm", r.harmFound(), "repeat", r.repeat(),
                        "exploitation", r.exploitation(), "screened", r.screened(), "within-72-hours", r.within72Hours()),
                linked(links, dimensions, values));
    }

    /** The list behind each column's figure, cut by the row's category, classification and risk level. */
    private static Map<String, String> linked(FigureLinks links, List<String> dimensions, List<String> values) {
        String[] pairs = new String[dimensions.size() * 2];
        for (int i = 0; i < dimensions.size(); i++) {
            pairs[2 * i] = dimensions.get(i);
            pairs[2 * i + 1] = values.get(i);
        }
        Map<String, String> linked = new HashMap<>();
        COLUMNS.forEach((column, measure) -> linked.put(column, links.to(measure.name(), pairs)));
        return linked;
    }

    /** "3 (60%)"; "fewer than 5" when the count may not be shown, and no share of too few episodes. */
    private String share(long count, long episodes) {
        if (suppression.hides(count) || episodes == 0 || suppression.hides(episodes)) {
            return suppression.count(count);
        }
        return count + " (" + suppression.percent(count, episodes) + ")";
    }
}

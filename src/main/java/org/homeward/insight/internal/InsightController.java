package org.homeward.insight.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.web.Durations;
import org.homeward.platform.web.PeriodForm;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnership's dashboard (SR-01): for any period and the councils the viewer may see, the numbers, their
 * breakdowns and the trend against last year, each chart with its table, small counts suppressed and the
 * completeness of the records beside the figures.
 */
@Controller
class InsightController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** One row of a breakdown's table, as shown. */
    record Row(String label, String episodes, String children, String dimension, String value, long count) {
    }

    /** One breakdown: its chart and its table. */
    record Breakdown(String id, String title, String chart, List<Row> rows) {
    }

    /** One month of the trend, as shown. */
    record TrendRow(String month, String episodes, String lastYear, long count, long countBefore, String link,
                    String linkBefore) {
    }

    private final PartnershipFigures figures;
    private final InsightQuestion question;
    private final InsightAccess access;
    private final Suppression suppression;
    private final Charts charts;
    private final Settings settings;
    private final AuditTrail audit;

    InsightController(PartnershipFigures figures, InsightQuestion question, InsightAccess access,
                      Suppression suppression, Charts charts, Settings settings, AuditTrail audit) {
        this.figures = figures;
        this.question = question;
        this.access = access;
        this.suppression = suppression;
        this.charts = charts;
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping("/insight")
    @Transactional
    String dashboard(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                     @RequestParam(name = "authority", required = false) String authority, Model model) {
        Optional<InsightQuestion.Asked> asked = question.ask(user, period, authority, model);
        if (asked.isEmpty()) {
            return "insight/dashboard";
        }
        InsightScope.Shown shown = asked.get().shown();
        int repeat = settings.number(Setting.INSIGHT_REPEAT_EPISODES);
        PartnershipFigures.Figures f = figures.figures(asked.get().from(), asked.get().to(), shown.authorities(),
                repeat);
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("insight-dashboard", null, null), List.of(),
                f.from() + " to " + f.to() + " for " + shown.name());
        model.addAttribute("f", f);
        FigureLinks links = FigureLinks.of(!access.pseudonymised(user), f.from(), f.to(), shown.chosen());
        model.addAttribute("links", links);
        model.addAttribute("repeatEpisodes", repeat);
        model.addAttribute("repeatMonths", settings.number(Setting.INSIGHT_REPEAT_MONTHS));
        model.addAttribute("breakdowns", breakdowns(f));
        model.addAttribute("riskBy", InsightTables.riskBy(f, suppression));
        Long median = f.headline().medianMinutes();
        model.addAttribute("median", median == null ? "none ended"
                : suppression.from(f.headline().episodes(), Durations.of(java.time.Duration.ofMinutes(median))));
        List<TrendRow> trend = new ArrayList<>();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        List<Long> now = new ArrayList<>();
        List<Long> before = new ArrayList<>();
        List<String> months = new ArrayList<>();
        for (int i = 0; i < f.months().size(); i++) {
            PartnershipFigures.Month m = f.months().get(i);
            PartnershipFigures.Month b = f.lastYear().get(i);
            months.add(m.month().format(MONTH));
            now.add(suppression.hides(m.episodes()) ? null : m.episodes());
            before.add(suppression.hides(b.episodes()) ? null : b.episodes());
            trend.add(new TrendRow(m.month().format(MONTH), suppression.count(m.episodes()),
                    suppression.count(b.episodes()), m.episodes(), b.episodes(),
                    links.over(m.month().atDay(1), m.month().atEndOfMonth(), Measure.EPISODES.name()),
                    links.over(b.month().atDay(1), b.month().atEndOfMonth(), Measure.EPISODES.name())));
        }
        series.put("Episodes", now);
        series.put("Same month a year earlier", before);
        model.addAttribute("trend", trend);
        model.addAttribute("trendChart", charts.lines("chart-trend", "Episodes by month, with the year before",
                months, series));
        return "insight/dashboard";
    }

    private List<Breakdown> breakdowns(PartnershipFigures.Figures f) {
        List<Breakdown> all = new ArrayList<>();
        f.breakdowns().forEach((dimension, cells) -> {
            List<Row> rows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (PartnershipFigures.Cell c : cells) {
                String label = Labels.of(dimension.name(), c.value());
                rows.add(new Row(label, suppression.count(c.episodes()), suppression.count(c.children()),
                        dimension.name(), c.value(), c.episodes()));
                labels.add(dimension == PartnershipFigures.Dimension.HOUR ? c.value() : label);
                values.add(suppression.hides(c.episodes()) ? null : c.episodes());
            }
            String id = "chart-" + dimension.name().toLowerCase(Locale.ROOT).replace('_', '-');
            all.add(new Breakdown(id, dimension.title(), charts.bars(id, "Episodes by " + dimension.title()
                    .toLowerCase(Locale.UK), labels, values), rows));
        });
        return all;
    }
}

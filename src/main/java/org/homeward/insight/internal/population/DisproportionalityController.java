package org.homeward.insight.internal.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.insight.internal.Charts;
import org.homeward.insight.internal.InsightQuestion;
import org.homeward.insight.internal.InsightScope;
import org.homeward.insight.internal.Labels;
import org.homeward.insight.internal.Suppression;
import org.homeward.platform.web.PeriodForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Disproportionality (SR-09): for a period and the councils the viewer may see, children who went missing per
 * 1,000 children by sex, age band and ethnic group, and each rate against all children's, as charts with their
 * tables; or, until an administrator enters a child population, a plain statement that there is none.
 */
@Controller
class DisproportionalityController {

    /** One group as shown; {@code ratio} above 1 means more of the group went missing than of all children. */
    record Row(String code, String label, String children, String population, String rate, String ratio,
               String compared) {
    }

    /** One characteristic: its chart and its table. */
    record Breakdown(String id, String title, String chart, List<Row> rows) {
    }

    private final InsightQuestion question;
    private final Disproportionality disproportionality;
    private final Suppression suppression;
    private final Charts charts;
    private final Directory directory;

    DisproportionalityController(InsightQuestion question, Disproportionality disproportionality, Suppression suppression, Charts charts, Directory directory) {
        this.question = question;
        this.disproportionality = disproportionality;
        this.suppression = suppression;
        this.charts = charts;
        this.directory = directory;
    }

    // The view is audited, and the audit trail is written in the reading's transaction.
    @org.springframework.transaction.annotation.Transactional
    @GetMapping("/insight/disproportionality")
    String disproportionality(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                              @RequestParam(name = "authority", required = false) String authority, Model model) {
        Optional<InsightQuestion.Asked> asked = question.ask(user, period, authority, model);
        if (asked.isEmpty()) {
            return "insight/disproportionality";
        }
        InsightScope.Shown shown = asked.get().shown();
        LocalDate from = asked.get().from();
        LocalDate to = asked.get().to();
        Optional<Disproportionality.Figures> figures = disproportionality.figures(from, to, shown.authorities());
        question.viewed("insight-disproportionality", asked.get(),
                figures.map(f -> ", population of " + f.base().year()).orElse(", no population entered"));
        if (figures.isEmpty()) {
            model.addAttribute("noPopulation", true);
            return "insight/disproportionality";
        }
        Disproportionality.Figures f = figures.get();
        model.addAttribute("baseYear", f.base().year());
        model.addAttribute("covers", covers(f, shown));
        model.addAttribute("all", row(f, f.all(), "All children under 18"));
        List<Breakdown> breakdowns = new ArrayList<>();
        f.groups().forEach((characteristic, groups) -> {
            List<Row> rows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            labels.add("All children");
            rates.add(shownRate(f.all()));
            for (Disproportionality.Group g : groups) {
                String label = Labels.of(characteristic.name(), g.code());
                rows.add(row(f, g, label));
                if (g.population() != null) {
                    labels.add(label);
                    rates.add(shownRate(g));
                }
            }
            String id = "chart-" + characteristic.name().toLowerCase(Locale.ROOT);
            breakdowns.add(new Breakdown(id, characteristic.title(), charts.bars(id, "Children who went missing per "
                    + "1,000 children, by " + characteristic.title().toLowerCase(Locale.UK), labels, rates), rows));
        });
        model.addAttribute("breakdowns", breakdowns);
        return "insight/disproportionality";
    }

    private String covers(Disproportionality.Figures f, InsightScope.Shown shown) {
        if (f.base().councils().isEmpty()) {
            return "the whole partnership";
        }
        List<String> names = f.base().councils().get().stream().map(id -> directory.agencyName(id).orElse("a council")).sorted().toList();
        if (shown.authorities().isPresent() && names.size() == shown.authorities().get().size()) {
            return String.join(", ", names);
        }
        return String.join(", ", names) + " (children of councils with no population entered for "
                + f.base().year() + " are left out)";
    }

    private Double shownRate(Disproportionality.Group g) {
        if (suppression.hides(g.children())) {
            return null;
        }
        return g.perThousand().map(r -> Math.round(r * 10) / 10.0).orElse(null);
    }

    private Row row(Disproportionality.Figures f, Disproportionality.Group g, String label) {
        boolean uncounted = Disproportionality.UNCOUNTED.getOrDefault(g.characteristic(), List.of()).contains(g.code());
        String population = uncounted ? "No population group" : g.population() == null ? "Not entered"
                : String.format(Locale.UK, "%,d", g.population());
        if (g.population() == null || g.population() == 0) {
            return new Row(g.code(), label, suppression.count(g.children()), population, "", "", "");
        }
        return new Row(g.code(), label, suppression.count(g.children()), population,
                suppression.from(g.children(), String.format(Locale.UK, "%.1f", g.perThousand().orElseThrow())),
                f.ratio(g).map(r -> suppression.from(g.children(), String.format(Locale.UK, "%.2f", r))).orElse(""),
                compared(f, g));
    }

    /** "Higher: 1.52 times (1.21 to 1.91)"; words only, never a figure worked out from a suppressed count. */
    private String compared(Disproportionality.Figures f, Disproportionality.Group g) {
        if (g.characteristic() == PopulationGroup.Characteristic.ALL) {
            return "";
        }
        if (suppression.hides(g.children()) || suppression.hides(f.all().children() - g.children())) {
            return "Too few to tell";
        }
        return f.comparedWithOthers(g).map(c -> (c.higher() ? "Higher" : c.lower() ? "Lower" : "No clear difference")
                + String.format(Locale.UK, ": %.2f times (%.2f to %.2f)", c.ratio(), c.low(), c.high()))
                .orElse("Too few to tell");
    }
}

package org.homeward.insight.internal.impact;

import org.homeward.insight.internal.PartnershipFigures;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.homeward.access.CurrentUser;
import org.homeward.insight.internal.Charts;
import org.homeward.insight.internal.FigureLinks;
import org.homeward.insight.internal.InsightAccess;
import org.homeward.insight.internal.InsightQuestion;
import org.homeward.insight.internal.InsightScope;
import org.homeward.insight.internal.Labels;
import org.homeward.insight.internal.Measure;
import org.homeward.insight.internal.Pseudonyms;
import org.homeward.insight.internal.Suppression;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Durations;
import org.homeward.platform.web.Pagination;
import org.homeward.platform.web.PeriodForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Does it work?" (issue 19 item 4, and the risk of going missing again from item 9): for a period and the councils
 * the viewer may see, missing before and after the plans' interventions, return interview timeliness by provider
 * (SR-02), safe and well checks, how quickly each agency is told, and a survival curve of going missing again.
 * Children appear only as pseudonyms; small counts, and figures worked out from them, are suppressed.
 */
@Controller
class ImpactController {

    static final String INTERVENTION_TYPES = "intervention-type";
    private static final int PAGE_SIZE = 25;
    private static final List<Integer> SHOWN_WEEKS = List.of(1, 2, 4, 8, 13, 26);

    /** One group of interventions compared, as shown. */
    record InterventionGroup(String label, String interventions, String children, String episodesBefore,
                             String episodesAfter, String hoursBefore, String hoursAfter, String fewerAfter) {
    }

    /** One intervention in a child's plan, under the child's pseudonym. */
    record PlanRow(String child, String kind, LocalDate startedOn, int days, long episodesBefore, String hoursBefore,
                   long episodesAfter, String hoursAfter) {
    }

    /** One row of a return interview table, as shown: its counts, each with the returns behind it, then the share. */
    record InterviewRow(String label, List<Figure> counts, String shareWithin72Hours) {
    }

    /** A count as shown, its exact value and the list behind it (null where the viewer sees no lists). */
    record Figure(String text, long count, String link) {
    }

    /** The measures of an interview table's counts, in column order. */
    private static final List<Measure> INTERVIEW_MEASURES = List.of(
            Measure.RETURNED, Measure.RETURN_OFFERED,
            Measure.RETURN_ACCEPTED, Measure.RETURN_DECLINED,
            Measure.RETURN_HELD,
            Measure.RETURN_HELD_WITHIN_72_HOURS);

    /** One return interview table. */
    record InterviewTable(String id, String title, List<InterviewRow> rows) {
    }

    /** One measure of a timeliness table, as shown, and the returns behind it (null: none to follow). */
    record Timeliness(String id, String label, String value, long count, String link) {

        Timeliness(String id, String label, String value) {
            this(id, label, value, 0, null);
        }
    }

    /** One cohort's line of the survival table: its returns, then the shares at the weeks shown. */
    record SurvivalRow(String label, String returns, List<String> shares) {
    }

    private final InsightQuestion question;
    private final ImpactFigures figures;
    private final Suppression suppression;
    private final Pseudonyms pseudonyms;
    private final Charts charts;
    private final Vocabularies vocabularies;
    private final Clock clock;
    private final InsightAccess access;

    ImpactController(InsightQuestion question, ImpactFigures figures,
                     Suppression suppression, Pseudonyms pseudonyms, Charts charts, Vocabularies vocabularies,
                     Clock clock, InsightAccess access) {
        this.question = question;
        this.access = access;
        this.figures = figures;
        this.suppression = suppression;
        this.pseudonyms = pseudonyms;
        this.charts = charts;
        this.vocabularies = vocabularies;
        this.clock = clock;
    }

    @GetMapping("/insight/impact")
    @Transactional
    String impact(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                  @RequestParam(name = "authority", required = false) String authority,
                  @RequestParam(name = "page", required = false) String page, HttpServletRequest request, Model model) {
        Optional<InsightQuestion.Asked> asked = question.ask(user, period, authority, model);
        Instant now = clock.instant();
        model.addAttribute("matchedDays", ImpactFigures.MATCHED_DAYS);
        model.addAttribute("followedWeeks", ImpactFigures.FOLLOWED_WEEKS);
        if (asked.isEmpty()) {
            return "insight/impact";
        }
        InsightScope.Shown shown = asked.get().shown();
        LocalDate from = asked.get().from();
        LocalDate to = asked.get().to();
        Map<String, Object> params = figures.params(from, to, shown.authorities(), now);
        question.viewed("insight-impact", asked.get(), "");

        ImpactFigures.Interventions interventions = figures.interventions(params);
        model.addAttribute("interventionGroups", interventionGroups(interventions.compared()));
        model.addAttribute("tooRecent", suppression.count(interventions.tooRecent()));
        int pageNumber = pageNumber(page, interventions.compared().size());
        List<PlanRow> plans = interventions.compared().stream().skip((long) (pageNumber - 1) * PAGE_SIZE)
                .limit(PAGE_SIZE).map(c -> new PlanRow(pseudonyms.of(c.childId()), kindLabel(c.kind()), c.startedOn(),
                        c.days(), c.episodesBefore(), hours(c.hoursBefore()), c.episodesAfter(), hours(c.hoursAfter())))
                .toList();
        model.addAttribute("plans", plans);
        model.addAttribute("plansPagination", pagination(request, pageNumber, interventions.compared().size()));

        ImpactFigures.Outcomes outcomes = figures.outcomes(params);
        Map<String, String> providers = new LinkedHashMap<>();
        List<ImpactFigures.Interviews> byProvider = outcomes.interviews().get(ImpactFigures.InterviewGroup.PROVIDER);
        providers.putAll(figures.agencyNames(byProvider.stream().map(ImpactFigures.Interviews::group).toList()));
        FigureLinks links = FigureLinks.of(!access.pseudonymised(user), from, to, shown.chosen());
        model.addAttribute("interviewTables", List.of(
                new InterviewTable("interviews-provider", "Return interviews by provider",
                        interviewRows(byProvider, (g, m) -> g == null ? links.to(m.name()) : links.provider(m.name(), g),
                                g -> g.isEmpty() ? "No provider recorded"
                                : providers.getOrDefault(g, "An agency no longer recorded"),
                                Comparator.comparing(ImpactFigures.Interviews::group,
                                        Comparator.comparing((String g) -> g.isEmpty())
                                                .thenComparing(g -> providers.getOrDefault(g, ""))))),
                new InterviewTable("interviews-independence", "Return interviews by who held them",
                        interviewRows(outcomes.interviews().get(ImpactFigures.InterviewGroup.INDEPENDENCE),
                                (g, m) -> g == null ? links.to(m.name()) : links.to(m.name(), "INDEPENDENCE", g),
                                g -> switch (g) {
                                    case "INDEPENDENT" -> "Independent of the child’s care";
                                    case "NOT_INDEPENDENT" -> "Someone the child knows, at their choice";
                                    default -> "No interview held";
                                }, Comparator.comparing(i -> List.of("INDEPENDENT", "NOT_INDEPENDENT", "NO_INTERVIEW")
                                        .indexOf(i.group())))),
                new InterviewTable("interviews-cohort", "Return interviews by where the child lived",
                        interviewRows(outcomes.interviews().get(ImpactFigures.InterviewGroup.COHORT),
                                (g, m) -> g == null ? links.to(m.name()) : links.to(m.name(), "COHORT", g),
                                g -> Labels.of("COHORT", g),
                                Comparator.comparing(i -> PartnershipFigures.Dimension.COHORT.codes().indexOf(i.group()))))));

        model.addAttribute("safeAndWell", safeAndWell(outcomes.safeAndWell(), links));
        model.addAttribute("notifications", notifications(outcomes.notifications()));
        survival(outcomes.followed(), model);
        model.addAttribute("followedByDay", ImpactFigures.wholePartnership(params));
        model.addAttribute("shownWeeks", SHOWN_WEEKS);
        return "insight/impact";
    }

    private List<InterventionGroup> interventionGroups(List<ImpactFigures.Compared> compared) {
        Map<String, List<ImpactFigures.Compared>> byKind = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(vocabularies.termsInForce(INTERVENTION_TYPES, LocalDate.now(clock
                .withZone(ClockConfiguration.LONDON))).stream().map(Vocabularies.Term::code).toList());
        compared.stream().map(ImpactFigures.Compared::kind).filter(k -> !order.contains(k)).distinct().sorted()
                .forEach(order::add);
        order.remove(ImpactFigures.NOT_RECORDED);
        order.add(ImpactFigures.NOT_RECORDED);
        for (String kind : order) {
            List<ImpactFigures.Compared> of = compared.stream().filter(c -> c.kind().equals(kind)).toList();
            if (!of.isEmpty()) {
                byKind.put(kind, of);
            }
        }
        List<InterventionGroup> groups = new ArrayList<>();
        byKind.forEach((kind, of) -> groups.add(group(kindLabel(kind), of)));
        if (!compared.isEmpty()) {
            groups.add(group("All interventions", compared));
        }
        return groups;
    }

    private InterventionGroup group(String label, List<ImpactFigures.Compared> of) {
        long n = of.size();
        Set<UUID> children = new HashSet<>();
        of.forEach(c -> children.add(c.childId()));
        return new InterventionGroup(label, suppression.count(n), suppression.count(children.size()),
                suppression.count(of.stream().mapToLong(ImpactFigures.Compared::episodesBefore).sum()),
                suppression.count(of.stream().mapToLong(ImpactFigures.Compared::episodesAfter).sum()),
                suppression.from(n, hours(of.stream().mapToDouble(ImpactFigures.Compared::hoursBefore).sum())),
                suppression.from(n, hours(of.stream().mapToDouble(ImpactFigures.Compared::hoursAfter).sum())),
                suppression.count(of.stream().filter(c -> c.episodesAfter() < c.episodesBefore()).count()));
    }

    private String kindLabel(String kind) {
        return ImpactFigures.NOT_RECORDED.equals(kind) ? "Not recorded"
                : vocabularies.label(INTERVENTION_TYPES, kind).orElse(kind);
    }

    private static String hours(double hours) {
        return String.format(Locale.UK, "%.1f", hours);
    }

    private static int pageNumber(String page, int rows) {
        int last = Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
        try {
            return Math.min(last, Math.max(1, Integer.parseInt(page == null ? "1" : page.strip())));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static Pagination pagination(HttpServletRequest request, int page, int rows) {
        if (rows <= PAGE_SIZE) {
            return null;
        }
        UriComponentsBuilder base = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .fragment("plans");
        String previous = page > 1 ? base.cloneBuilder().replaceQueryParam("page", page - 1).build().toUriString() : null;
        String next = (long) page * PAGE_SIZE < rows
                ? base.cloneBuilder().replaceQueryParam("page", page + 1).build().toUriString() : null;
        return new Pagination(previous, next);
    }

    /**
     * A table's rows in order, then all returns; {@code linked} gives the list behind a measure for a group
     * (null: all returns).
     */
    private List<InterviewRow> interviewRows(List<ImpactFigures.Interviews> groups,
                                             BiFunction<String, Measure, String> linked,
                                             Function<String, String> label, Comparator<ImpactFigures.Interviews> order) {
        List<InterviewRow> rows = new ArrayList<>();
        groups.stream().sorted(order).forEach(i -> rows.add(interviewRow(label.apply(i.group()), i,
                m -> linked.apply(i.group(), m))));
        if (!groups.isEmpty()) {
            rows.add(interviewRow("All returns", new ImpactFigures.Interviews("",
                    groups.stream().mapToLong(ImpactFigures.Interviews::returns).sum(),
                    groups.stream().mapToLong(ImpactFigures.Interviews::offered).sum(),
                    groups.stream().mapToLong(ImpactFigures.Interviews::accepted).sum(),
                    groups.stream().mapToLong(ImpactFigures.Interviews::declined).sum(),
                    groups.stream().mapToLong(ImpactFigures.Interviews::held).sum(),
                    groups.stream().mapToLong(ImpactFigures.Interviews::heldWithin72Hours).sum()),
                    m -> linked.apply(null, m)));
        }
        return rows;
    }

    private InterviewRow interviewRow(String label, ImpactFigures.Interviews i,
                                      Function<Measure, String> linked) {
        List<Long> counts = List.of(i.returns(), i.offered(), i.accepted(), i.declined(), i.held(),
                i.heldWithin72Hours());
        List<Figure> figures = new ArrayList<>();
        for (int c = 0; c < counts.size(); c++) {
            figures.add(new Figure(suppression.count(counts.get(c)), counts.get(c),
                    linked.apply(INTERVIEW_MEASURES.get(c))));
        }
        return new InterviewRow(label, figures, suppression.percent(i.heldWithin72Hours(), i.offered()));
    }

    private List<Timeliness> safeAndWell(ImpactFigures.SafeAndWell s, FigureLinks links) {
        return List.of(
                new Timeliness("returns", "Returns in the period", suppression.count(s.returns()), s.returns(),
                        links.to(Measure.RETURNED.name())),
                new Timeliness("median", "Median time from return to the safe and well check", s.medianSeconds() == null
                        ? "None recorded" : suppression.from(s.checked(), duration(s.medianSeconds()))),
                new Timeliness("within-24-hours", "Checked within 24 hours of return", share(s.within24Hours(), s.returns()),
                        s.within24Hours(), links.to(Measure.SAFE_AND_WELL_WITHIN_24_HOURS.name())),
                new Timeliness("within-72-hours", "Checked within 72 hours of return", share(s.within72Hours(), s.returns()),
                        s.within72Hours(), links.to(Measure.SAFE_AND_WELL_WITHIN_72_HOURS.name())),
                new Timeliness("none", "No safe and well check recorded", share(s.returns() - s.checked(), s.returns()),
                        s.returns() - s.checked(), links.to(Measure.NO_SAFE_AND_WELL.name())));
    }

    private List<Timeliness> notifications(ImpactFigures.Notifications n) {
        return List.of(
                new Timeliness("police-to-council", "Reported to the police to the council told (median)",
                        telling(n.policeToCouncil())),
                new Timeliness("police-to-council-none", "Reported to the police, council told not recorded",
                        suppression.count(n.policeToCouncil().notRecorded())),
                new Timeliness("out-of-area", "Episodes of children placed out of their council’s area",
                        suppression.count(n.outOfArea())),
                new Timeliness("council-to-placing", "Council told to the placing authority told (median)",
                        telling(n.councilToPlacing())),
                new Timeliness("last-seen-to-placing", "Last seen to the placing authority told (median)",
                        telling(n.lastSeenToPlacing())),
                new Timeliness("placing-none", "Placing authority’s notice not sent",
                        suppression.count(n.councilToPlacing().notRecorded())));
    }

    private String telling(ImpactFigures.Telling t) {
        return t.medianSeconds() == null ? "None to measure"
                : suppression.from(t.measured(), duration(t.medianSeconds())) + " (" + suppression.count(t.measured())
                        + " measured)";
    }

    private static String duration(long seconds) {
        return seconds < 60 ? "at once" : Durations.of(Duration.ofSeconds(seconds));
    }

    /** "12 (40%)", each part suppressed on its own. */
    private String share(long count, long outOf) {
        boolean whole = outOf > 0 && !suppression.hides(count) && !suppression.hides(outOf);
        return suppression.count(count) + (whole ? " (" + suppression.percent(count, outOf) + ")" : "");
    }

    private void survival(List<ImpactFigures.Followed> followed, Model model) {
        Map<String, SurvivalCurve> curves = new LinkedHashMap<>();
        SurvivalCurve all = new SurvivalCurve();
        for (String cohort : PartnershipFigures.Dimension.COHORT.codes()) {
            curves.put(cohort, new SurvivalCurve());
        }
        for (ImpactFigures.Followed f : followed) {
            curves.computeIfAbsent(f.cohort(), c -> new SurvivalCurve()).add(f.seconds(), f.missingAgain(), f.returns());
            all.add(f.seconds(), f.missingAgain(), f.returns());
        }
        List<String> weeks = new ArrayList<>();
        for (int w = 0; w <= ImpactFigures.FOLLOWED_WEEKS; w++) {
            weeks.add(Integer.toString(w));
        }
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        List<SurvivalRow> rows = new ArrayList<>();
        Map<String, SurvivalCurve> shown = new LinkedHashMap<>();
        curves.forEach((cohort, curve) -> {
            if (curve.returns() > 0) {
                shown.put(Labels.of("COHORT", cohort), curve);
            }
        });
        if (all.returns() > 0) {
            shown.put("All returns", all);
        }
        shown.forEach((label, curve) -> {
            List<SurvivalCurve.Point> points = curve.weekly(ImpactFigures.FOLLOWED_WEEKS);
            boolean hidden = suppression.hides(curve.returns());
            series.put(label, points.stream().map(p -> hidden ? null : Math.round(p.share() * 1000) / 10.0).toList());
            rows.add(new SurvivalRow(label, suppression.count(curve.returns()), SHOWN_WEEKS.stream()
                    .map(w -> suppression.from(curve.returns(), percent(points.get(w).share()))).toList()));
        });
        model.addAttribute("survivalRows", rows);
        model.addAttribute("survivalChart", series.isEmpty() ? null : charts.lines("chart-survival",
                "Share of returns after which the child had not gone missing again, by weeks since the return",
                weeks, series));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}

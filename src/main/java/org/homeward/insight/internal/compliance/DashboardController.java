package org.homeward.insight.internal.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.insight.internal.InsightScope;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.figures.FigureSource;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.PeriodForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Compliance with every timescale, for any period and the authorities the viewer may see: the figures each
 * module contributes, added up from the summaries as at their last refresh.
 */
@Controller
class DashboardController {

    private final FigureSummaries summaries;
    private final InsightScope scope;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final java.time.Duration interval;

    DashboardController(FigureSummaries summaries, InsightScope scope, AccessPolicy policy, AuditTrail audit,
                        Clock clock, @Value("${homeward.dashboard.summaries.interval:PT5M}") java.time.Duration interval) {
        this.summaries = summaries;
        this.scope = scope;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.interval = interval;
    }

    @GetMapping("/dashboard")
    @org.springframework.transaction.annotation.Transactional
    String dashboard(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                     @RequestParam(name = "authority", required = false) String authority, Model model) {
        if (!policy.mayViewDashboard(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        InsightScope.Shown shown = scope.of(user, InsightScope.parse(authority));
        model.addAttribute("today", today);
        model.addAttribute("shown", shown);
        model.addAttribute("refreshEvery", interval.toMinutes());
        Optional<Instant> asAt = summaries.asAt();
        model.addAttribute("asAt", asAt.orElse(null));
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(period, "period");
        Optional<PeriodForm.Period> checked = period.check(today.minusDays(27), today, errors);
        if (errors.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(errors, List.of("fromDay", "toDay")));
            model.addAttribute("org.springframework.validation.BindingResult.period", errors);
            model.addAttribute("areas", Map.of());
            return "insight/compliance/dashboard";
        }
        LocalDate from = checked.get().from();
        LocalDate to = checked.get().to();
        List<FigureSource.Measure> measures = summaries.measures();
        Map<String, FigureSummaries.Sum> sums = summaries.sums(from, to, shown.authorities(),
                measures.stream().map(FigureSource.Measure::figure).toList());
        Map<String, List<FigureSource.Figure>> areas = new LinkedHashMap<>();
        for (FigureSource.Measure m : measures) {
            FigureSummaries.Sum sum = sums.getOrDefault(m.figure(), new FigureSummaries.Sum(0, 0));
            areas.computeIfAbsent(m.area(), a -> new ArrayList<>()).add(new FigureSource.Figure(m.order(), m.area(),
                    m.measure(), sum.count(), m.rate() ? sum.outOf() : null));
        }
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("compliance-dashboard", null, null), List.of(),
                from + " to " + to + " for " + shown.name());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("areas", areas);
        return "insight/compliance/dashboard";
    }
}

package org.homeward.dashboard.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.dashboard.ComplianceSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.PeriodForm;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/** Compliance with every timescale, for any period: the figures each module contributes. */
@Controller
class DashboardController {

    private final List<ComplianceSource> sources;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    DashboardController(List<ComplianceSource> sources, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.sources = sources;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    @org.springframework.transaction.annotation.Transactional
    String dashboard(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period, Model model) {
        if (!policy.mayViewDashboard(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(period, "period");
        Optional<PeriodForm.Period> checked = period.check(today.minusDays(27), today, errors);
        model.addAttribute("today", today);
        if (errors.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(errors, List.of("fromDay", "toDay")));
            model.addAttribute("org.springframework.validation.BindingResult.period", errors);
            model.addAttribute("areas", Map.of());
            return "dashboard/show";
        }
        List<ComplianceSource.Figure> figures = new ArrayList<>();
        sources.forEach(s -> figures.addAll(s.figures(checked.get().from(), checked.get().to(), now)));
        figures.sort(Comparator.comparingInt(ComplianceSource.Figure::order));
        Map<String, List<ComplianceSource.Figure>> areas = new LinkedHashMap<>();
        figures.forEach(f -> areas.computeIfAbsent(f.area(), a -> new ArrayList<>()).add(f));
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("compliance-dashboard", null, null), List.of(),
                checked.get().from() + " to " + checked.get().to());
        model.addAttribute("from", checked.get().from());
        model.addAttribute("to", checked.get().to());
        model.addAttribute("areas", areas);
        return "dashboard/show";
    }
}

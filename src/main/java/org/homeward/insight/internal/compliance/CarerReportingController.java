package org.homeward.insight.internal.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditTrail;
import org.homeward.episode.CarerReporting;
import org.homeward.insight.internal.InsightScope;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.PeriodForm;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** How carers reported the period's episodes, by placement (DOMAIN.md EP-13), beside the compliance dashboard. */
@Controller
class CarerReportingController {

    private final CarerReporting reporting;
    private final Settings settings;
    private final InsightScope scope;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    CarerReportingController(CarerReporting reporting, Settings settings, InsightScope scope, AccessPolicy policy, AuditTrail audit,
            Clock clock) {
        this.scope = scope;
        this.settings = settings;
        this.reporting = reporting;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/dashboard/carer-reporting")
    @org.springframework.transaction.annotation.Transactional
    String report(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                  @RequestParam(name = "authority", required = false) String authority, Model model) {
        if (!policy.mayViewDashboard(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        InsightScope.Shown shown = scope.of(user, InsightScope.parse(authority));
        model.addAttribute("shown", shown);
        Optional<PeriodForm.Period> checked = ReportPeriod.read(period, today.minusYears(1).plusDays(1), today, model, audit, "carer-reporting");
        if (checked.isEmpty()) {
            return "insight/compliance/carer-reporting";
        }
        java.time.Duration late = settings.hours(Setting.LATE_REPORT);
        model.addAttribute("late", late.toHours());
        model.addAttribute("rows", reporting.forPeriod(checked.get().from(), checked.get().to(), late,
                shown.authorities()));
        return "insight/compliance/carer-reporting";
    }
}

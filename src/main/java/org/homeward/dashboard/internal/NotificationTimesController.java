package org.homeward.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditTrail;
import org.homeward.episode.NotificationTimes;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.PeriodForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** How quickly each agency learned of the period's episodes (DOMAIN.md EP-03), beside the compliance dashboard. */
@Controller
class NotificationTimesController {

    private final NotificationTimes times;
    private final DashboardScope scope;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationTimesController(NotificationTimes times, DashboardScope scope, AccessPolicy policy, AuditTrail audit,
            Clock clock) {
        this.scope = scope;
        this.times = times;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/dashboard/notification-times")
    @org.springframework.transaction.annotation.Transactional
    String report(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                  @RequestParam(name = "authority", required = false) String authority, Model model) {
        if (!policy.mayViewDashboard(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        DashboardScope.Shown shown = scope.of(user, DashboardScope.parse(authority));
        model.addAttribute("shown", shown);
        Optional<PeriodForm.Period> checked = ReportPeriod.read(period, today.minusDays(27), today, model, audit, "notification-times");
        if (checked.isEmpty()) {
            return "dashboard/notification-times";
        }
        model.addAttribute("report", times.forPeriod(checked.get().from(), checked.get().to(), shown.authorities()));
        return "dashboard/notification-times";
    }
}

package org.homeward.insight.internal.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditTrail;
import org.homeward.episode.NotificationTimes;
import org.homeward.insight.internal.InsightScope;
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

/**
 * How quickly each agency learned of the period's episodes (DOMAIN.md EP-03), beside the compliance dashboard:
 * medians found from the summaries' counts of how long each episode took.
 */
@Controller
class NotificationTimesController {

    private final FigureSummaries summaries;
    private final InsightScope scope;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationTimesController(FigureSummaries summaries, InsightScope scope, AccessPolicy policy, AuditTrail audit,
            Clock clock) {
        this.scope = scope;
        this.summaries = summaries;
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
        InsightScope.Shown shown = scope.of(user, InsightScope.parse(authority));
        model.addAttribute("shown", shown);
        model.addAttribute("asAt", summaries.asAt().orElse(null));
        Optional<PeriodForm.Period> checked = ReportPeriod.read(period, today.minusDays(27), today, model, audit, "notification-times");
        if (checked.isEmpty()) {
            return "insight/compliance/notification-times";
        }
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        summaries.sumsStartingWith(checked.get().from(), checked.get().to(), shown.authorities(),
                        NotificationTimesSource.PREFIX)
                .forEach((figure, sum) -> counts.put(figure.substring(NotificationTimesSource.PREFIX.length()), sum.count()));
        model.addAttribute("report", NotificationTimes.fromCounts(counts));
        return "insight/compliance/notification-times";
    }
}

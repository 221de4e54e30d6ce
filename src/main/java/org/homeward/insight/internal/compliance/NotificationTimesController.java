package org.homeward.insight.internal.compliance;

import java.time.Period;
import java.util.Optional;
import org.homeward.access.CurrentUser;
import org.homeward.episode.NotificationTimes;
import org.homeward.platform.web.PeriodForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * How quickly each agency learned of the period's episodes (DOMAIN.md EP-03), beside the compliance dashboard:
 * medians found from the summaries' counts of how long each episode took.
 */
@Controller
class NotificationTimesController {

    private final FigureSummaries summaries;
    private final ReportRequests reports;

    NotificationTimesController(FigureSummaries summaries, ReportRequests reports) {
        this.summaries = summaries;
        this.reports = reports;
    }

    @GetMapping("/dashboard/notification-times")
    @org.springframework.transaction.annotation.Transactional
    String report(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                  @RequestParam(name = "authority", required = false) String authority, Model model) {
        Optional<ReportRequests.Asked> asked = reports.read(user, authority, period, Period.ofDays(28), model,
                "notification-times");
        model.addAttribute("asAt", summaries.asAt().orElse(null));
        if (asked.isEmpty()) {
            return "insight/compliance/notification-times";
        }
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        summaries.sumsStartingWith(asked.get().from(), asked.get().to(), asked.get().shown().authorities(),
                        NotificationTimesSource.PREFIX)
                .forEach((figure, sum) -> counts.put(figure.substring(NotificationTimesSource.PREFIX.length()), sum.count()));
        model.addAttribute("report", NotificationTimes.fromCounts(counts));
        return "insight/compliance/notification-times";
    }
}

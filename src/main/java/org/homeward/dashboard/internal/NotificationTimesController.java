package org.homeward.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.episode.NotificationTimes;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.PeriodForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/** How quickly each agency learned of the period's episodes (DOMAIN.md EP-03), beside the compliance dashboard. */
@Controller
class NotificationTimesController {

    private final NotificationTimes times;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationTimesController(NotificationTimes times, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.times = times;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/dashboard/notification-times")
    @org.springframework.transaction.annotation.Transactional
    String report(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period, Model model) {
        if (!policy.mayViewDashboard(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(period, "period");
        Optional<PeriodForm.Period> checked = period.check(today.minusDays(27), today, errors);
        if (errors.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(errors, List.of("fromDay", "toDay")));
            model.addAttribute("org.springframework.validation.BindingResult.period", errors);
            return "dashboard/notification-times";
        }
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("notification-times", null, null), List.of(),
                checked.get().from() + " to " + checked.get().to());
        model.addAttribute("from", checked.get().from());
        model.addAttribute("to", checked.get().to());
        model.addAttribute("report", times.forPeriod(checked.get().from(), checked.get().to()));
        return "dashboard/notification-times";
    }
}

package org.homeward.insight.internal.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.insight.internal.InsightScope;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.PeriodForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * A report beside the compliance dashboard as it is asked for: only for those who may see the dashboard, over the
 * authorities they may see, for a period checked, its errors put on the page, and the viewing audited.
 */
@Component
class ReportRequests {

    /** The authorities the report covers and the period it is for. */
    record Asked(InsightScope.Shown shown, LocalDate from, LocalDate to) {
    }

    private final InsightScope scope;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    ReportRequests(InsightScope scope, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.scope = scope;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The report asked for, or empty with the period's errors on the model; {@code shown} on the model either way,
     * {@code from} and {@code to} when the period is read. With no period given, the last {@code length} to today.
     */
    Optional<Asked> read(CurrentUser user, String authority, PeriodForm period, Period length, Model model,
                         String report) {
        if (!policy.mayViewDashboard(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        InsightScope.Shown shown = scope.of(user, InsightScope.parse(authority));
        model.addAttribute("shown", shown);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(period, "period");
        Optional<PeriodForm.Period> checked = period.check(today.minus(length).plusDays(1), today, errors);
        if (errors.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(errors, List.of("fromDay", "toDay")));
            model.addAttribute("org.springframework.validation.BindingResult.period", errors);
            return Optional.empty();
        }
        LocalDate from = checked.get().from();
        LocalDate to = checked.get().to();
        audit.record(AuditAction.VIEW, new AuditTrail.Subject(report, null, null), List.of(), from + " to " + to);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return Optional.of(new Asked(shown, from, to));
    }
}

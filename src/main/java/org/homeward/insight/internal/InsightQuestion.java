package org.homeward.insight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.PeriodForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every insight page asks first: may this person see figures, whose (the councils their scope allows, or the
 * one they chose), and for which period (the last 12 months unless they typed one). Puts on the page what every
 * insight page shows: the scope, when the records were counted, the suppression threshold, and the period or the
 * error summary.
 */
@Component
public class InsightQuestion {

    /** The period and scope asked about. */
    public record Asked(LocalDate from, LocalDate to, InsightScope.Shown shown) {
    }

    private final InsightAccess access;
    private final InsightScope scope;
    private final EpisodeFacts facts;
    private final Suppression suppression;
    private final Clock clock;
    private final AuditTrail audit;

    InsightQuestion(InsightAccess access, InsightScope scope, EpisodeFacts facts, Suppression suppression, Clock clock,
                    AuditTrail audit) {
        this.access = access;
        this.scope = scope;
        this.facts = facts;
        this.suppression = suppression;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * The question, or empty when the period was mistyped (the model then holds the error summary).
     *
     * @throws ResponseStatusException 403 for anyone insight does not show figures to
     */
    public Optional<Asked> ask(CurrentUser user, PeriodForm period, String authority, Model model) {
        if (!access.mayView(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        InsightScope.Shown shown = scope.of(user, InsightScope.parse(authority));
        model.addAttribute("shown", shown);
        model.addAttribute("asAt", facts.asAt().orElse(null));
        model.addAttribute("threshold", suppression.threshold());
        model.addAttribute("s", suppression);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(period, "period");
        Optional<PeriodForm.Period> checked = period.check(today.minusYears(1).plusDays(1), today, errors);
        if (errors.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(errors, List.of("fromDay", "toDay")));
            model.addAttribute("org.springframework.validation.BindingResult.period", errors);
            return Optional.empty();
        }
        model.addAttribute("from", checked.get().from());
        model.addAttribute("to", checked.get().to());
        return Optional.of(new Asked(checked.get().from(), checked.get().to(), shown));
    }

    /**
     * Records who viewed a page's figures, for the period and scope asked, in the reading's transaction.
     *
     * @param page   the audit trail's name for the page: "insight-impact"
     * @param detail what the page adds to the period and scope (", population of 2025"), or ""
     */
    public void viewed(String page, Asked asked, String detail) {
        audit.record(AuditAction.VIEW, new AuditTrail.Subject(page, null, null), List.of(),
                asked.from() + " to " + asked.to() + " for " + asked.shown().name() + detail);
    }
}

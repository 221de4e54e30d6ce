package org.homeward.insight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.access.CurrentUser;
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

    InsightQuestion(InsightAccess access, InsightScope scope, EpisodeFacts facts, Suppression suppression, Clock clock) {
        this.access = access;
        this.scope = scope;
        this.facts = facts;
        this.suppression = suppression;
        this.clock = clock;
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
}

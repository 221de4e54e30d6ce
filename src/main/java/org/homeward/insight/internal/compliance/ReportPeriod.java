package org.homeward.insight.internal.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.PeriodForm;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;

/** The period a report is asked for: checked, its errors put on the page, and the viewing audited. */
final class ReportPeriod {

    private ReportPeriod() {
    }

    /** The period, or empty with the errors on the model; {@code from} and {@code to} on the model when read. */
    static Optional<PeriodForm.Period> read(PeriodForm period, LocalDate defaultFrom, LocalDate today, Model model,
                                            AuditTrail audit, String report) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(period, "period");
        Optional<PeriodForm.Period> checked = period.check(defaultFrom, today, errors);
        if (errors.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(errors, List.of("fromDay", "toDay")));
            model.addAttribute("org.springframework.validation.BindingResult.period", errors);
            return Optional.empty();
        }
        audit.record(AuditAction.VIEW, new AuditTrail.Subject(report, null, null), List.of(),
                checked.get().from() + " to " + checked.get().to());
        model.addAttribute("from", checked.get().from());
        model.addAttribute("to", checked.get().to());
        return checked;
    }
}

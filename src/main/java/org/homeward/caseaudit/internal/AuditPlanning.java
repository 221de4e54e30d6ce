package org.homeward.caseaudit.internal;

import static org.homeward.caseaudit.internal.CaseAuditAnswers.uuid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.caseaudit.internal.CaseAuditForms.AuditForm;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.FormChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Plans an audit: its theme and objective, the template it uses, the council and period sampled, when it runs. */
@Service
class AuditPlanning {

    private final CaseAudits audits;
    private final AuditTrail trail;
    private final Directory directory;
    private final Clock clock;

    AuditPlanning(CaseAudits audits, AuditTrail trail, Directory directory, Clock clock) {
        this.audits = audits;
        this.trail = trail;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public Optional<UUID> plan(CurrentUser user, AuditForm form, Errors errors) {
        FormChecks.required(form.getTheme(), "theme", "Enter the audit's theme", errors);
        FormChecks.maxLength(form.getTheme(), 200, "theme", "The theme must be 200 characters or fewer", errors);
        FormChecks.required(form.getObjective(), "objective", "Enter the audit's objective", errors);
        FormChecks.maxLength(form.getObjective(), 2000, "objective", "The objective must be 2000 characters or fewer", errors);
        Optional<UUID> template = uuid(form.getTemplateId()).filter(id -> audits.template(id).isPresent());
        if (template.isEmpty()) {
            errors.rejectValue("templateId", "required", "Select the template the audit uses");
        }
        Optional<UUID> council = uuid(form.getCouncilId())
                .filter(id -> directory.localAuthorities().stream().anyMatch(o -> o.id().equals(id)));
        if (council.isEmpty()) {
            errors.rejectValue("councilId", "required", "Select the council whose children are sampled");
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        Optional<LocalDate> from = FormChecks.date(form.from(), "fromDay", "Enter the first day of the period sampled",
                "The first day of the period", today.minusYears(5), "The period cannot start more than 5 years ago",
                today, "The period cannot start in the future", errors);
        Optional<LocalDate> to = FormChecks.date(form.to(), "toDay", "Enter the last day of the period sampled",
                "The last day of the period", null, null, today, "The period cannot end in the future", errors);
        from.ifPresent(f -> to.ifPresent(t -> FormChecks.notBefore("toDay", t, "The period must end", "it starts", f, errors)));
        Optional<LocalDate> starts = FormChecks.date(form.starts(), "startsDay", "Enter the day the audit starts",
                "The day the audit starts", today.minusDays(30), "The audit cannot start more than 30 days ago",
                today.plusYears(1), "The audit must start within a year", errors);
        Optional<LocalDate> ends = FormChecks.date(form.ends(), "endsDay", "Enter the day the audit ends",
                "The day the audit ends", null, null, today.plusYears(2), "The audit must end within 2 years", errors);
        starts.ifPresent(s -> ends.ifPresent(e -> {
            if (FormChecks.notBefore("endsDay", e, "The audit must end", "it starts", s, errors)
                    && e.isAfter(s.plusDays(180)) && !errors.hasFieldErrors("endsDay")) {
                errors.rejectValue("endsDay", "tooLong", "An audit can run for 180 days at most: auditors' access ends with it");
            }
        }));
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        UUID id = audits.addAudit(form.getTheme().strip(), form.getObjective().strip(), template.get(), council.get(),
                from.get(), to.get(), starts.get(), ends.get(), user.id(), clock.instant());
        trail.record(AuditAction.CREATE, new AuditTrail.Subject("case_audit", id, null), List.of("theme", "objective"), null);
        return Optional.of(id);
    }
}

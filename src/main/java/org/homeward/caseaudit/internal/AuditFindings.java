package org.homeward.caseaudit.internal;

import static org.homeward.caseaudit.internal.CaseAuditAnswers.uuid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.caseaudit.internal.CaseAuditForms.FindingForm;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.Notifier;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.FormChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * What an audit found, and the report that ends it: a recommendation is an action with its owner and due
 * date on the owner's queue; issuing the report tells every practitioner whose work was sampled.
 */
@Service
class AuditFindings {

    private final CaseAudits audits;
    private final AuditTrail trail;
    private final Deadlines deadlines;
    private final Notifier notifier;
    private final Directory directory;
    private final Clock clock;

    AuditFindings(CaseAudits audits, AuditTrail trail, Deadlines deadlines, Notifier notifier, Directory directory,
                  Clock clock) {
        this.audits = audits;
        this.trail = trail;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public boolean add(CurrentUser user, CaseAudits.Audit audit, FindingForm form, Errors errors) {
        if (!FormChecks.oneOf(form.getKind(), Set.of("STRENGTH", "DEVELOPMENT", "RECOMMENDATION"))) {
            errors.rejectValue("kind", "required", "Select what kind of finding this is");
        }
        FormChecks.required(form.getText(), "text", "Enter the finding", errors);
        FormChecks.maxLength(form.getText(), 2000, "text", "The finding must be 2000 characters or fewer", errors);
        boolean action = "RECOMMENDATION".equals(form.getKind());
        Optional<UUID> owner = uuid(form.getOwnerId())
                .filter(id -> directory.practitioners().stream().anyMatch(o -> o.id().equals(id)));
        Optional<LocalDate> due = Optional.empty();
        if (action) {
            if (owner.isEmpty()) {
                errors.rejectValue("ownerId", "required", "Select who owns the action");
            }
            LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
            due = FormChecks.date(form.due(), "dueDay", "Enter the date the action is due", "The date the action is due",
                    today, "The action cannot be due in the past", today.plusYears(2),
                    "The action must be due within 2 years", errors);
        }
        if (errors.hasErrors()) {
            return false;
        }
        UUID id = audits.addFinding(audit.id(), form.getKind(), form.getText().strip(), action ? owner.get() : null,
                action ? due.get() : null, user.id(), clock.instant());
        if (action) {
            deadlines.open(new NewTask(new TaskSource("CASE_AUDIT_ACTION", CaseAudits.MODULE, id.toString()),
                    "Act on a case-file audit recommendation: " + abbreviate(form.getText().strip()), null,
                    TaskOwner.person(owner.get()), Deadlines.endOf(due.get()), false, "/case-audits/" + audit.id()));
        }
        trail.record(AuditAction.CREATE, new AuditTrail.Subject("case_audit_finding", id, null), List.of("text"), null);
        return true;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    /** Issues the report: the audit ends, and with it every auditor's access to the sampled records. */
    @Transactional
    public void issue(CurrentUser user, CaseAudits.Audit audit) {
        audits.reported(audit.id(), clock.instant(), user.id());
        List<UUID> practitioners = audits.cases(audit.id()).stream().map(CaseAudits.SampledCase::practitionerId)
                .filter(Objects::nonNull).distinct().toList();
        notifier.tell(practitioners, user.id(), "The report of the case-file audit \"" + audit.theme()
                + "\" is issued: its findings about your work are on the case's page.", "/case-audits/" + audit.id(),
                "Homeward: a case-file audit report is issued");
        trail.record(AuditAction.CHANGE, new AuditTrail.Subject("case_audit", audit.id(), null), List.of("reported"), null);
    }
}

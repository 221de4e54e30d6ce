package org.homeward.caseaudit.internal;

import static org.homeward.caseaudit.internal.CaseAuditAnswers.TEXT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.caseaudit.internal.CaseAuditForms.TextForm;
import org.homeward.child.Children;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.FormChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A safeguarding concern found while auditing goes at once to the child's team (its managers see
 * team tasks) as a high-risk task, which the escalation matrix takes to the named senior managers.
 */
@Service
class SafeguardingConcerns {

    private final CaseAudits audits;
    private final AuditTrail trail;
    private final Deadlines deadlines;
    private final Children children;
    private final Clock clock;

    SafeguardingConcerns(CaseAudits audits, AuditTrail trail, Deadlines deadlines, Children children, Clock clock) {
        this.audits = audits;
        this.trail = trail;
        this.deadlines = deadlines;
        this.children = children;
        this.clock = clock;
    }

    @Transactional
    public boolean raise(CurrentUser user, CaseAudits.Part part, TextForm form, Errors errors) {
        FormChecks.required(form.getText(), "text", "Enter the safeguarding concern", errors);
        FormChecks.maxLength(form.getText(), TEXT, "text", "The concern must be 4000 characters or fewer", errors);
        Optional<TaskOwner> owner = children.responsibleTeam(part.childId()).map(TaskOwner::team)
                .or(() -> deadlines.ownerFor(part.childId()));
        if (owner.isEmpty() && !errors.hasErrors()) {
            errors.rejectValue("text", "noTeam", "The child has no team to tell: call the council's front door now");
        }
        if (errors.hasErrors()) {
            return false;
        }
        UUID concern = audits.addConcern(part.id(), part.childId(), form.getText().strip(), user.id(), clock.instant());
        deadlines.open(new NewTask(new TaskSource("CASE_AUDIT_CONCERN", CaseAudits.MODULE, concern.toString()),
                "Act on a safeguarding concern an auditor found", part.childId(), owner.get(),
                Deadlines.endOf(LocalDate.now(clock.withZone(ClockConfiguration.LONDON))), true,
                "/children/" + part.childId()));
        trail.record(AuditAction.CREATE, new AuditTrail.Subject("case_audit_concern", concern, part.childId()),
                List.of("description"), "Safeguarding concern raised to the child's team");
        return true;
    }
}

package org.homeward.caseaudit.internal;

import static org.homeward.caseaudit.internal.CaseAuditAnswers.TEXT;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.caseaudit.internal.CaseAuditForms.LineAnswer;
import org.homeward.caseaudit.internal.CaseAuditForms.PartForm;
import org.homeward.oversight.Notifier;
import org.homeward.platform.web.FormChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * One agency's part of a case, line by line: the auditor grades it, a second auditor moderates the grades,
 * and the lead settles any disagreement. Each step tells whoever acts next.
 */
@Service
class PartReview {

    private final CaseAudits audits;
    private final AuditTrail trail;
    private final Notifier notifier;
    private final Clock clock;

    PartReview(CaseAudits audits, AuditTrail trail, Notifier notifier, Clock clock) {
        this.audits = audits;
        this.trail = trail;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** The auditor's grades and notes; submitted, they go to the moderator (or, with none, stand). */
    @Transactional
    public boolean grade(CaseAudits.Template template, List<CaseAudits.Line> lines, CaseAudits.Part part,
                         PartForm form, Errors errors) {
        boolean submit = "yes".equals(form.getSubmit());
        for (int n = 0; n < lines.size(); n++) {
            LineAnswer answer = answer(form, n);
            String field = "lines[" + n + "].";
            if (answer.getGrade() != null && !answer.getGrade().isBlank()
                    && !template.gradeScale().contains(answer.getGrade())) {
                errors.rejectValue(field + "grade", "invalid", "Select a grade from the scale");
            } else if (submit && (answer.getGrade() == null || answer.getGrade().isBlank())) {
                errors.rejectValue(field + "grade", "required", "Select a grade for line " + (n + 1));
            }
            if (submit) {
                FormChecks.required(answer.getNote(), field + "note", "Enter the evidence for the grade of line " + (n + 1), errors);
            }
            FormChecks.maxLength(answer.getNote(), TEXT, field + "note", "The evidence must be 4000 characters or fewer", errors);
        }
        FormChecks.maxLength(form.getPractitionerConversation(), TEXT, "practitionerConversation",
                "The conversation must be 4000 characters or fewer", errors);
        FormChecks.maxLength(form.getFamilyFeedback(), TEXT, "familyFeedback",
                "The feedback must be 4000 characters or fewer", errors);
        if (errors.hasErrors()) {
            return false;
        }
        for (int n = 0; n < lines.size(); n++) {
            LineAnswer answer = answer(form, n);
            audits.saveGrade(part.id(), lines.get(n).id(), FormChecks.trimmed(answer.getGrade()),
                    FormChecks.trimmed(answer.getNote()));
        }
        audits.saveAnswers(part.id(), FormChecks.trimmed(form.getPractitionerConversation()),
                FormChecks.trimmed(form.getFamilyFeedback()));
        if (submit) {
            audits.status(part.id(), part.statusWhenSubmitted(), "submitted_at", clock.instant());
            if (part.moderatorId() != null) {
                notifier.tell(List.of(part.moderatorId()), part.auditorId(), "A case-file audit part is ready for you to moderate.",
                        "/case-audit-parts/" + part.id(), "Homeward: a case-file audit needs you");
            }
        }
        trail.record(AuditAction.CHANGE, part.subject(), List.of("grades"), submit ? "Submitted" : "Saved");
        return true;
    }

    /** The moderator agrees or disagrees with each grade, with a reason for each disagreement. */
    @Transactional
    public boolean moderate(CaseAudits.Audit audit, List<CaseAudits.Line> lines, CaseAudits.Part part, PartForm form,
                            Errors errors) {
        boolean disagreed = false;
        for (int n = 0; n < lines.size(); n++) {
            LineAnswer answer = answer(form, n);
            String field = "lines[" + n + "].";
            if (!FormChecks.oneOf(answer.getModeration(), Set.of("AGREE", "DISAGREE"))) {
                errors.rejectValue(field + "moderation", "required", "Select whether you agree with the grade of line " + (n + 1));
            } else if (answer.getModeration().equals("DISAGREE")) {
                disagreed = true;
                FormChecks.required(answer.getReason(), field + "reason", "Enter why you disagree with the grade of line " + (n + 1), errors);
            }
            FormChecks.maxLength(answer.getReason(), 2000, field + "reason", "The reason must be 2000 characters or fewer", errors);
        }
        if (errors.hasErrors()) {
            return false;
        }
        for (int n = 0; n < lines.size(); n++) {
            LineAnswer answer = answer(form, n);
            audits.moderate(part.id(), lines.get(n).id(), answer.getModeration(), FormChecks.trimmed(answer.getReason()));
        }
        audits.status(part.id(), CaseAudits.Part.statusWhenModerated(disagreed), "moderated_at", clock.instant());
        if (disagreed) {
            notifier.tell(List.of(audit.leadId()), part.moderatorId(), "A moderator disagreed with an auditor's grades: resolve it.",
                    "/case-audit-parts/" + part.id(), "Homeward: a case-file audit needs you");
        }
        trail.record(AuditAction.CHANGE, part.subject(), List.of("moderation"), disagreed ? "Disagreed" : "Agreed");
        return true;
    }

    /** The lead settles each disagreement: the grade that stands and why. */
    @Transactional
    public boolean resolve(CaseAudits.Template template, List<CaseAudits.Line> lines, CaseAudits.Part part,
                           List<CaseAudits.Grade> grades, PartForm form, Errors errors) {
        for (int n = 0; n < lines.size(); n++) {
            if (!disputed(grades, lines.get(n).id())) {
                continue;
            }
            LineAnswer answer = answer(form, n);
            String field = "lines[" + n + "].";
            if (!FormChecks.oneOf(answer.getGrade(), template.gradeScale())) {
                errors.rejectValue(field + "grade", "required", "Select the grade that stands for line " + (n + 1));
            }
            FormChecks.required(answer.getNote(), field + "note", "Enter how the disagreement on line " + (n + 1) + " was resolved", errors);
            FormChecks.maxLength(answer.getNote(), 2000, field + "note", "The resolution must be 2000 characters or fewer", errors);
        }
        if (errors.hasErrors()) {
            return false;
        }
        for (int n = 0; n < lines.size(); n++) {
            UUID lineId = lines.get(n).id();
            if (disputed(grades, lineId)) {
                LineAnswer answer = answer(form, n);
                audits.resolve(part.id(), lineId, answer.getGrade(), answer.getNote().strip());
            }
        }
        audits.status(part.id(), "RESOLVED", "resolved_at", clock.instant());
        trail.record(AuditAction.CHANGE, part.subject(), List.of("resolution"), null);
        return true;
    }

    private static boolean disputed(List<CaseAudits.Grade> grades, UUID lineId) {
        return grades.stream().anyMatch(g -> g.lineId().equals(lineId) && "DISAGREE".equals(g.moderation()));
    }

    private static LineAnswer answer(PartForm form, int n) {
        List<LineAnswer> answers = form.getLines();
        LineAnswer answer = answers != null && n < answers.size() ? answers.get(n) : null;
        return answer == null ? new LineAnswer() : answer;
    }
}

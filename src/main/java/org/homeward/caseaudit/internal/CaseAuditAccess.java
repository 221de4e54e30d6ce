package org.homeward.caseaudit.internal;

import static org.homeward.access.Role.*;

import java.time.Clock;
import java.time.LocalDate;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.platform.ClockConfiguration;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a case-file audit (decision 0030). Opening a sampled child's evidence also needs
 * {@link AccessPolicy#mayViewChild}: the audit's own allocation is what makes an auditor involved, while it runs.
 */
@Component
class CaseAuditAccess {

    private final AccessPolicy policy;
    private final Clock clock;

    CaseAuditAccess(AccessPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    /** Plan an audit and lead it: auditors and named senior managers. */
    boolean mayPlan(CurrentUser user) {
        return user != null && user.hasAny(AUDITOR, SENIOR_MANAGER);
    }

    /** The programme (counts and grades, no child named): those who plan audits, managers and the board. */
    boolean mayViewProgramme(CurrentUser user) {
        return user != null && user.hasAny(AUDITOR, SENIOR_MANAGER, TEAM_MANAGER, BOARD_MEMBER, ANALYST);
    }

    /** The audit's own page: whoever sees the programme, and everyone given a part or an action in it. */
    boolean mayViewAudit(CurrentUser user, CaseAudits.Audit audit, boolean takesPart) {
        return mayViewProgramme(user) || takesPart || leads(user, audit);
    }

    boolean leads(CurrentUser user, CaseAudits.Audit audit) {
        return user != null && user.id().equals(audit.leadId());
    }

    /** Sample, allocate, consolidate, record findings and issue the report: the lead, while the audit is open. */
    boolean mayManage(CurrentUser user, CaseAudits.Audit audit) {
        return leads(user, audit) && audit.reportedAt() == null;
    }

    /** The part's own auditor grades it, while the audit runs. */
    boolean mayGrade(CurrentUser user, CaseAudits.Audit audit, CaseAudits.Part part) {
        return user != null && user.id().equals(part.auditorId()) && audit.runsOn(today())
                && part.beingAudited() && policy.mayViewChild(user, part.childId());
    }

    /** The second auditor moderates a part once it is submitted. */
    boolean mayModerate(CurrentUser user, CaseAudits.Audit audit, CaseAudits.Part part) {
        return user != null && user.id().equals(part.moderatorId()) && audit.runsOn(today())
                && part.awaitingModeration() && policy.mayViewChild(user, part.childId());
    }

    /** The lead resolves a disagreement between auditor and moderator. */
    boolean mayResolve(CurrentUser user, CaseAudits.Audit audit, CaseAudits.Part part) {
        return leads(user, audit) && audit.runsOn(today()) && part.awaitingResolution();
    }

    /** Read a part: its auditor, moderator and the lead while the audit runs; the practitioner once it is submitted. */
    boolean mayReadPart(CurrentUser user, CaseAudits.Audit audit, CaseAudits.Part part, CaseAudits.SampledCase sampled) {
        if (user == null || !policy.mayViewChild(user, part.childId())) {
            return false;
        }
        boolean auditing = user.id().equals(part.auditorId()) || user.id().equals(part.moderatorId()) || leads(user, audit);
        return auditing && audit.runsOn(today())
                || user.id().equals(sampled.practitionerId()) && !part.beingAudited();
    }

    /** A sampled case's page: the lead while the audit runs, the practitioner whose work it is. */
    boolean mayReadCase(CurrentUser user, CaseAudits.Audit audit, CaseAudits.SampledCase sampled) {
        return user != null && policy.mayViewChild(user, sampled.childId())
                && (leads(user, audit) && audit.runsOn(today()) || user.id().equals(sampled.practitionerId()));
    }

    /** The practitioner adds context while the audit runs. */
    boolean mayAddContext(CurrentUser user, CaseAudits.Audit audit, CaseAudits.SampledCase sampled) {
        return user != null && user.id().equals(sampled.practitionerId()) && audit.reportedAt() == null
                && !today().isAfter(audit.endsOn()) && policy.mayViewChild(user, sampled.childId());
    }

    /** Raise a safeguarding concern found in the part: those auditing it, while the audit runs. */
    boolean mayRaiseConcern(CurrentUser user, CaseAudits.Audit audit, CaseAudits.Part part) {
        return user != null && audit.runsOn(today()) && (user.id().equals(part.auditorId())
                || user.id().equals(part.moderatorId()) || leads(user, audit));
    }

    /** Change the templates (a new version each time): administrators. */
    boolean mayEditTemplates(CurrentUser user) {
        return policy.mayAdminister(user);
    }
}

package org.homeward.caseaudit.internal;

import static org.homeward.caseaudit.internal.CaseAuditAnswers.text;

import java.time.Clock;
import java.util.List;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** What is written about a sampled case as a whole: the practitioner's context and the lead's consolidated view. */
@Service
class CaseNotes {

    private final CaseAudits audits;
    private final AuditTrail trail;
    private final Clock clock;

    CaseNotes(CaseAudits audits, AuditTrail trail, Clock clock) {
        this.audits = audits;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional
    public boolean addContext(CurrentUser user, CaseAudits.SampledCase sampled, String text, Errors errors) {
        if (!text(text, "context", "Enter the context you want the auditors to know", errors)) {
            return false;
        }
        audits.addContext(sampled.id(), sampled.childId(), user.id(), text.strip(), clock.instant());
        trail.record(AuditAction.CHANGE, sampled.subject(), List.of("context"), "Practitioner's context");
        return true;
    }

    @Transactional
    public boolean consolidate(CurrentUser user, CaseAudits.SampledCase sampled, String text, Errors errors) {
        if (!text(text, "consolidation", "Enter the consolidated view of the case", errors)) {
            return false;
        }
        audits.consolidate(sampled.id(), text.strip(), clock.instant(), user.id());
        trail.record(AuditAction.CHANGE, sampled.subject(), List.of("consolidation"), null);
        return true;
    }
}

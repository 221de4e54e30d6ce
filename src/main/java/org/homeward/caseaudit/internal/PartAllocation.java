package org.homeward.caseaudit.internal;

import static org.homeward.caseaudit.internal.CaseAuditAnswers.uuid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.caseaudit.internal.CaseAuditForms.AllocationForm;
import org.homeward.oversight.Notifier;
import org.homeward.platform.web.Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Gives each agency's part of a sampled case to an auditor of that agency, with a second auditor to moderate
 * it: both may open the child's record while the audit runs, and both are told.
 */
@Service
class PartAllocation {

    private final CaseAudits audits;
    private final AuditTrail trail;
    private final Notifier notifier;
    private final Directory directory;

    PartAllocation(CaseAudits audits, AuditTrail trail, Notifier notifier, Directory directory) {
        this.audits = audits;
        this.trail = trail;
        this.notifier = notifier;
        this.directory = directory;
    }

    /** The lead's choice of auditor and moderator; the agency is the auditor's. */
    @Transactional
    public boolean allocate(CurrentUser user, CaseAudits.Audit audit, CaseAudits.SampledCase sampled,
                            AllocationForm form, Errors errors) {
        List<Directory.Option> auditors = directory.auditors();
        Optional<UUID> auditor = uuid(form.getAuditorId()).filter(id -> auditors.stream().anyMatch(o -> o.id().equals(id)));
        if (auditor.isEmpty()) {
            errors.rejectValue("auditorId", "required", "Select the auditor");
        }
        Optional<UUID> moderator = uuid(form.getModeratorId());
        if (form.getModeratorId() != null && !form.getModeratorId().isBlank()
                && moderator.filter(id -> auditors.stream().anyMatch(o -> o.id().equals(id))).isEmpty()) {
            errors.rejectValue("moderatorId", "invalid", "Select a moderator from the list");
        } else if (moderator.isPresent() && moderator.equals(auditor)) {
            errors.rejectValue("moderatorId", "same", "Select a moderator other than the auditor");
        }
        Optional<UUID> agency = auditor.flatMap(directory::agencyOf);
        if (auditor.isPresent() && agency.isPresent() && audits.partExists(sampled.id(), agency.get())) {
            errors.rejectValue("auditorId", "taken", "This agency's part of the case is already allocated");
        }
        if (errors.hasErrors() || agency.isEmpty()) {
            return false;
        }
        give(user, audit, sampled, agency.get(), auditor.get(), moderator.orElse(null));
        return true;
    }

    /** Adds the part, opens the record to its auditor and moderator while the audit runs, and tells them. */
    void give(CurrentUser user, CaseAudits.Audit audit, CaseAudits.SampledCase sampled, UUID agency, UUID auditor,
              UUID moderator) {
        UUID part = audits.addPart(sampled.id(), audit.id(), sampled.childId(), agency, auditor, moderator);
        audits.grantAccess(audit.id(), sampled.childId(), auditor, audit.accessOpens(), audit.accessCloses());
        if (moderator != null) {
            audits.grantAccess(audit.id(), sampled.childId(), moderator, audit.accessOpens(), audit.accessCloses());
        }
        trail.record(AuditAction.CREATE, new AuditTrail.Subject("case_audit_part", part, sampled.childId()),
                List.of("auditor", "moderator"), null);
        List<UUID> told = new ArrayList<>(List.of(auditor));
        if (moderator != null) {
            told.add(moderator);
        }
        notifier.tell(told, user.id(), "You have a case to audit or moderate in \"" + audit.theme() + "\", from "
                        + Dates.ofDay(audit.startsOn()) + " to "
                        + Dates.ofDay(audit.endsOn()) + ".",
                "/case-audit-parts/" + part, "Homeward: a case-file audit needs you");
    }

    /**
     * Spreads the parts across each agency's auditors: the one with the fewest parts so far audits, the one
     * with the fewest moderations so far (another auditor of the agency) moderates. The lead consolidates
     * and is given no part.
     */
    static final class Allocator {

        record Choice(UUID auditor, UUID moderator) {
        }

        private final Map<UUID, List<CaseAudits.Auditor>> byAgency = new HashMap<>();
        private final Map<UUID, Integer> audited = new HashMap<>();
        private final Map<UUID, Integer> moderated = new HashMap<>();

        Allocator(List<CaseAudits.Auditor> auditors, UUID leadId) {
            for (CaseAudits.Auditor a : auditors) {
                if (!a.id().equals(leadId)) {
                    byAgency.computeIfAbsent(a.agencyId(), k -> new ArrayList<>()).add(a);
                }
            }
        }

        Optional<Choice> next(UUID agency) {
            List<CaseAudits.Auditor> ofAgency = byAgency.getOrDefault(agency, List.of());
            Optional<CaseAudits.Auditor> auditor = ofAgency.stream()
                    .min(Comparator.comparingInt(a -> audited.getOrDefault(a.id(), 0)));
            if (auditor.isEmpty()) {
                return Optional.empty();
            }
            Optional<CaseAudits.Auditor> moderator = ofAgency.stream().filter(a -> !a.id().equals(auditor.get().id()))
                    .min(Comparator.comparingInt(a -> moderated.getOrDefault(a.id(), 0)));
            audited.merge(auditor.get().id(), 1, Integer::sum);
            moderator.ifPresent(m -> moderated.merge(m.id(), 1, Integer::sum));
            return Optional.of(new Choice(auditor.get().id(), moderator.map(CaseAudits.Auditor::id).orElse(null)));
        }
    }
}

package org.homeward.caseaudit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.caseaudit.internal.CaseAuditForms.SampleForm;
import org.homeward.oversight.Notifier;
import org.homeward.platform.Refused;
import org.homeward.platform.web.FormChecks;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Draws an audit's sample of the council's children; the lead may open the sampled records, each child's
 * practitioner is told, and each agency's part may be allocated at once.
 */
@Service
class CaseSampling {

    private static final int MAX_SAMPLE = 50;

    private final CaseAudits audits;
    private final Sampling sampling;
    private final PartAllocation allocation;
    private final AuditTrail trail;
    private final Notifier notifier;
    private final Settings settings;
    private final Clock clock;

    CaseSampling(CaseAudits audits, Sampling sampling, PartAllocation allocation, AuditTrail trail, Notifier notifier,
                 Settings settings, Clock clock) {
        this.audits = audits;
        this.sampling = sampling;
        this.allocation = allocation;
        this.trail = trail;
        this.notifier = notifier;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many cases were drawn; empty when the form needs correcting */
    @Transactional
    public Optional<Integer> sample(CurrentUser user, CaseAudits.Audit audit, SampleForm form, Errors errors) {
        if (!FormChecks.oneOf(form.getCohort(), Set.of("ANY", "LOOKED_AFTER", "NOT_LOOKED_AFTER"))) {
            errors.rejectValue("cohort", "invalid", "Select which children to sample");
        }
        if (!FormChecks.oneOf(form.getRisk(), Set.of("ANY", "HIGH", "MEDIUM", "LOW"))) {
            errors.rejectValue("risk", "invalid", "Select the risk of the children to sample");
        }
        if (form.getRepeatOnly() != null && !form.getRepeatOnly().equals("yes")) {
            errors.rejectValue("repeatOnly", "invalid", "Tick the box or leave it empty");
        }
        if (form.getAllocate() != null && !form.getAllocate().equals("yes")) {
            errors.rejectValue("allocate", "invalid", "Tick the box or leave it empty");
        }
        Sampling.Stratum stratum = null;
        try {
            stratum = Sampling.Stratum.valueOf(String.valueOf(form.getStratum()));
        } catch (IllegalArgumentException e) {
            errors.rejectValue("stratum", "invalid", "Select how the sample is drawn");
        }
        int size = 0;
        try {
            size = Integer.parseInt(String.valueOf(form.getSize()).strip());
        } catch (NumberFormatException e) {
            errors.rejectValue("size", "invalid", "Enter how many cases to sample, like 10");
        }
        if (!errors.hasFieldErrors("size") && (size < 1 || size > MAX_SAMPLE)) {
            errors.rejectValue("size", "range", "Enter a number of cases from 1 to " + MAX_SAMPLE);
        }
        Refused.allows(audit::refuseSample, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        int repeat = settings.number(Setting.INSIGHT_REPEAT_EPISODES);
        Sampling.Criteria criteria = new Sampling.Criteria(form.getCohort(), form.getRisk(),
                "yes".equals(form.getRepeatOnly()), stratum, size, repeat);
        List<Sampling.Picked> picked = sampling.pick(sampling.cohort(audit.councilId(), audit.periodFrom(),
                audit.periodTo()), criteria);
        if (picked.isEmpty()) {
            errors.rejectValue("size", "none", "No children of the council match: choose fewer conditions");
            return Optional.empty();
        }
        int position = 1;
        for (Sampling.Picked p : picked) {
            audits.addCase(audit.id(), p.childId(), position++, p.stratum(), p.allocatedWorkerId());
        }
        boolean allocate = "yes".equals(form.getAllocate());
        audits.sampled(audit.id(), describe(criteria, picked.size()) + (allocate ? "; parts allocated to each agency's auditors" : ""),
                clock.instant());
        PartAllocation.Allocator allocator = allocate ? new PartAllocation.Allocator(audits.auditors(), audit.leadId()) : null;
        for (CaseAudits.SampledCase sampled : audits.cases(audit.id())) {
            audits.grantAccess(audit.id(), sampled.childId(), audit.leadId(), audit.accessOpens(), audit.accessCloses());
            trail.record(AuditAction.CREATE, sampled.subject(), List.of(), "Sampled for a case-file audit");
            if (sampled.practitionerId() != null) {
                notifier.tell(List.of(sampled.practitionerId()), user.id(),
                        "Your work with a child is in the case-file audit \"" + audit.theme()
                                + "\". You may add context while it runs, and will see its findings.",
                        "/case-audit-cases/" + sampled.id(), "Homeward: a case-file audit includes your work");
            }
            if (allocator != null) {
                for (UUID agency : audits.agenciesOf(sampled.childId(), audit.councilId(), audit.periodFrom(), audit.periodTo())) {
                    allocator.next(agency).ifPresent(a -> allocation.give(user, audit, sampled, agency, a.auditor(), a.moderator()));
                }
            }
        }
        return Optional.of(picked.size());
    }

    /** The sample as the audit's page and report state it. */
    private static String describe(Sampling.Criteria c, int drawn) {
        List<String> said = new ArrayList<>();
        said.add(drawn + " of " + c.size() + " cases asked for");
        said.add(switch (c.cohort()) {
            case "LOOKED_AFTER" -> "looked-after children";
            case "NOT_LOOKED_AFTER" -> "children not looked after";
            default -> "all children";
        });
        if (!c.risk().equals("ANY")) {
            said.add("highest police risk " + c.risk().toLowerCase(Locale.UK));
        }
        if (c.repeatOnly()) {
            said.add("missing " + c.repeatEpisodes() + " or more times in the period");
        }
        said.add(switch (c.stratum()) {
            case NONE -> "at random";
            case COHORT -> "the same number from looked-after children and others";
            case RISK -> "the same number from each risk level";
            case REPEAT -> "the same number from repeat and single episodes";
            case POLICE_FORCE -> "the same number from each police force the children were reported to";
            case CARE_PROVIDER -> "the same number from each care provider the children were placed with";
        });
        return String.join("; ", said);
    }
}

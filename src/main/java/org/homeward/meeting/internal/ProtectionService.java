package org.homeward.meeting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.DateTimeInput;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.FormChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/** Front-door referrals with their threshold and outcome; police protection, emergency accommodation, disruption. */
@Service
class ProtectionService {

    static final String LEVELS = "levels-of-help";
    static final String MEASURES = "protective-measure";
    /** Police protection lasts at most 72 hours (Children Act 1989 s46(6)). */
    static final Duration POLICE_PROTECTION_LIMIT = Duration.ofHours(72);

    private final Protection protection;
    private final Vocabularies vocabularies;
    private final AuditTrail audit;
    private final Clock clock;

    ProtectionService(Protection protection, Vocabularies vocabularies, AuditTrail audit, Clock clock) {
        this.protection = protection;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    @Transactional
    public boolean refer(UUID childId, ProtectionForm form, BindingResult result, CurrentUser user) {
        Instant now = clock.instant();
        Optional<Instant> at = when(form.at(), "atDay", "the referral", true, now, result);
        if (!vocabularies.inForce(LEVELS, form.getLevelOfHelp(), today())) {
            result.rejectValue("levelOfHelp", "required", "Select the level of help");
        }
        Optional<LocalDate> outcomeOn = Optional.empty();
        if (!form.outcomeOn().blank()) {
            outcomeOn = form.outcomeOn().toDate();
            if (outcomeOn.isEmpty()) {
                result.rejectValue("decidedDay", "invalid", "Enter a real date for the outcome");
            }
            if (at.isPresent() && outcomeOn.isPresent()) {
                FormChecks.notBefore("decidedDay", outcomeOn.get(), "The outcome must be", "the referral",
                        at.get().atZone(ClockConfiguration.LONDON).toLocalDate(), result);
            }
            FormChecks.required(form.getOutcome(), "outcome", "Enter the outcome", result);
        } else if (FormChecks.trimmed(form.getOutcome()) != null) {
            result.rejectValue("decidedDay", "required", "Enter the date of the outcome");
        }
        if (result.hasErrors()) {
            return false;
        }
        protection.addReferral(childId, at.get(), form.getReferredTo().strip(), form.getReason().strip(),
                form.getLevelOfHelp(), FormChecks.trimmed(form.getAssessmentType()), FormChecks.trimmed(form.getOutcome()),
                outcomeOn.orElse(null), user.id(), now);
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("referral", null, childId), List.of("Referral"), null);
        return true;
    }

    @Transactional
    public boolean addMeasure(UUID childId, ProtectionForm form, BindingResult result, CurrentUser user) {
        Instant now = clock.instant();
        String kind = form.getKind();
        if (!vocabularies.inForce(MEASURES, kind, today())) {
            result.rejectValue("kind", "required", "Select what was done");
            kind = null;
        }
        Optional<Instant> starts = when(form.at(), "atDay", "the start", true, now, result);
        Optional<Instant> ends = when(form.end(), "endDay", "the end", false, now, result);
        if (starts.isPresent() && ends.isPresent()
                && FormChecks.notBefore("endDay", ends.get(), "The end must be", "the start", starts.get(), result)
                && "POLICE_PROTECTION".equals(kind)
                && Duration.between(starts.get(), ends.get()).compareTo(POLICE_PROTECTION_LIMIT) > 0) {
            result.rejectValue("endDay", "tooLong", "Police protection lasts at most 72 hours");
        }
        boolean placed = "POLICE_PROTECTION".equals(kind) || "EMERGENCY_ACCOMMODATION".equals(kind);
        if (placed) {
            FormChecks.required(form.getPlace(), "place", "Enter where the child was kept safe", result);
        }
        if (kind != null && !placed) {
            FormChecks.required(form.getSubject(), "subject", "Enter who the notice or disruption was against", result);
        }
        if (result.hasErrors()) {
            return false;
        }
        protection.addMeasure(childId, kind, starts.get(), ends.orElse(null), FormChecks.trimmed(form.getPlace()),
                form.getAuthorisedBy().strip(), placed ? null : FormChecks.trimmed(form.getSubject()),
                FormChecks.trimmed(form.getDetails()), user.id(), now);
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("protective-measure", null, childId),
                List.of(vocabularies.label(MEASURES, kind).orElse(kind)), null);
        return true;
    }

    private static Optional<Instant> when(DateTimeInput input, String field, String what, boolean required,
                                          Instant now, BindingResult result) {
        if (input.blank()) {
            if (required) {
                result.rejectValue(field, "required", "Enter the date and time of " + what);
            }
            return Optional.empty();
        }
        Optional<Instant> at = input.toInstant();
        if (at.isEmpty()) {
            result.rejectValue(field, "invalid", "Enter a real date and a time such as 14:30");
        } else if (DateTimeInput.beforeEarliestEvent(at.get())) {
            result.rejectValue(field, "early", "The date and time of " + what + " must be on or after 1 January 2000");
            return Optional.empty();
        } else if (at.get().isAfter(now)) {
            result.rejectValue(field, "future", "The date and time of " + what + " cannot be in the future");
            return Optional.empty();
        }
        return at;
    }
}

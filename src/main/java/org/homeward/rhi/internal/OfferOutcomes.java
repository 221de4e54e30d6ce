package org.homeward.rhi.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Refused;
import org.homeward.platform.WorkingDays;
import org.homeward.platform.web.FormChecks;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import static org.homeward.rhi.internal.OfferService.subject;

/**
 * What becomes of an offer short of an interview: the attempts to reach the child, their answer and what
 * follows a decline, and a decision not to offer one with its sign-off; each change audited.
 */
@Service
class OfferOutcomes {

    static final Set<String> METHODS = Set.of("FACE_TO_FACE", "PHONE", "TEXT", "LETTER", "OTHER");

    private final OfferRecords records;
    private final AuditTrail audit;
    private final Clock clock;
    private final OfferDeadlines deadlines;
    private final ReturnInterviewClosure closure;
    private final Settings settings;

    OfferOutcomes(OfferRecords records, AuditTrail audit, Clock clock, OfferDeadlines deadlines,
                  ReturnInterviewClosure closure, Settings settings) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.deadlines = deadlines;
        this.closure = closure;
        this.settings = settings;
    }

    @Transactional
    public boolean recordAttempt(Offer offer, AttemptForm form, BindingResult result, CurrentUser user) {
        if (!Refused.allows(offer::refuseAttempt, result)) {
            return false;
        }
        Instant now = clock.instant();
        Optional<Instant> at = OfferTime.read(form.attemptedAt(), "attemptedDay", "attempt", offer::refuseAttemptAt,
                now, result);
        if (!FormChecks.oneOf(form.getMethod(), METHODS)) {
            result.rejectValue("method", "required", "Select how the child was contacted");
        }
        if (result.hasErrors()) {
            return false;
        }
        records.addAttempt(offer.id(), at.get(), form.getMethod(), form.getResult().strip(), user.id(), now);
        deadlines.offerMet(List.of(offer.id()), user.id());
        audit.record(AuditAction.CHANGE, subject(offer), List.of("Attempts"), "Attempt recorded");
        return true;
    }

    @Transactional
    public boolean recordOutcome(Offer offer, OutcomeForm form, BindingResult result, CurrentUser user) {
        if (!Refused.allows(offer::refuseOutcome, result)) {
            return false;
        }
        if (form.getOutcome() == null || Arrays.stream(Offer.Outcome.values()).noneMatch(o -> o.name().equals(form.getOutcome()))) {
            result.rejectValue("outcome", "required", "Select the outcome");
        }
        Refused.allows(() -> Offer.Outcome.refuseParentCarerInformation(form.getOutcome(),
                form.getParentCarerInformation()), result);
        if (result.hasErrors()) {
            return false;
        }
        records.setOutcome(offer.id(), form.getOutcome(), form.getOutcomeReason().strip(),
                blank(form.getParentCarerInformation()) ? null : form.getParentCarerInformation().strip(),
                user.id(), clock.instant());
        deadlines.offerMet(List.of(offer.id()), user.id());
        if (Offer.Outcome.DECLINED.name().equals(form.getOutcome())) {
            LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
            deadlines.nextStepOpened(offer, WorkingDays.plus(today, settings.number(Setting.RHI_DECLINED_NEXT_STEP)));
        }
        audit.record(AuditAction.CHANGE, subject(offer), List.of("Outcome", "Reason"), Offer.Outcome.label(form.getOutcome()));
        if (!Offer.Outcome.ACCEPTED.name().equals(form.getOutcome())) {
            closure.outcomeRecorded(List.of(offer.id()), user);
        }
        return true;
    }

    /** What parents or carers said after the child declined, added later and kept apart from the child's account. */
    @Transactional
    public boolean addParentCarerInformation(Offer offer, DeclinedForm form, BindingResult result, CurrentUser user) {
        if (!Refused.allows(offer::refuseParentCarerInformation, result)) {
            return false;
        }
        FormChecks.required(form.getParentCarerInformation(), "parentCarerInformation",
                "Enter what parents or carers said", result);
        if (result.hasErrors() || !records.addParentCarerInformation(offer.id(), form.getParentCarerInformation().strip())) {
            return false;
        }
        audit.record(AuditAction.CHANGE, subject(offer), List.of("Information from parents or carers"), null);
        return true;
    }

    /** The social worker's decision on what happens next after the child declined; completes their task. */
    @Transactional
    public boolean decideNextStep(Offer offer, DeclinedForm form, BindingResult result, CurrentUser user) {
        if (!Refused.allows(offer::refuseNextStep, result)) {
            return false;
        }
        FormChecks.required(form.getNextStep(), "nextStep",
                "Enter what happens next, for example another offer in a week or support through the plan", result);
        if (result.hasErrors() || !records.decideNextStep(offer.id(), form.getNextStep().strip(), user.id(), clock.instant())) {
            return false;
        }
        deadlines.nextStepDecided(offer.id(), user.id());
        audit.record(AuditAction.CHANGE, subject(offer), List.of("What happens next"), "After the child declined");
        return true;
    }

    @Transactional
    public boolean recordNotOffered(Offer offer, NotOfferedForm form, BindingResult result, CurrentUser user) {
        if (!Refused.allows(offer::refuseOutcome, result) || result.hasErrors()) {
            return false;
        }
        records.notOffered(offer.id(), form.getNotOfferedReason().strip(), user.id(), clock.instant());
        deadlines.notOffered(offer.id(), user.id());
        audit.record(AuditAction.CHANGE, subject(offer), List.of("Not offered", "Reason"), "Awaiting a manager's sign-off");
        closure.outcomeRecorded(List.of(offer.id()), user);
        return true;
    }

    @Transactional
    public boolean signOff(Offer offer, BindingResult result, CurrentUser user) {
        if (!Refused.allows(() -> offer.refuseSignOff(user.id()), result)) {
            return false;
        }
        records.signOff(offer.id(), user.id(), clock.instant());
        audit.record(AuditAction.CHANGE, subject(offer), List.of("Not offered sign-off"), null);
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

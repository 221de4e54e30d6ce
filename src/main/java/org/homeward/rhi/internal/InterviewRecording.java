package org.homeward.rhi.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildRecordChanged;
import org.homeward.child.Children;
import org.homeward.episode.SignificantHarmSuspected;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Refused;
import org.homeward.platform.WorkingDays;
import org.homeward.platform.web.ActionRows;
import org.homeward.rhi.InterviewRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import static org.homeward.rhi.internal.OfferService.subject;

/**
 * Records the interview, with the episodes it also covers, its actions and the plan owner's task, and
 * corrects it afterwards; each change audited.
 */
@Service
class InterviewRecording {

    /** The plan owner reflects the findings within 5 working days (DOMAIN.md RHI-03). */
    static final int PLAN_REVIEW_WORKING_DAYS = 5;

    private final OfferRecords records;
    private final InterviewAnswers answers;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final FollowUps followUps;
    private final Children children;
    private final ApplicationEventPublisher events;
    private final OfferDeadlines deadlines;
    private final ReturnInterviewClosure closure;

    InterviewRecording(OfferRecords records, InterviewAnswers answers, Directory directory, AuditTrail audit,
                       Clock clock, FollowUps followUps, Children children, ApplicationEventPublisher events,
                       OfferDeadlines deadlines, ReturnInterviewClosure closure) {
        this.records = records;
        this.answers = answers;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.followUps = followUps;
        this.children = children;
        this.events = events;
        this.deadlines = deadlines;
        this.closure = closure;
    }

    @Transactional
    public boolean recordInterview(Offer offer, InterviewForm form, BindingResult result, CurrentUser user) {
        Instant now = clock.instant();
        // Whoever asks this of a closed offer was shown no interview form: a conflict, not an answer to correct.
        offer.refuseInterview();
        Optional<Instant> held = OfferTime.read(form.heldAt(), "heldDay", "interview",
                at -> offer.refuseHeldAt(at, List.of()), now, result);
        List<OfferRecords.Factor> factors = new ArrayList<>();
        OfferRecords.Interview interview = answers.read(form, held, now, factors, result);
        List<ActionRows.Action> actions = actions(form, held, result);
        List<UUID> covers = covers(offer, form.getAlsoCovers(), held, result);
        OfferRecords.Links links = answers.links(offer.childId(), form, result);
        if (form.getSignificantHarm() != null && !List.of("yes", "no").contains(form.getSignificantHarm())) {
            result.rejectValue("significantHarm", "invalid", "Select whether significant harm is suspected");
        }
        if (result.hasErrors()) {
            return false;
        }
        records.saveInterview(offer.id(), offer.childId(), interview, factors, covers, user.id(), now);
        records.saveLinks(offer.id(), links);
        followUps.addActions(offer.id(), actions);
        LocalDate heldOn = held.get().atZone(ClockConfiguration.LONDON).toLocalDate();
        UUID planOwner = children.allocatedWorker(offer.childId()).orElse(null);
        LocalDate planDue = WorkingDays.plus(heldOn, PLAN_REVIEW_WORKING_DAYS);
        followUps.openPlanReview(offer.id(), offer.childId(), planOwner, planDue, now);
        List<UUID> met = new ArrayList<>(covers);
        met.add(offer.id());
        deadlines.offerMet(met, user.id());
        deadlines.planReviewOpened(offer.id(), offer.childId(), planOwner, planDue);
        deadlines.actionsAdded(offer.id(), offer.childId(), followUps.actions(offer.id()));
        audit.record(AuditAction.CHANGE, subject(offer), List.of("Interview", "Child's words", "Push and pull factors",
                        "Harms", "Associates and locations", "Follow-up actions", "Support decision"),
                interview.independent() ? null : "Not independent: the child chose a known worker");
        for (UUID covered : covers) {
            audit.record(AuditAction.CHANGE, subject(covered, offer.childId()), List.of("Interview"),
                    "Covered by the interview recorded for another episode");
        }
        events.publishEvent(new InterviewRecorded(offer.id(), offer.childId(), user.id(), held.get()));
        events.publishEvent(new ChildRecordChanged(offer.childId(), "Return home interview held"));
        if ("yes".equals(form.getSignificantHarm())) {
            records.flagSignificantHarm(offer.id());
            events.publishEvent(new SignificantHarmSuspected(offer.childId(), offer.episodeId(),
                    "return home interview", form.getHarm() == null ? null : form.getHarm().strip(), user.id()));
        }
        closure.outcomeRecorded(met, user);
        return true;
    }

    /**
     * Corrects a recorded interview. Its actions, the episodes it covers and the plan owner's task
     * stay as they are; the audit trail names the answers that changed.
     */
    @Transactional
    public boolean changeInterview(Offer offer, InterviewForm form, BindingResult result, CurrentUser user) {
        Instant now = clock.instant();
        OfferRecords.Interview before = records.interview(offer.id()).orElseThrow();
        List<OfferRecords.Factor> factorsBefore = records.factors(offer.id());
        List<Offer> covered = records.coveredBy(offer.id());
        Optional<Instant> held = OfferTime.read(form.heldAt(), "heldDay", "interview",
                at -> offer.refuseHeldAt(at, covered), now, result);
        List<OfferRecords.Factor> factors = new ArrayList<>();
        OfferRecords.Interview after = answers.read(form, held, now, factors, result);
        OfferRecords.Links links = answers.links(offer.childId(), form, result);
        if (result.hasErrors()) {
            return false;
        }
        List<String> changed = new ArrayList<>(OfferRecords.Interview.changes(before, after));
        if (!codes(factors, false).equals(codes(factorsBefore, false))) {
            changed.add("Push and pull factors");
        }
        if (!codes(factors, true).equals(codes(factorsBefore, true))) {
            changed.add("Harms");
        }
        OfferRecords.Links linksBefore = records.links(offer.id());
        if (!new HashSet<>(links.associates()).equals(new HashSet<>(linksBefore.associates()))
                || !new HashSet<>(links.locations()).equals(new HashSet<>(linksBefore.locations()))) {
            changed.add("Associates and locations");
        }
        if (changed.isEmpty()) {
            return true;
        }
        records.changeInterview(offer.id(), after, factors);
        records.saveLinks(offer.id(), links);
        audit.record(AuditAction.CHANGE, subject(offer), changed, "Interview corrected");
        events.publishEvent(new ChildRecordChanged(offer.childId(), "Return home interview corrected"));
        return true;
    }

    private static Set<OfferRecords.Factor> codes(List<OfferRecords.Factor> factors, boolean harms) {
        return factors.stream().filter(f -> InterviewAnswers.HARM.equals(f.vocabulary()) == harms)
                .collect(Collectors.toSet());
    }

    /** Actions begun must be finished, owned by someone who can open the interview, due on or after it. */
    private List<ActionRows.Action> actions(InterviewForm form, Optional<Instant> held, BindingResult result) {
        Set<UUID> people = new HashSet<>(directory.practitioners().stream().map(Directory.Option::id).toList());
        return ActionRows.read(form.getActions(), people,
                        held.map(h -> h.atZone(ClockConfiguration.LONDON).toLocalDate()), "follow-up action", result);
    }

    /** Other episodes of the child this interview also covers: still open, same provider, returned before it. */
    private List<UUID> covers(Offer offer, List<String> ids, Optional<Instant> held, BindingResult result) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Offer> coverable = records.coverable(offer);
        List<UUID> covers = new ArrayList<>();
        for (String id : ids) {
            Optional<Offer> other = coverable.stream().filter(o -> o.id().toString().equals(id)).findFirst();
            if (other.isEmpty()) {
                result.rejectValue("alsoCovers", "unknown",
                        "Select only this child’s other episodes whose interview is still to be held");
                return List.of();
            }
            if (held.isPresent() && !Refused.allows(() -> other.get().refuseCoverHeldAt(held.get()), result)) {
                return List.of();
            }
            covers.add(other.get().id());
        }
        return covers;
    }
}

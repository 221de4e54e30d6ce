package org.homeward.rhi.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.Associates;
import org.homeward.child.ChildRecordChanged;
import org.homeward.child.Children;
import org.homeward.child.Locations;
import org.homeward.child.PlacementSummary;
import org.homeward.child.Placements;
import org.homeward.episode.EpisodeLocated;
import org.homeward.episode.Episodes;
import org.homeward.episode.SignificantHarmSuspected;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Refused;
import org.homeward.platform.DateTimeInput;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.WorkingDays;
import org.homeward.platform.web.ActionRows;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormChecks;
import org.homeward.rhi.InterviewRecorded;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/** Opens the offer when a child returns, and records everything done about it, each change audited. */
@Service
class OfferService {

    static final String PUSH = "rhi-push-factor";
    /** Away from placement without authorisation: whereabouts known; whether to offer is the partnership's choice (EP-06). */
    static final String AWAY = "AWAY_FROM_PLACEMENT";
    static final String PULL = "rhi-pull-factor";
    static final String HARM = "rhi-harm";
    static final String ROLES = "rhi-interviewer-role";
    /**
     * Interviewers who are not independent of the child's care: carers, placement staff, the child's
     * social worker and others of the responsible authority (DfE 2014; DOMAIN.md RHI-01).
     */
    static final Set<String> NOT_INDEPENDENT = Set.of("CARER", "PLACEMENT_STAFF", "SOCIAL_WORKER",
            "RESPONSIBLE_AUTHORITY");
    static final Set<String> METHODS = Set.of("FACE_TO_FACE", "PHONE", "TEXT", "LETTER", "OTHER");
    static final Set<String> SUPPORT = Set.of("NONE", "RHI_SERVICE", "REFERRAL");
    /** The plan owner reflects the findings within 5 working days (DOMAIN.md RHI-03). */
    static final int PLAN_REVIEW_WORKING_DAYS = 5;

    private final OfferRecords records;
    private final Placements placements;
    private final Directory directory;
    private final Vocabularies vocabularies;
    private final AuditTrail audit;
    private final Clock clock;
    private final FollowUps followUps;
    private final Children children;
    private final ApplicationEventPublisher events;
    private final OfferDeadlines deadlines;
    private final ReturnInterviewClosure closure;
    private final Episodes episodes;
    private final Settings settings;
    private final Associates associates;
    private final Locations locations;

    OfferService(OfferRecords records, Placements placements, Directory directory, Vocabularies vocabularies,
                 AuditTrail audit, Clock clock, FollowUps followUps, Children children,
                 ApplicationEventPublisher events, OfferDeadlines deadlines, ReturnInterviewClosure closure,
                 Episodes episodes, Settings settings, Associates associates,
                 Locations locations) {
        this.associates = associates;
        this.locations = locations;
        this.closure = closure;
        this.episodes = episodes;
        this.settings = settings;
        this.events = events;
        this.deadlines = deadlines;
        this.records = records;
        this.followUps = followUps;
        this.children = children;
        this.placements = placements;
        this.directory = directory;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every child who returns is offered an interview, whatever the risk, duration or earlier
     * interviews: opened in the transaction that records the return.
     */
    @EventListener
    @Transactional
    public void onLocated(EpisodeLocated event) {
        if (!settings.yes(Setting.RHI_OFFER_AFTER_AWAY) && records.forEpisode(event.episodeId()).isEmpty() && episodes.summary(event.episodeId())
                .map(e -> AWAY.equals(e.category())).orElse(false)) {
            return;
        }
        LocalDate on = event.locatedAt().atZone(ClockConfiguration.LONDON).toLocalDate();
        Optional<PlacementSummary> placement = placements.on(event.childId(), on);
        // The provider the looking-after authority commissions; with none named, the partnership's only one.
        UUID authority = placement.map(PlacementSummary::placingAuthorityId)
                .or(() -> children.responsibleAuthority(event.childId())).orElse(null);
        List<Directory.Option> providers = directory.rhiProviders();
        UUID provider = directory.commissionedRhiProvider(authority)
                .orElse(providers.size() == 1 ? providers.get(0).id() : null);
        UUID id = UUID.randomUUID();
        boolean opened = records.open(id, event.episodeId(), event.childId(), event.locatedAt(), provider,
                placement.map(PlacementSummary::outOfArea).orElse(false),
                placement.map(PlacementSummary::placingAuthorityId).orElse(null),
                placement.map(PlacementSummary::hostAuthorityId).orElse(null), clock.instant());
        records.forEpisode(event.episodeId()).filter(Offer::open).ifPresent(deadlines::offerOpened);
        if (opened) {
            audit.record(AuditAction.CREATE, subject(id, event.childId()), List.of("Offer", "Due"),
                    "Return home interview offer opened, due 72 hours after the return");
        } else {
            records.forEpisode(event.episodeId()).ifPresent(o -> audit.record(AuditAction.CHANGE,
                    subject(o.id(), o.childId()), List.of("Returned", "Due"), "Return time changed on the episode"));
        }
    }

    @Transactional
    public boolean recordAttempt(Offer offer, AttemptForm form, BindingResult result, CurrentUser user) {
        Instant now = clock.instant();
        Optional<Instant> at = when(form.attemptedAt(), "attemptedDay", "attempt", offer.returnedAt(), now, result);
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
        if (!blank(form.getParentCarerInformation()) && !"DECLINED".equals(form.getOutcome())) {
            result.rejectValue("parentCarerInformation", "declinedOnly",
                    "Information from parents or carers is recorded when the child declines");
        }
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
        if (result.hasErrors()) {
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

    @Transactional
    public boolean setProvider(Offer offer, ProviderForm form, BindingResult result, CurrentUser user) {
        UUID provider = providerOptions().stream().map(Directory.Option::id)
                .filter(id -> id.toString().equals(form.getProviderAgencyId())).findFirst().orElse(null);
        if (provider == null) {
            result.rejectValue("providerAgencyId", "required", "Select who holds the interview");
        }
        String responsible = offer.outOfArea() ? form.getResponsible() : "PLACING";
        if (!"PLACING".equals(responsible) && !"HOST".equals(responsible)) {
            result.rejectValue("responsible", "required", "Select which authority is responsible for the interview");
        }
        if (result.hasErrors()) {
            return false;
        }
        records.setProvider(offer.id(), provider, responsible);
        audit.record(AuditAction.CHANGE, subject(offer), List.of("Provider", "Responsible authority"), null);
        return true;
    }

    /** Commissioned providers, then the local authorities (an in-house service). */
    List<Directory.Option> providerOptions() {
        List<Directory.Option> all = new ArrayList<>(directory.rhiProviders());
        all.addAll(directory.localAuthorities());
        return all;
    }

    @Transactional
    public boolean recordInterview(Offer offer, InterviewForm form, BindingResult result, CurrentUser user) {
        Instant now = clock.instant();
        if (!Refused.allows(offer::refuseInterview, result)) {
            return false;
        }
        Optional<Instant> held = when(form.heldAt(), "heldDay", "interview", offer.returnedAt(), now, result);
        List<OfferRecords.Factor> factors = new ArrayList<>();
        OfferRecords.Interview interview = answers(form, held, now, factors, result);
        List<ActionRows.Action> actions = actions(form, held, result);
        List<UUID> covers = covers(offer, form.getAlsoCovers(), held, result);
        OfferRecords.Links links = links(offer.childId(), form, result);
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
        Instant lastReturn = records.coveredBy(offer.id()).stream().map(Offer::returnedAt).max(Instant::compareTo)
                .orElse(offer.returnedAt());
        Optional<Instant> held = when(form.heldAt(), "heldDay", "interview", lastReturn, now, result);
        List<OfferRecords.Factor> factors = new ArrayList<>();
        OfferRecords.Interview after = answers(form, held, now, factors, result);
        OfferRecords.Links links = links(offer.childId(), form, result);
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
        if (!new java.util.HashSet<>(links.associates()).equals(new java.util.HashSet<>(linksBefore.associates()))
                || !new java.util.HashSet<>(links.locations()).equals(new java.util.HashSet<>(linksBefore.locations()))) {
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
        return factors.stream().filter(f -> HARM.equals(f.vocabulary()) == harms)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The interview's answers, checked; null when there are errors (they are in the result). */
    private OfferRecords.Interview answers(InterviewForm form, Optional<Instant> held, Instant now,
                                           List<OfferRecords.Factor> factors, BindingResult result) {
        LocalDate on = held.orElse(now).atZone(ClockConfiguration.LONDON).toLocalDate();
        boolean roleKnown = vocabularies.inForce(ROLES, form.getInterviewerRole(), on);
        if (!roleKnown) {
            result.rejectValue("interviewerRole", "required", "Select the interviewer's role");
        }
        // Independence follows from a role on the list only: an unknown or missing role is already an error.
        boolean independent = roleKnown && !FormChecks.oneOf(form.getInterviewerRole(), NOT_INDEPENDENT);
        boolean chose = "yes".equals(form.getChildChoseKnownWorker());
        if (roleKnown && !independent && !chose) {
            result.rejectValue("childChoseKnownWorker", "independence", "An interview by the child’s carer, placement "
                    + "staff or social worker is not independent: hold it only if the child chose them");
        }
        if (!"yes".equals(form.getExploitation()) && !"no".equals(form.getExploitation())) {
            result.rejectValue("exploitation", "required", "Select whether there are signs of exploitation");
        } else if ("yes".equals(form.getExploitation())) {
            require(form.getExploitationDetail(), "exploitationDetail", "Describe the signs of exploitation", result);
        }
        if (!"true".equals(form.getStayingSafeGiven())) {
            result.rejectValue("stayingSafeGiven", "required", "Give the child information on staying safe, then tick this");
        }
        if (blank(form.getChildWords()) && blank(form.getChildWordsNotObtained())) {
            result.rejectValue("childWords", "required", "Enter the child’s own words, or why they could not be obtained");
        }
        factors(PUSH, form.getPushFactors(), "pushFactors", on, form, factors, result);
        factors(PULL, form.getPullFactors(), "pullFactors", on, form, factors, result);
        factors(HARM, form.getHarms(), "harms", on, form, factors, result);
        if (!"yes".equals(form.getConsentToShare()) && !"no".equals(form.getConsentToShare())) {
            result.rejectValue("consentToShare", "required", "Select whether the child consents to sharing");
        } else if ("yes".equals(form.getConsentToShare())) {
            require(form.getShareWith(), "shareWith", "Enter who the child agrees it can be shared with", result);
        }
        if (!FormChecks.oneOf(form.getSupportDecision(), SUPPORT)) {
            result.rejectValue("supportDecision", "required", "Select the decision on support");
        } else if ("REFERRAL".equals(form.getSupportDecision())) {
            require(form.getReferralTo(), "referralTo", "Enter the service the child is referred to", result);
        }
        if (result.hasErrors()) {
            return null;
        }
        return new OfferRecords.Interview(held.get(), form.getInterviewerName().strip(),
                form.getInterviewerRole(), form.getInterviewerAgency().strip(), independent, chose,
                text(form.getWhereWent()), text(form.getWhoWith()), text(form.getTravel()), text(form.getHowReturned()),
                form.getHarm().strip(), "yes".equals(form.getExploitation()),
                "yes".equals(form.getExploitation()) ? text(form.getExploitationDetail()) : null,
                text(form.getHealth()), text(form.getEducation()), text(form.getFeelingSafe()), true,
                "true".equals(form.getHelplineGiven()), text(form.getChildWords()),
                blank(form.getChildWords()) ? text(form.getChildWordsNotObtained()) : null,
                "yes".equals(form.getConsentToShare()),
                "yes".equals(form.getConsentToShare()) ? text(form.getShareWith()) : null,
                form.getSupportDecision(), "REFERRAL".equals(form.getSupportDecision()) ? text(form.getReferralTo()) : null);
    }

    /**
     * The associates and places the child named, from the child's own shared records only: someone not
     * yet recorded is added on the child's record first, or described in the free text.
     */
    private OfferRecords.Links links(UUID childId, InterviewForm form, BindingResult result) {
        Set<String> knownPeople = new java.util.HashSet<>();
        associates.forChild(childId).forEach(a -> knownPeople.add(a.id().toString()));
        Set<String> knownPlaces = new java.util.HashSet<>();
        locations.forChild(childId).forEach(l -> knownPlaces.add(l.id().toString()));
        List<UUID> people = chosen(form.getAssociates(), knownPeople, "associates",
                "Select only people recorded as the child’s associates", result);
        List<UUID> places = chosen(form.getLocations(), knownPlaces, "locations",
                "Select only places recorded on the child’s record", result);
        return new OfferRecords.Links(people, places);
    }

    private static List<UUID> chosen(List<String> ids, Set<String> known, String field, String message,
                                     BindingResult result) {
        List<UUID> chosen = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            if (!known.contains(id)) {
                result.rejectValue(field, "unknown", message);
                return List.of();
            }
            UUID uuid = UUID.fromString(id);
            if (!chosen.contains(uuid)) {
                chosen.add(uuid);
            }
        }
        return chosen;
    }

    /** Actions begun must be finished, owned by someone who can open the interview, due on or after it. */
    private List<ActionRows.Action> actions(InterviewForm form, Optional<Instant> held, BindingResult result) {
        Set<UUID> people = new java.util.HashSet<>(directory.practitioners().stream().map(Directory.Option::id).toList());
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
            if (held.isPresent() && !held.get().isAfter(other.get().returnedAt())) {
                result.rejectValue("alsoCovers", "beforeReturn",
                        "The interview was held before the child returned from an episode you selected");
                return List.of();
            }
            covers.add(other.get().id());
        }
        return covers;
    }

    /** Findings reflected in the plan: by the plan owner, or a manager when there is none or they are away. */
    @Transactional
    public boolean reflectInPlan(FollowUps.PlanReview review, String planChange, BindingResult result,
                                 CurrentUser user) {
        if (review.reflected()) {
            result.reject("done", "The findings are already recorded as reflected in the plan");
            return false;
        }
        if (blank(planChange)) {
            result.rejectValue("planChange", "required", "Enter how the plan now reflects the interview's findings");
            return false;
        }
        followUps.reflect(review.offerId(), planChange.strip(), user.id(), clock.instant());
        deadlines.planReflected(review.offerId(), user.id());
        audit.record(AuditAction.CHANGE, subject(review.offerId(), review.childId()), List.of("Reflected in plan"), null);
        return true;
    }

    @Transactional
    public void actionDone(Offer offer, UUID actionId, CurrentUser user) {
        if (followUps.markDone(actionId, offer.interviewOfferId(), user.id(), clock.instant())) {
            deadlines.actionDone(actionId, user.id());
            audit.record(AuditAction.CHANGE, subject(offer), List.of("Follow-up action done"), null);
        }
    }

    private void factors(String vocabulary, List<String> codes, String field, LocalDate on, InterviewForm form,
                         List<OfferRecords.Factor> into, BindingResult result) {
        for (String code : codes == null ? List.<String>of() : codes) {
            if (!vocabularies.inForce(vocabulary, code, on)) {
                result.rejectValue(field, "unknown", "Select factors from the list in force when the interview was held");
                return;
            }
            into.add(new OfferRecords.Factor(vocabulary, code, text(form.getDetails().get(code))));
        }
    }

    /** A time that is after the child returned and not in the future. */
    private static Optional<Instant> when(DateTimeInput input, String field, String what, Instant returnedAt,
                                          Instant now, BindingResult result) {
        if (input.blank()) {
            result.rejectValue(field, "required", "Enter the date and time of the " + what);
            return Optional.empty();
        }
        Optional<Instant> at = input.toInstant();
        if (at.isEmpty()) {
            result.rejectValue(field, "invalid", "Enter a real date and a time such as 14:30");
        } else if (DateTimeInput.beforeEarliestEvent(at.get())) {
            result.rejectValue(field, "early", "The " + what + " must be on or after 1 January 2000");
        } else if (!at.get().isAfter(returnedAt)) {
            result.rejectValue(field, "beforeReturn", "The " + what + " must be after the child returned ("
                    + Dates.ofInstant(returnedAt) + ")");
        } else if (at.get().isAfter(now)) {
            result.rejectValue(field, "future", "The " + what + " cannot be in the future");
        }
        return result.hasFieldErrors(field) ? Optional.empty() : at;
    }

    private static void require(String value, String field, String message, BindingResult result) {
        if (blank(value)) {
            result.rejectValue(field, "required", message);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return blank(s) ? null : s.strip();
    }

    static AuditTrail.Subject subject(Offer offer) {
        return subject(offer.id(), offer.childId());
    }

    static AuditTrail.Subject subject(UUID id, UUID childId) {
        return new AuditTrail.Subject("return-interview", id, childId);
    }
}

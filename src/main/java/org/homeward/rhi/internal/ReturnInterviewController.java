package org.homeward.rhi.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.access.InvolvedWith;
import org.homeward.access.Role;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.Associates;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.child.Locations;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The RHI worker's list, the team view, and each offer's record with its interview. */
@Controller
class ReturnInterviewController {

    static final List<Vocabularies.Term> METHODS = List.of(new Vocabularies.Term("FACE_TO_FACE", "Face to face"),
            new Vocabularies.Term("PHONE", "Phone"), new Vocabularies.Term("TEXT", "Text message"),
            new Vocabularies.Term("LETTER", "Letter"), new Vocabularies.Term("OTHER", "Other"));
    static final List<Vocabularies.Term> OUTCOMES = java.util.Arrays.stream(Offer.Outcome.values())
            .map(o -> new Vocabularies.Term(o.name(), o.label)).toList();
    static final List<Vocabularies.Term> SUPPORT = List.of(
            new Vocabularies.Term("NONE", "No further support needed"),
            new Vocabularies.Term("RHI_SERVICE", "Further support from the return interview service"),
            new Vocabularies.Term("REFERRAL", "Referral to another service"));
    static final List<Vocabularies.Term> YES_NO = List.of(new Vocabularies.Term("yes", "Yes"),
            new Vocabularies.Term("no", "No"));

    private final OfferRecords records;
    private final OfferService service;
    private final OfferOutcomes outcomes;
    private final InterviewRecording interviews;
    private final FollowUpService followUpService;
    private final Children children;
    private final Vocabularies vocabularies;
    private final AccessPolicy policy;
    private final RhiPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final FollowUps followUps;
    private final Directory directory;
    private final Dates dates;
    private final Associates associates;
    private final Locations locations;

    ReturnInterviewController(OfferRecords records, OfferService service, OfferOutcomes outcomes,
                              InterviewRecording interviews, FollowUpService followUpService, Children children,
                              Vocabularies vocabularies, AccessPolicy policy, RhiPermissions permissions,
                              AuditTrail audit, Clock clock, FollowUps followUps, Directory directory, Dates dates,
                              Associates associates, Locations locations) {
        this.outcomes = outcomes;
        this.interviews = interviews;
        this.followUpService = followUpService;
        this.associates = associates;
        this.locations = locations;
        this.dates = dates;
        this.records = records;
        this.followUps = followUps;
        this.directory = directory;
        this.service = service;
        this.children = children;
        this.vocabularies = vocabularies;
        this.policy = policy;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Offers on a page of the list; the rest are a "Next" away. */
    static final int PAGE_SIZE = 25;

    /**
     * Offers still in time first, soonest due first, so that a new return is never buried under
     * those whose 72 hours have long passed; the overdue ones are a tab away, counted, the most
     * recently overdue first.
     */
    @GetMapping("/return-interviews")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String view, @RequestParam(required = false) String due,
                @RequestParam(required = false) String after, @RequestParam(required = false) String before,
                Model model) {
        require(policy.mayViewReturnInterviews(user));
        boolean team = !user.has(Role.RHI_WORKER) || ("team".equals(view) && permissions.maySignOffNotOffered(user));
        OfferRecords.Due tab = "overdue".equals(due) ? OfferRecords.Due.OVERDUE : OfferRecords.Due.DUE;
        boolean latestFirst = sort == null ? tab == OfferRecords.Due.OVERDUE : "latest".equals(sort);
        UUID provider = team ? null : user.agencyId();
        Instant now = clock.instant();
        InvolvedWith involved = policy.involvedWith(user);
        Keyset.Page<OfferRecords.Listed> page = records.open(provider, involved, tab, now, latestFirst,
                Keyset.of(after, before, PAGE_SIZE));
        String tabCode = tab.name().toLowerCase(java.util.Locale.ROOT);
        model.addAttribute("team", team);
        model.addAttribute("due", tabCode);
        model.addAttribute("sort", latestFirst ? "latest" : "due");
        model.addAttribute("counts", records.openCounts(provider, involved, now));
        model.addAttribute("offers", page.rows());
        model.addAttribute("pagination", Pagination.keyset(UriComponentsBuilder.fromPath("/return-interviews")
                .queryParamIfPresent("view", java.util.Optional.ofNullable(team ? "team" : null))
                .queryParam("due", tabCode).queryParam("sort", latestFirst ? "latest" : "due"), page));
        model.addAttribute("now", now);
        return "rhi/list";
    }

    @GetMapping("/return-interviews/{id}")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Offer offer = viewable(user, id);
        audit.record(AuditAction.VIEW, OfferService.subject(offer), List.of(), null);
        return page(model, offer, user);
    }

    @PostMapping("/return-interviews/{id}/attempts")
    String attempt(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @Valid @ModelAttribute("attemptForm") AttemptForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        Offer offer = workable(user, id);
        boolean saved = outcomes.recordAttempt(offer, form, result, user);
        return after(saved, offer, user, result, AttemptForm.FIELD_ORDER, model, redirect,
                "Attempt recorded");
    }

    @PostMapping("/return-interviews/{id}/outcome")
    String outcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        Offer offer = workable(user, id);
        boolean saved = outcomes.recordOutcome(offer, form, result, user);
        return after(saved, offer, user, result, OutcomeForm.FIELD_ORDER, model, redirect,
                "Outcome recorded");
    }

    @PostMapping("/return-interviews/{id}/parent-carer-information")
    String parentCarerInformation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                  @ModelAttribute("declinedForm") DeclinedForm form, BindingResult result, Model model,
                                  RedirectAttributes redirect) {
        Offer offer = viewable(user, id);
        require(managesOrWorks(user, offer));
        boolean saved = outcomes.addParentCarerInformation(offer, form, result, user);
        return after(saved, offer, user, result, DeclinedForm.FIELD_ORDER, model, redirect,
                "Information from parents or carers recorded");
    }

    @PostMapping("/return-interviews/{id}/next-step")
    String nextStep(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                    @ModelAttribute("declinedForm") DeclinedForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        Offer offer = viewable(user, id);
        require(permissions.mayManageReturnInterview(user));
        boolean saved = outcomes.decideNextStep(offer, form, result, user);
        return after(saved, offer, user, result, DeclinedForm.FIELD_ORDER, model, redirect,
                "Recorded what happens next");
    }

    /**
     * The provider's workers or the child's social workers and managers: who add what parents or carers said, and
     * record that no interview is offered.
     */
    private boolean managesOrWorks(CurrentUser user, Offer offer) {
        return permissions.mayManageReturnInterview(user)
                || policy.mayWorkReturnInterview(user, offer.providerAgencyId());
    }

    @PostMapping("/return-interviews/{id}/not-offered")
    String notOffered(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                      @Valid @ModelAttribute("notOfferedForm") NotOfferedForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        Offer offer = viewable(user, id);
        require(managesOrWorks(user, offer));
        boolean saved = outcomes.recordNotOffered(offer, form, result, user);
        return after(saved, offer, user, result, NotOfferedForm.FIELD_ORDER, model, redirect,
                "Recorded that no interview is offered. A manager must sign this off");
    }

    @PostMapping("/return-interviews/{id}/sign-off")
    String signOff(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model,
                   RedirectAttributes redirect) {
        Offer offer = viewable(user, id);
        require(permissions.maySignOffNotOffered(user));
        BindingResult result = new BeanPropertyBindingResult(new NotOfferedForm(), "notOfferedForm");
        boolean saved = outcomes.signOff(offer, result, user);
        return after(saved, offer, user, result, List.of(), model, redirect,
                "Decision not to offer an interview signed off");
    }

    @PostMapping("/return-interviews/{id}/provider")
    String provider(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                    @ModelAttribute("providerForm") ProviderForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        Offer offer = viewable(user, id);
        require(permissions.mayManageReturnInterview(user));
        boolean saved = service.setProvider(offer, form, result, user);
        return after(saved, offer, user, result, ProviderForm.FIELD_ORDER, model, redirect,
                "Provider recorded");
    }

    /** A new interview while the offer is open; afterwards, the recorded one to correct. */
    @GetMapping("/return-interviews/{id}/interview")
    String interviewForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Offer offer = workable(user, id);
        if (offer.correctable()) {
            return interview(model, offer, InterviewForm.of(records.interview(id).orElseThrow(), records.factors(id),
                    records.links(id)));
        }
        offer.refuseInterview();
        InterviewForm form = new InterviewForm();
        form.setInterviewerName(user.displayName());
        form.setInterviewerAgency(user.agencyName());
        form.setInterviewerRole("INDEPENDENT");
        return interview(model, offer, form);
    }

    @PostMapping("/return-interviews/{id}/interview")
    String recordInterview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                           @Valid @ModelAttribute("interviewForm") InterviewForm form, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        Offer offer = workable(user, id);
        boolean correcting = offer.correctable();
        boolean saved = correcting ? interviews.changeInterview(offer, form, result, user)
                : interviews.recordInterview(offer, form, result, user);
        if (!saved) {
            model.addAttribute("errors", FormErrors.summary(result, InterviewForm.FIELD_ORDER));
            return interview(model, offer, form);
        }
        redirect.addFlashAttribute("success", correcting ? "Return home interview corrected" : "Return home interview recorded");
        return "redirect:/return-interviews/" + id;
    }

    @PostMapping("/return-interviews/{id}/actions/{actionId}/done")
    String actionDone(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID actionId,
                      RedirectAttributes redirect) {
        Offer offer = viewable(user, id);
        FollowUps.Action action = followUps.actions(offer.interviewOfferId()).stream()
                .filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        require(user.id().equals(action.ownerId()) || policy.mayWorkReturnInterview(user, offer.providerAgencyId()));
        followUpService.actionDone(offer, actionId, user);
        redirect.addFlashAttribute("success", "Follow-up action marked done");
        return "redirect:/return-interviews/" + id;
    }

    /** The plan owner's task: read the findings, then record how the plan now reflects them. */
    @GetMapping("/return-interviews/{id}/plan")
    @Transactional
    String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Offer offer = viewable(user, id);
        FollowUps.PlanReview review = planReview(offer);
        audit.record(AuditAction.VIEW, OfferService.subject(offer), List.of("Findings for the plan"), null);
        return plan(model, offer, review, new PlanForm(), user);
    }

    @PostMapping("/return-interviews/{id}/plan")
    String reflect(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        Offer offer = viewable(user, id);
        FollowUps.PlanReview review = planReview(offer);
        require(permissions.mayReflectInPlan(user, review.ownerId()));
        if (!followUpService.reflectInPlan(review, form.getPlanChange(), result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, PlanForm.FIELD_ORDER));
            return plan(model, offer, review, form, user);
        }
        redirect.addFlashAttribute("success", "Recorded that the plan reflects the interview's findings");
        return "redirect:/return-interviews/" + id + "/plan";
    }

    private FollowUps.PlanReview planReview(Offer offer) {
        return followUps.planReview(offer.interviewOfferId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String plan(Model model, Offer offer, FollowUps.PlanReview review, PlanForm form, CurrentUser user) {
        UUID interviewId = offer.interviewOfferId();
        model.addAttribute("offer", offer);
        model.addAttribute("child", child(offer));
        model.addAttribute("review", review);
        model.addAttribute("interview", records.interview(interviewId).orElseThrow());
        model.addAttribute("factors", records.factors(interviewId));
        model.addAttribute("actions", followUps.actions(interviewId));
        model.addAttribute("view", new OfferView(vocabularies));
        model.addAttribute("support", SUPPORT);
        model.addAttribute("today", LocalDate.now(clock.withZone(ClockConfiguration.LONDON)));
        model.addAttribute("mayReflect", !review.reflected() && permissions.mayReflectInPlan(user, review.ownerId()));
        model.addAttribute("planForm", form);
        return "rhi/plan";
    }

    private String interview(Model model, Offer offer, InterviewForm form) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        model.addAttribute("offer", offer);
        model.addAttribute("child", child(offer));
        model.addAttribute("interviewForm", form);
        model.addAttribute("correcting", offer.held());
        model.addAttribute("roles", vocabularies.termsInForce(InterviewAnswers.ROLES, today));
        model.addAttribute("pushTerms", terms(InterviewAnswers.PUSH, today, form.getPushFactors()));
        model.addAttribute("pullTerms", terms(InterviewAnswers.PULL, today, form.getPullFactors()));
        model.addAttribute("harmTerms", terms(InterviewAnswers.HARM, today, form.getHarms()));
        model.addAttribute("associateOptions", associates.forChild(offer.childId()).stream()
                .map(a -> new Vocabularies.Term(a.id().toString(), a.name() + (a.relationship() == null ? ""
                        : " (" + a.relationship() + ")"))).toList());
        model.addAttribute("locationOptions", locations.forChild(offer.childId()).stream()
                .map(l -> new Vocabularies.Term(l.id().toString(), l.description()
                        + (l.postcode() == null ? "" : ", " + l.postcode()))).toList());
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("supportOptions", SUPPORT);
        model.addAttribute("people", directory.practitioners());
        model.addAttribute("coverable", records.coverable(offer).stream().map(o -> new Vocabularies.Term(
                o.id().toString(), "Returned " + dates.dateTime(o.returnedAt()) + ", due by " + dates.dateTime(o.dueAt()))).toList());
        return "rhi/interview";
    }

    /**
     * The terms in force, and any code already on the interview that has since been retired: a
     * correction keeps what was recorded unless it is unticked.
     */
    private List<Vocabularies.Term> terms(String vocabulary, LocalDate today, List<String> ticked) {
        List<Vocabularies.Term> terms = new java.util.ArrayList<>(vocabularies.termsInForce(vocabulary, today));
        for (String code : ticked == null ? List.<String>of() : ticked) {
            if (terms.stream().noneMatch(t -> t.code().equals(code))) {
                vocabularies.label(vocabulary, code).ifPresent(label ->
                        terms.add(new Vocabularies.Term(code, label + " (no longer in use)")));
            }
        }
        return terms;
    }

    /** After a form on the record page: back to it with the errors, or on to it with what was done. */
    private String after(boolean saved, Offer offer, CurrentUser user, BindingResult result, List<String> order,
                         Model model, RedirectAttributes redirect, String done) {
        if (!saved) {
            return again(model, offer, user, result, order);
        }
        redirect.addFlashAttribute("success", done);
        return "redirect:/return-interviews/" + offer.id();
    }

    private String again(Model model, Offer offer, CurrentUser user, BindingResult result, List<String> order) {
        model.addAttribute("errors", FormErrors.summary(result, order));
        return page(model, offer, user);
    }

    private String page(Model model, Offer offer, CurrentUser user) {
        Instant now = clock.instant();
        model.addAttribute("offer", offer);
        model.addAttribute("child", child(offer));
        model.addAttribute("now", now);
        model.addAttribute("attempts", records.attempts(offer.id()));
        UUID interviewId = offer.interviewOfferId();
        model.addAttribute("interview", records.interview(interviewId).orElse(null));
        model.addAttribute("factors", records.factors(interviewId));
        OfferRecords.Links links = records.links(interviewId);
        model.addAttribute("linkedPeople", associates.forChild(offer.childId()).stream()
                .filter(a -> links.associates().contains(a.id())).toList());
        model.addAttribute("linkedPlaces", locations.forChild(offer.childId()).stream()
                .filter(l -> links.locations().contains(l.id())).toList());
        model.addAttribute("actions", followUps.actions(interviewId));
        model.addAttribute("covered", offer.held() ? records.coveredBy(interviewId) : List.of());
        model.addAttribute("planReview", followUps.planReview(interviewId).orElse(null));
        model.addAttribute("today", LocalDate.now(clock.withZone(ClockConfiguration.LONDON)));
        model.addAttribute("userId", user.id());
        model.addAttribute("mayWorkProvider", policy.mayWorkReturnInterview(user, offer.providerAgencyId()));
        model.addAttribute("support", SUPPORT);
        model.addAttribute("methods", METHODS);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("mayWork", offer.open() && policy.mayWorkReturnInterview(user, offer.providerAgencyId()));
        model.addAttribute("mayCorrect", offer.correctable()
                && policy.mayWorkReturnInterview(user, offer.providerAgencyId()));
        model.addAttribute("mayNotOffer", offer.open() && managesOrWorks(user, offer));
        model.addAttribute("maySignOff", offer.allowsSignOffBy(user.id()) && permissions.maySignOffNotOffered(user));
        model.addAttribute("mayAssign", offer.open() && permissions.mayManageReturnInterview(user));
        model.addAttribute("providers", service.providerOptions());
        model.addAttribute("responsibleOptions", offer.outOfArea() ? List.of(
                new Vocabularies.Term("PLACING", "Placing authority: " + offer.placingAuthority()),
                new Vocabularies.Term("HOST", "Host authority: " + offer.hostAuthority())) : List.of());
        model.addAttribute("view", new OfferView(vocabularies));
        model.addAttribute("mayAddParentCarerInformation", offer.awaitingParentCarerInformation()
                && managesOrWorks(user, offer));
        model.addAttribute("mayDecideNextStep", offer.awaitingNextStep() && permissions.mayManageReturnInterview(user));
        if (!model.containsAttribute("declinedForm")) {
            model.addAttribute("declinedForm", new DeclinedForm());
        }
        if (!model.containsAttribute("attemptForm")) {
            model.addAttribute("attemptForm", new AttemptForm());
        }
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute("outcomeForm", new OutcomeForm());
        }
        if (!model.containsAttribute("notOfferedForm")) {
            model.addAttribute("notOfferedForm", new NotOfferedForm());
        }
        if (!model.containsAttribute("providerForm")) {
            ProviderForm form = new ProviderForm();
            form.setProviderAgencyId(offer.providerAgencyId() == null ? null : offer.providerAgencyId().toString());
            form.setResponsible(offer.responsible());
            model.addAttribute("providerForm", form);
        }
        return "rhi/show";
    }

    private Offer viewable(CurrentUser user, UUID id) {
        Offer offer = records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        require(permissions.mayViewReturnInterview(user, offer.providerAgencyId()));
        return offer;
    }

    private Offer workable(CurrentUser user, UUID id) {
        Offer offer = records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        require(policy.mayWorkReturnInterview(user, offer.providerAgencyId()));
        return offer;
    }

    private ChildSummary child(Offer offer) {
        return children.summary(offer.childId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}

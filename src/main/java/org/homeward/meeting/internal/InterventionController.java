package org.homeward.meeting.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildSummary;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The child's missing risk-management plan: its interventions and their impact reviews. */
@Controller
class InterventionController {

    static final List<Vocabularies.Term> IMPROVED = List.of(new Vocabularies.Term("YES", "Yes"),
            new Vocabularies.Term("PARTLY", "Partly"), new Vocabularies.Term("NO", "No"));

    private final InterventionService service;
    private final Interventions interventions;
    private final ChildPages pages;
    private final Directory directory;
    private final AccessPolicy policy;
    private final MeetingPermissions permissions;
    private final AuditTrail audit;
    private final Vocabularies vocabularies;

    InterventionController(InterventionService service, Interventions interventions, ChildPages pages,
                           Directory directory, AccessPolicy policy, MeetingPermissions permissions, AuditTrail audit,
                           Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        this.service = service;
        this.interventions = interventions;
        this.pages = pages;
        this.directory = directory;
        this.policy = policy;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** One intervention as the plan shows it: when its review is due, and the figures before and since. */
    public record Row(Interventions.Intervention intervention, Interventions.Impact impact) {
    }

    @GetMapping("/children/{id}/plan")
    @Transactional
    String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ChildPages.require(policy.mayViewMeetings(user));
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("intervention", null, id), List.of(), "Plan");
        return plan(model, pages.child(id), user, new InterventionForm());
    }

    @PostMapping("/children/{id}/plan")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
               @ModelAttribute("interventionForm") InterventionForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        ChildPages.require(permissions.mayRecordStrategy(user));
        ChildSummary child = pages.child(id);
        if (!service.add(id, form, result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, InterventionForm.FIELD_ORDER));
            return plan(model, child, user, form);
        }
        redirect.addFlashAttribute("success", "Intervention added to the plan");
        return "redirect:/children/" + id + "/plan";
    }

    @GetMapping("/interventions/{id}")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Interventions.Intervention i = viewable(user, id);
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("intervention", id, i.childId()), List.of(), null);
        return intervention(model, i, user, new InterventionForm());
    }

    @PostMapping("/interventions/{id}/reviews")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @ModelAttribute("interventionForm") InterventionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Interventions.Intervention i = viewable(user, id);
        ChildPages.require(permissions.mayRecordStrategy(user) || user.id().equals(i.responsibleId()));
        if (!service.review(i, form, result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, InterventionForm.FIELD_ORDER));
            return intervention(model, i, user, form);
        }
        redirect.addFlashAttribute("success", "Impact review recorded");
        return "redirect:/interventions/" + id;
    }

    private String plan(Model model, ChildSummary child, CurrentUser user, InterventionForm form) {
        model.addAttribute("child", child);
        model.addAttribute("rows", interventions.forChild(child.id()).stream().map(i -> new Row(i,
                service.impact(child.id(), i.startedOn(), service.today()))).toList());
        model.addAttribute("today", service.today());
        model.addAttribute("mayRecord", permissions.mayRecordStrategy(user));
        model.addAttribute("people", directory.practitioners());
        model.addAttribute("kinds", vocabularies.termsInForce(InterventionService.KINDS, service.today()));
        model.addAttribute("interventionForm", form);
        return "meeting/plan";
    }

    private String intervention(Model model, Interventions.Intervention i, CurrentUser user, InterventionForm form) {
        model.addAttribute("intervention", i);
        model.addAttribute("kind", vocabularies.label(InterventionService.KINDS, i.kind()).orElse("Not recorded"));
        model.addAttribute("impact", service.impact(i.childId(), i.startedOn(), service.today()));
        model.addAttribute("reviews", interventions.reviews(i.id()));
        model.addAttribute("today", service.today());
        model.addAttribute("mayReview", i.endedOn() == null
                && (permissions.mayRecordStrategy(user) || user.id().equals(i.responsibleId())));
        model.addAttribute("improvedOptions", IMPROVED);
        model.addAttribute("interventionForm", form);
        return "meeting/intervention";
    }

    private Interventions.Intervention viewable(CurrentUser user, UUID id) {
        ChildPages.require(policy.mayViewMeetings(user));
        return interventions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }


}

package org.homeward.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildSummary;
import org.homeward.platform.ClockConfiguration;
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

/** Strategy discussions and the child's trigger plan. */
@Controller
class DiscussionController {

    static final List<Vocabularies.Term> SECTION_47 = List.of(
            new Vocabularies.Term("START", "Yes: section 47 enquiries start"), new Vocabularies.Term("NO", "No"));

    private final DiscussionService service;
    private final Discussions discussions;
    private final ChildPages pages;
    private final AccessPolicy policy;
    private final MeetingPermissions permissions;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    DiscussionController(DiscussionService service, Discussions discussions, ChildPages pages, AccessPolicy policy,
                         MeetingPermissions permissions, AuditTrail audit, java.time.Clock clock) {
        this.service = service;
        this.discussions = discussions;
        this.pages = pages;
        this.policy = policy;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/strategy-discussions")
    @Transactional
    String forChild(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ChildPages.require(policy.mayViewMeetings(user));
        ChildSummary child = pages.child(id);
        audit.record(AuditAction.VIEW, DiscussionService.subject(null, id), List.of(), "Strategy discussions");
        return list(model, child, user, new RequestForm());
    }

    @PostMapping("/children/{id}/strategy-discussions")
    String raise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                 @ModelAttribute("requestForm") RequestForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        ChildPages.require(permissions.mayRecordStrategy(user));
        ChildSummary child = pages.child(id);
        if (!service.raise(id, form, result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, RequestForm.FIELD_ORDER));
            return list(model, child, user, form);
        }
        redirect.addFlashAttribute("success", "Strategy discussion raised");
        return "redirect:/children/" + id + "/strategy-discussions";
    }

    @GetMapping("/strategy-discussions/{id}")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        StrategyDiscussion d = viewable(user, id);
        audit.record(AuditAction.VIEW, DiscussionService.subject(id, d.childId()), List.of(), null);
        return page(model, d, user, new DiscussionForm());
    }

    @PostMapping("/strategy-discussions/{id}")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @ModelAttribute("discussionForm") DiscussionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        StrategyDiscussion d = viewable(user, id);
        ChildPages.require(permissions.mayRecordStrategy(user));
        if (!service.record(d, form, result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, DiscussionForm.FIELD_ORDER));
            return page(model, d, user, form);
        }
        redirect.addFlashAttribute("success", "Strategy discussion recorded");
        return "redirect:/strategy-discussions/" + id;
    }

    @GetMapping("/children/{id}/trigger-plan")
    @Transactional
    String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ChildPages.require(policy.mayViewMeetings(user));
        ChildSummary child = pages.child(id);
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("trigger-plan", null, id), List.of(), null);
        model.addAttribute("child", child);
        model.addAttribute("plans", discussions.plans(id));
        model.addAttribute("decision", discussions.planDecision(id).orElse(null));
        model.addAttribute("today", today());
        model.addAttribute("mayRecord", permissions.mayRecordStrategy(user));
        return "meeting/trigger-plan";
    }

    @GetMapping("/children/{id}/trigger-plan/new")
    String newPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ChildPages.require(permissions.mayRecordStrategy(user));
        return planForm(model, pages.child(id), new TriggerPlanForm());
    }

    @PostMapping("/children/{id}/trigger-plan")
    String addPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @ModelAttribute("triggerPlanForm") TriggerPlanForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        ChildPages.require(permissions.mayRecordStrategy(user));
        ChildSummary child = pages.child(id);
        if (!service.addPlan(id, form, result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, TriggerPlanForm.FIELD_ORDER));
            return planForm(model, child, form);
        }
        redirect.addFlashAttribute("success", "Trigger plan saved");
        return "redirect:/children/" + id + "/trigger-plan";
    }

    private String planForm(Model model, ChildSummary child, TriggerPlanForm form) {
        model.addAttribute("child", child);
        model.addAttribute("triggerPlanForm", form);
        return "meeting/trigger-plan-form";
    }

    private String list(Model model, ChildSummary child, CurrentUser user, RequestForm form) {
        model.addAttribute("child", child);
        model.addAttribute("discussions", discussions.forChild(child.id()));
        model.addAttribute("today", today());
        model.addAttribute("mayRecord", permissions.mayRecordStrategy(user));
        model.addAttribute("requestForm", form);
        return "meeting/discussions";
    }

    private String page(Model model, StrategyDiscussion d, CurrentUser user, DiscussionForm form) {
        model.addAttribute("discussion", d);
        model.addAttribute("today", today());
        model.addAttribute("mayRecord", !d.held() && permissions.mayRecordStrategy(user));
        model.addAttribute("discussionForm", form);
        model.addAttribute("section47", SECTION_47);
        model.addAttribute("yesNo", MeetingController.YES_NO);
        return "meeting/discussion";
    }

    private StrategyDiscussion viewable(CurrentUser user, UUID id) {
        ChildPages.require(policy.mayViewMeetings(user));
        return discussions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }


}

package org.homeward.meeting.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildSummary;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referrals to the front door and protective measures, on one page of the child's record. */
@Controller
class ProtectionController {

    private final ProtectionService service;
    private final Protection protection;
    private final ChildPages pages;
    private final Vocabularies vocabularies;
    private final AccessPolicy policy;
    private final MeetingPermissions permissions;
    private final AuditTrail audit;

    ProtectionController(ProtectionService service, Protection protection, ChildPages pages, Vocabularies vocabularies,
                         AccessPolicy policy, MeetingPermissions permissions, AuditTrail audit) {
        this.service = service;
        this.protection = protection;
        this.pages = pages;
        this.vocabularies = vocabularies;
        this.policy = policy;
        this.permissions = permissions;
        this.audit = audit;
    }

    @GetMapping("/children/{id}/protection")
    @Transactional
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ChildPages.require(policy.mayViewMeetings(user));
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("protective-measure", null, id), List.of(),
                "Referrals and protection");
        ChildSummary child = pages.child(id);
        model.addAttribute("child", child);
        model.addAttribute("referrals", protection.referrals(id));
        model.addAttribute("measures", protection.measures(id));
        model.addAttribute("view", new Labels(vocabularies));
        model.addAttribute("mayRecord", permissions.mayRecordStrategy(user));
        return "meeting/protection";
    }

    @GetMapping("/children/{id}/referrals/new")
    String newReferral(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ChildPages.require(permissions.mayRecordStrategy(user));
        ProtectionForm form = new ProtectionForm();
        form.setReferredTo("Access and Response Team (front door)");
        return form(model, pages.child(id), form, "meeting/referral-form");
    }

    @GetMapping("/children/{id}/protective-measures/new")
    String newMeasure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ChildPages.require(permissions.mayRecordStrategy(user));
        return form(model, pages.child(id), new ProtectionForm(), "meeting/measure-form");
    }

    @PostMapping("/children/{id}/referrals")
    String refer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                 @Validated(ProtectionForm.Referral.class) @ModelAttribute("protectionForm") ProtectionForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        ChildPages.require(permissions.mayRecordStrategy(user));
        ChildSummary child = pages.child(id);
        if (!service.refer(id, form, result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, ProtectionForm.REFERRAL_ORDER));
            return form(model, child, form, "meeting/referral-form");
        }
        redirect.addFlashAttribute("success", "Referral recorded");
        return "redirect:/children/" + id + "/protection";
    }

    @PostMapping("/children/{id}/protective-measures")
    String measure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @Validated(ProtectionForm.Measure.class) @ModelAttribute("protectionForm") ProtectionForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        ChildPages.require(permissions.mayRecordStrategy(user));
        ChildSummary child = pages.child(id);
        if (!service.addMeasure(id, form, result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, ProtectionForm.MEASURE_ORDER));
            return form(model, child, form, "meeting/measure-form");
        }
        redirect.addFlashAttribute("success", "Recorded");
        return "redirect:/children/" + id + "/protection";
    }

    private String form(Model model, ChildSummary child, ProtectionForm form, String template) {
        model.addAttribute("child", child);
        model.addAttribute("levels", vocabularies.termsInForce(ProtectionService.LEVELS, service.today()));
        model.addAttribute("kinds", vocabularies.termsInForce(ProtectionService.MEASURES, service.today()));
        model.addAttribute("protectionForm", form);
        return template;
    }

    /** Labels for codes on the page. */
    public record Labels(Vocabularies vocabularies) {
        public String label(String vocabulary, String code) {
            return vocabularies.label(vocabulary, code).orElse(code);
        }
    }


}

package org.homeward.child.internal.network;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.child.ChildSummary;
import org.homeward.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's associates, and each associate with every child they are linked to (the network view). */
@Controller
class AssociateController {

    private final AssociateService service;
    private final AssociateFormValidator validator;
    private final NetworkPages pages;
    private final RecordFormPage<Associate> formPage = new RecordFormPage<>("child/associate-form", "associateForm",
            AssociateForm.FIELD_ORDER, "Someone else changed this person’s details while you were editing them. "
            + "Check what is saved now, then save again", model -> { });

    AssociateController(AssociateService service, AssociateFormValidator validator, NetworkPages pages) {
        this.service = service;
        this.validator = validator;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/associates")
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireView(user);
        return listPage(user, pages.child(id), model);
    }

    /** A POST, so that the names searched for never appear in URLs or access logs. */
    @PostMapping("/children/{id}/associates/search")
    String search(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @RequestParam(name = "q", required = false) String q, Model model) {
        pages.requireEdit(user, "associates");
        ChildSummary child = pages.child(id);
        model.addAttribute("q", q);
        if (q == null || q.isBlank()) {
            model.addAttribute("errors", List.of(new FormErrors.Entry("q", "Enter the name of the person to look for")));
        } else if (q.length() > 200) {
            model.addAttribute("errors", List.of(new FormErrors.Entry("q", "Name must be 200 characters or fewer")));
        } else {
            model.addAttribute("matches", service.search(id, q));
        }
        return listPage(user, child, model);
    }

    @PostMapping("/children/{id}/associates/link")
    String link(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @RequestParam("associateId") UUID associateId,
                @RequestParam(name = "relationship", required = false) String relationship,
                @RequestParam(name = "q", required = false) String q, Model model, RedirectAttributes redirect) {
        pages.requireEdit(user, "associates");
        ChildSummary child = pages.child(id);
        Associate associate = service.find(associateId);
        AssociateForm form = new AssociateForm();
        form.setRelationship(relationship);
        BindingResult result = new BeanPropertyBindingResult(form, "associateForm");
        AssociateFormValidator.relationship(relationship, "relationship", result);
        if (result.hasErrors()) {
            // The message belongs to the relationship box of this person's row in the results.
            String message = result.getFieldError("relationship").getDefaultMessage();
            model.addAttribute("errors", List.of(new FormErrors.Entry("relationship-" + associateId, message)));
            model.addAttribute("linkError", message);
            model.addAttribute("linkErrorFor", associateId);
            model.addAttribute("q", q);
            model.addAttribute("matches", q == null || q.isBlank() ? List.of() : service.search(id, q));
            return listPage(user, child, model);
        }
        service.link(id, associateId, relationship);
        redirect.addFlashAttribute("success", associate.name() + " is now linked to " + child.name());
        return "redirect:/children/" + id + "/associates";
    }

    @PostMapping("/children/{id}/associates/{associateId}/unlink")
    String unlink(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID associateId,
                  RedirectAttributes redirect) {
        pages.requireEdit(user, "associates");
        ChildSummary child = pages.child(id);
        Associate associate = service.find(associateId);
        service.unlink(id, associateId);
        redirect.addFlashAttribute("success", associate.name() + " is no longer linked to " + child.name());
        return "redirect:/children/" + id + "/associates";
    }

    @GetMapping("/children/{id}/associates/new")
    String newAssociate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireEdit(user, "associates");
        AssociateForm form = new AssociateForm();
        form.setPersonOfConcern("no");
        return formPage.show(model, form, pages.child(id), null);
    }

    @PostMapping("/children/{id}/associates")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("associateForm") AssociateForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        pages.requireEdit(user, "associates");
        ChildSummary child = pages.child(id);
        Optional<LocalDate> lastContacted = validator.validate(form, true, result);
        if (result.hasErrors()) {
            return formPage.withErrors(model, result, form, child, null);
        }
        Associate created = service.create(id, form, lastContacted.orElse(null));
        redirect.addFlashAttribute("success", created.name() + " added as an associate of " + child.name());
        return "redirect:/children/" + id + "/associates";
    }

    @GetMapping("/associates/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireView(user);
        Associate associate = service.open(id);
        model.addAttribute("associate", associate);
        model.addAttribute("linked", service.children(id));
        model.addAttribute("mayEdit", pages.mayEdit(user));
        return "child/associate";
    }

    @GetMapping("/associates/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireEdit(user, "associates");
        Associate associate = service.find(id);
        return formPage.show(model, AssociateForm.of(associate), null, associate);
    }

    @PostMapping("/associates/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("associateForm") AssociateForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        pages.requireEdit(user, "associates");
        Associate existing = service.find(id);
        Optional<LocalDate> lastContacted = validator.validate(form, false, result);
        if (result.hasErrors()) {
            return formPage.withErrors(model, result, form, null, existing);
        }
        return formPage.saveChanges(model, form, () -> service.update(id, form, lastContacted.orElse(null)),
                () -> service.find(id), redirect, "Details saved", "/associates/" + id);
    }

    private String listPage(CurrentUser user, ChildSummary child, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("associates", service.forChild(child.id()));
        model.addAttribute("mayEdit", pages.mayEdit(user));
        return "child/associates";
    }
}

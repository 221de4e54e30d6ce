package org.homeward.child.internal.network;

import java.util.List;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.child.ChildSummary;
import org.homeward.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's associates: finding someone already recorded and linking them, or adding someone new. */
@Controller
@RequestMapping("/children/{id}/associates")
class ChildAssociatesController extends ChildNetworkController<Associate, AssociateForm> {

    private final AssociateService service;

    ChildAssociatesController(AssociateService service, AssociateFormValidator validator, NetworkPages pages) {
        super(pages, service, validator, AssociateForm.PAGE, "associates", AssociateForm::blank,
                (child, form) -> service.create(child.id(), form).name() + " added as an associate of " + child.name(),
                (associate, child) -> associate.name() + " is no longer linked to " + child.name());
        this.service = service;
    }

    /** A POST, so that the names searched for never appear in URLs or access logs. */
    @PostMapping("/search")
    String search(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @RequestParam(name = "q", required = false) String q, Model model) {
        requireEdit(user);
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

    @PostMapping("/link")
    String link(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @RequestParam("associateId") UUID associateId,
                @RequestParam(name = "relationship", required = false) String relationship,
                @RequestParam(name = "q", required = false) String q, Model model, RedirectAttributes redirect) {
        requireEdit(user);
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
        return listAgain(id);
    }
}

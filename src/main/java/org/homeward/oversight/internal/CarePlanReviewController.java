package org.homeward.oversight.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.Refusals;
import org.homeward.child.Children;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The IRO's decision, after an episode, whether the looked-after child's care plan needs review. The
 * page is under the episode, so the one access guard holds it to those involved with the child.
 */
@Controller
class CarePlanReviewController {

    private final CarePlanReviews reviews;
    private final Children children;
    private final AccessPolicy policy;
    private final OversightPermissions permissions;
    private final Refusals refusals;

    CarePlanReviewController(CarePlanReviews reviews, Children children, AccessPolicy policy,
                             OversightPermissions permissions, Refusals refusals) {
        this.reviews = reviews;
        this.children = children;
        this.policy = policy;
        this.permissions = permissions;
        this.refusals = refusals;
    }

    @GetMapping("/episodes/{id}/care-plan-review")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        UUID child = childOf(id);
        refusals.require(policy.mayViewChildren(user) && policy.mayViewChild(user, child), "care-plan-review-decision",
                null, List.of(child));
        Optional<CarePlanReviews.Decision> decision = reviews.decision(id);
        if (decision.isPresent()) {
            model.addAttribute("decision", reviews.open(decision.get()));
            return page(model, id, child, null);
        }
        return page(model, id, child, permissions.mayDecideCarePlanReview(user, child) ? new CarePlanReviewForm() : null);
    }

    @PostMapping("/episodes/{id}/care-plan-review")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("carePlanReviewForm") CarePlanReviewForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        UUID child = childOf(id);
        refusals.require(permissions.mayDecideCarePlanReview(user, child), "care-plan-review-decision", null, List.of(child));
        if (!result.hasErrors() && !reviews.decide(id, child, "yes".equals(form.getReviewNeeded()),
                form.getRationale().strip(), user.id())) {
            result.reject("decided", "A decision about this episode has just been recorded. Read it below");
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(result, CarePlanReviewForm.FIELD_ORDER));
            reviews.decision(id).ifPresent(d -> model.addAttribute("decision", d));
            return page(model, id, child, form);
        }
        redirect.addFlashAttribute("success", "Decision recorded");
        return "redirect:/episodes/" + id + "/care-plan-review";
    }

    private UUID childOf(UUID episodeId) {
        return reviews.childOfEpisode(episodeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(Model model, UUID episodeId, UUID childId, CarePlanReviewForm form) {
        model.addAttribute("episodeId", episodeId);
        model.addAttribute("child", children.summary(childId).orElseThrow());
        if (form != null) {
            model.addAttribute("carePlanReviewForm", form);
        }
        return "oversight/care-plan-review";
    }
}

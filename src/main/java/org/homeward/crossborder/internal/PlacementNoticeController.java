package org.homeward.crossborder.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.Refusals;
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

/** The placing authority tells the host area of an out-of-area placement, giving what Homeward does not hold. */
@Controller
class PlacementNoticeController {

    private final PlacementNotices placements;
    private final Notices notices;
    private final HostAreaNotices hostArea;
    private final NoticeDelivery delivery;
    private final AccessPolicy policy;
    private final CrossBorderPermissions permissions;
    private final Refusals refusals;

    PlacementNoticeController(PlacementNotices placements, Notices notices, HostAreaNotices hostArea, NoticeDelivery delivery,
                              AccessPolicy policy, CrossBorderPermissions permissions, Refusals refusals) {
        this.placements = placements;
        this.notices = notices;
        this.hostArea = hostArea;
        this.delivery = delivery;
        this.policy = policy;
        this.permissions = permissions;
        this.refusals = refusals;
    }

    @GetMapping("/cross-border/placements/{id}/notify")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        PlacementNotices.PlacedIn placement = placement(user, id, false);
        delivery.read(id, "cross-border-placement", placement.childId());
        return page(user, placement, new PlacementNoticeForm(), model, List.of());
    }

    @PostMapping("/cross-border/placements/{id}/notify")
    String send(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @Valid @ModelAttribute("placementNoticeForm") PlacementNoticeForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        PlacementNotices.PlacedIn placement = placement(user, id, true);
        if (hostArea.notifyHost(placement, form, result, user)) {
            redirect.addFlashAttribute("success", "The host area has been told of the placement");
            return "redirect:/cross-border/placements/" + id + "/notify";
        }
        return page(user, placement, form, model, FormErrors.summary(result, PlacementNoticeForm.FIELD_ORDER));
    }

    private String page(CurrentUser user, PlacementNotices.PlacedIn placement, PlacementNoticeForm form, Model model,
                        List<FormErrors.Entry> errors) {
        model.addAttribute("placement", placement);
        model.addAttribute("mayNotify", placement.notifiedAt() == null
                && permissions.mayActAcrossBorderFor(user, placement.placingAuthorityId()));
        model.addAttribute("notices", notices.forPlacement(placement.placementId(), "PLACEMENT"));
        model.addAttribute("placementNoticeForm", form);
        model.addAttribute("ehcOptions", List.of(new Option("YES", "Yes"), new Option("NO", "No"),
                new Option("NOT_KNOWN", "Not known")));
        model.addAttribute("errors", errors);
        return "crossborder/placement-notice";
    }

    /** Read by either authority; sent by the placing authority's children's social care. */
    private PlacementNotices.PlacedIn placement(CurrentUser user, UUID id, boolean send) {
        PlacementNotices.PlacedIn p = placements.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean party = user.agencyId() != null
                && (user.agencyId().equals(p.placingAuthorityId()) || user.agencyId().equals(p.hostAuthorityId()));
        boolean allowed = send ? permissions.mayActAcrossBorderFor(user, p.placingAuthorityId())
                : party && permissions.mayViewCrossBorderNotices(user) && policy.mayViewChild(user, p.childId());
        refusals.require(allowed, "cross-border-placement", id, List.of(p.childId()));
        return p;
    }

    /** A radio option. */
    public record Option(String code, String label) {
    }
}

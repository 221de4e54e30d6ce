package org.homeward.crossborder.internal;

import java.util.List;
import org.homeward.access.CurrentUser;
import org.homeward.audit.Refusals;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The host authority's register of children placed into its area by other authorities (DOMAIN.md XB-02). */
@Controller
class RegisterController {

    private final PlacementNotices placements;
    private final NoticeDelivery delivery;
    private final CrossBorderPermissions permissions;
    private final Refusals refusals;

    RegisterController(PlacementNotices placements, NoticeDelivery delivery, CrossBorderPermissions permissions,
                       Refusals refusals) {
        this.placements = placements;
        this.delivery = delivery;
        this.permissions = permissions;
        this.refusals = refusals;
    }

    @GetMapping("/cross-border/placed-in")
    String register(@AuthenticationPrincipal CurrentUser user, Model model) {
        refusals.require(permissions.mayViewPlacedInRegister(user), "placed-in-register", null, List.of());
        List<PlacementNotices.PlacedIn> all = placements.placedInto(user.agencyId());
        delivery.listed("placed-in-register", all.stream().map(PlacementNotices.PlacedIn::childId).toList());
        model.addAttribute("current", all.stream().filter(PlacementNotices.PlacedIn::current).toList());
        model.addAttribute("past", all.stream().filter(p -> !p.current()).toList());
        model.addAttribute("authority", user.agencyName());
        return "crossborder/placed-in";
    }
}

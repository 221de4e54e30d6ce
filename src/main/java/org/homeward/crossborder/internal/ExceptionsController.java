package org.homeward.crossborder.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.homeward.audit.Refusals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What has gone wrong across the border, for managers: hosts not told of a placement, notices to send
 * by hand, notices not acknowledged in time, interviews nobody has agreed to hold, findings not returned.
 * A team manager sees those of their own agency; named senior managers see every authority's.
 */
@Controller
class ExceptionsController {

    private final PlacementNotices placements;
    private final Notices notices;
    private final CrossBorderEpisodes episodes;
    private final NoticeDelivery delivery;
    private final CrossBorderPermissions permissions;
    private final Refusals refusals;
    private final Clock clock;
    private final Duration acknowledgeWithin;

    ExceptionsController(PlacementNotices placements, Notices notices, CrossBorderEpisodes episodes,
                         NoticeDelivery delivery, CrossBorderPermissions permissions, Refusals refusals, Clock clock,
                         @Value("${homeward.crossborder.acknowledge-within:PT24H}") Duration acknowledgeWithin) {
        this.placements = placements;
        this.notices = notices;
        this.episodes = episodes;
        this.delivery = delivery;
        this.permissions = permissions;
        this.refusals = refusals;
        this.clock = clock;
        this.acknowledgeWithin = acknowledgeWithin;
    }

    @GetMapping("/cross-border/exceptions")
    String exceptions(@AuthenticationPrincipal CurrentUser user, Model model) {
        refusals.require(permissions.mayViewCrossBorderExceptions(user), "cross-border-exceptions", null, List.of());
        UUID agency = user.has(Role.SENIOR_MANAGER) ? null : user.agencyId();
        if (agency == null && !user.has(Role.SENIOR_MANAGER)) {
            agency = new UUID(0, 0);
        }
        Instant now = clock.instant();
        var unnotified = placements.unnotified(agency);
        var byHand = notices.toSendByHand(agency);
        var unacknowledged = notices.unacknowledged(now.minus(acknowledgeWithin), agency);
        var unagreed = episodes.unagreed(agency);
        var findings = episodes.findingsNotReturned(agency);
        List<UUID> named = new ArrayList<>();
        unnotified.forEach(p -> named.add(p.childId()));
        byHand.forEach(n -> named.add(n.childId()));
        unacknowledged.forEach(n -> named.add(n.childId()));
        unagreed.forEach(e -> named.add(e.childId()));
        findings.forEach(e -> named.add(e.childId()));
        delivery.listed("cross-border-exceptions", named);
        model.addAttribute("unnotified", unnotified);
        model.addAttribute("byHand", byHand);
        model.addAttribute("unacknowledged", unacknowledged);
        model.addAttribute("unagreed", unagreed);
        model.addAttribute("findings", findings);
        model.addAttribute("now", now);
        model.addAttribute("acknowledgeHours", acknowledgeWithin.toHours());
        model.addAttribute("everyAuthority", agency == null);
        model.addAttribute("total", unnotified.size() + byHand.size() + unacknowledged.size() + unagreed.size()
                + findings.size());
        return "crossborder/exceptions";
    }
}

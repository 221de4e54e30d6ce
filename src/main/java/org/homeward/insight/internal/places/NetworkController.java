package org.homeward.insight.internal.places;

import java.time.Instant;
import org.homeward.access.CurrentUser;
import org.homeward.insight.internal.FigureLinks;
import org.homeward.insight.internal.InsightAccess;
import org.homeward.insight.internal.Suppression;
import org.homeward.platform.web.PeriodForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network of children who go missing together or share associates or places: its connected groups, the
 * most central people and places, and the largest groups drawn with a list of their links beside the drawing.
 * A group is drawn and its members listed only when it holds enough children for its count to be shown, so
 * that the drawing never shows what the suppressed counts hide. The network is the one kept since the last count
 * ({@link KeptNetworks}), and the page's "as at" time is the count it was worked out from.
 */
@Controller
class NetworkController {

    private final PlacesQuestion question;
    private final KeptNetworks networks;
    private final Suppression suppression;
    private final InsightAccess access;

    NetworkController(PlacesQuestion question, KeptNetworks networks, Suppression suppression, InsightAccess access) {
        this.question = question;
        this.networks = networks;
        this.suppression = suppression;
        this.access = access;
    }

    @GetMapping("/insight/places/network")
    String network(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                   @RequestParam(name = "authority", required = false) String authority,
                   @RequestParam(name = "page", required = false) Integer page, Model model) {
        question.ask(user, period, authority, model).ifPresent(asked -> {
            KeptNetworks.Kept kept = question.audited("insight-network",
                    "Network of children, associates and places, " + asked.from() + " to " + asked.to() + " for "
                            + asked.shown().name() + (asked.namesAssociates() ? ", named" : ", pseudonymised"),
                    () -> networks.of(asked, suppression.threshold()));
            ChildNetwork.Network found = kept.network();
            Pages pages = Pages.of(page);
            model.addAttribute("asAt", kept.counted().equals(Instant.EPOCH) ? null : kept.counted());
            model.addAttribute("network", found);
            model.addAttribute("links", FigureLinks.of(!access.pseudonymised(user), asked.from(), asked.to(),
                    asked.shown().chosen()));
            model.addAttribute("groups", found.groups().stream().skip(pages.offset()).limit(pages.size()).toList());
            model.addAttribute("groupCount", found.groups().size());
            model.addAttribute("first", pages.offset() + 1);
            model.addAttribute("pagination", pages.links(found.groups().size()));
            model.addAttribute("drawn", kept.drawn());
            model.addAttribute("diagram", kept.diagram());
        });
        return "insight/places-network";
    }
}

package org.homeward.insight.internal.places;

import java.util.List;
import org.homeward.access.CurrentUser;
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
 * that the drawing never shows what the suppressed counts hide.
 */
@Controller
class NetworkController {

    private final PlacesQuestion question;
    private final ChildNetwork network;
    private final NetworkDiagram diagram;
    private final Suppression suppression;

    NetworkController(PlacesQuestion question, ChildNetwork network, NetworkDiagram diagram, Suppression suppression) {
        this.question = question;
        this.network = network;
        this.diagram = diagram;
        this.suppression = suppression;
    }

    @GetMapping("/insight/places/network")
    String network(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                   @RequestParam(name = "authority", required = false) String authority,
                   @RequestParam(name = "page", required = false) Integer page, Model model) {
        question.ask(user, period, authority, model).ifPresent(asked -> {
            ChildNetwork.Network found = question.audited("insight-network",
                    "Network of children, associates and places, " + asked.from() + " to " + asked.to() + " for "
                            + asked.shown().name() + (asked.namesAssociates() ? ", named" : ", pseudonymised"),
                    () -> network.of(asked));
            Pages pages = Pages.of(page);
            List<ChildNetwork.Group> drawn = found.groups().stream()
                    .filter(g -> g.children() >= suppression.threshold())
                    .filter(g -> g.members().size() <= NetworkDiagram.MOST_MEMBERS_DRAWN)
                    .limit(NetworkDiagram.GROUPS_DRAWN).toList();
            model.addAttribute("network", found);
            model.addAttribute("groups", found.groups().stream().skip(pages.offset()).limit(pages.size()).toList());
            model.addAttribute("groupCount", found.groups().size());
            model.addAttribute("first", pages.offset() + 1);
            model.addAttribute("pagination", pages.links(found.groups().size()));
            model.addAttribute("drawn", drawn);
            model.addAttribute("diagram", diagram.draw("network", drawn));
        });
        return "insight/places-network";
    }
}

package org.homeward.insight.internal.places;

import org.homeward.access.CurrentUser;
import org.homeward.insight.internal.Behind;
import org.homeward.insight.internal.FigureLinks;
import org.homeward.insight.internal.InsightAccess;
import org.homeward.insight.internal.Labels;
import org.homeward.insight.internal.Suppression;
import org.homeward.platform.web.PeriodForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Places used by several children in a period (SR-03 hot spots), by the number of children or by risk. */
@Controller
class PlacesController {

    private final PlacesQuestion question;
    private final InsightAccess access;
    private final UsedPlaces places;
    private final Suppression suppression;

    PlacesController(PlacesQuestion question, UsedPlaces places, Suppression suppression, InsightAccess access) {
        this.question = question;
        this.access = access;
        this.places = places;
        this.suppression = suppression;
    }

    /** One place as shown: counts suppressed, the risk level and the assessment in words. */
    record Row(String name, String town, String children, String episodes, String highestRisk, String riskAssessed,
               long episodesCount, String episodesLink) {
    }

    @GetMapping("/insight/places")
    String places(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                  @RequestParam(name = "authority", required = false) String authority,
                  @RequestParam(name = "order", required = false) String order,
                  @RequestParam(name = "page", required = false) Integer page, Model model) {
        UsedPlaces.Order sorted = UsedPlaces.Order.of(order);
        model.addAttribute("order", sorted);
        question.ask(user, period, authority, model).ifPresent(asked -> {
            Pages pages = Pages.of(page);
            UsedPlaces.Page found = question.audited("insight-places",
                    "Places used by several children, " + asked.from() + " to " + asked.to() + " for "
                            + asked.shown().name() + ", page " + pages.number(),
                    () -> places.used(asked, sorted, pages.size(), pages.offset()));
            FigureLinks links = FigureLinks.of(!access.pseudonymised(user), asked.from(), asked.to(),
                    asked.shown().chosen());
            model.addAttribute("places", found.places().stream().map(p -> new Row(p.name(), p.town(),
                    suppression.count(p.children()), suppression.count(p.episodes()),
                    p.episodes() == 0 ? "No episodes here" : Labels.of("RISK", p.highestRisk() == null ? "NOT_GRADED"
                            : p.highestRisk()),
                    p.riskAssessed() == null ? "Not a recorded location" : p.riskAssessed() ? "Yes" : "No",
                    p.episodes(), links.place(Behind.Place.name(p.locationId(),
                            p.locationId() == null ? p.key().substring("said:".length()) : null)))).toList());
            model.addAttribute("total", found.total());
            model.addAttribute("first", pages.offset() + 1);
            model.addAttribute("pagination", pages.links(found.total()));
        });
        return "insight/places";
    }
}

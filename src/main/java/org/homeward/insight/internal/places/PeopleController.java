package org.homeward.insight.internal.places;

import org.homeward.access.CurrentUser;
import org.homeward.insight.internal.FigureLinks;
import org.homeward.insight.internal.InsightAccess;
import org.homeward.platform.web.PeriodForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Associates linked to several of the period's children. Those who may see a child's associates see their
 * names and who is a person of concern; analysts, board members and the lead member see pseudonyms, and
 * persons of concern only as a count.
 */
@Controller
class PeopleController {

    private final PlacesQuestion question;
    private final InsightAccess access;
    private final LinkedAssociates associates;
    private final AssociatePseudonyms pseudonyms;

    PeopleController(PlacesQuestion question, LinkedAssociates associates, AssociatePseudonyms pseudonyms,
                     InsightAccess access) {
        this.question = question;
        this.access = access;
        this.associates = associates;
        this.pseudonyms = pseudonyms;
    }

    /** One associate as shown: a name or a pseudonym. */
    record Shown(String name, Boolean personOfConcern, long children, long episodes, String link) {
    }

    @GetMapping("/insight/places/people")
    String people(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                  @RequestParam(name = "authority", required = false) String authority,
                  @RequestParam(name = "page", required = false) Integer page, Model model) {
        question.ask(user, period, authority, model).ifPresent(asked -> {
            Pages pages = Pages.of(page);
            LinkedAssociates.Page found = question.audited("insight-associates",
                    "Associates linked to several children, " + asked.from() + " to " + asked.to() + " for "
                            + asked.shown().name() + (asked.namesAssociates() ? ", named" : ", pseudonymised")
                            + ", page " + pages.number(),
                    () -> associates.linked(asked, pages.size(), pages.offset()));
            FigureLinks links = FigureLinks.of(!access.pseudonymised(user), asked.from(), asked.to(),
                    asked.shown().chosen());
            model.addAttribute("associates", found.associates().stream().map(a -> new Shown(
                    a.name() != null ? a.name() : pseudonyms.of(a.id()), a.personOfConcern(), a.children(),
                    a.episodes(), links.associate(a.id()))).toList());
            model.addAttribute("concern", found.concern());
            model.addAttribute("total", found.total());
            model.addAttribute("first", pages.offset() + 1);
            model.addAttribute("pagination", pages.links(found.total()));
        });
        return "insight/places-people";
    }
}

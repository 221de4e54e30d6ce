package org.homeward.episode.internal;

import static org.homeward.episode.internal.EpisodeController.require;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.AgencyKind;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Pagination;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** Open episodes across the partnership, and the police coordinator's morning view. */
@Controller
class EpisodeListController {

    private final OpenEpisodes episodes;
    private final EpisodeView view;
    private final Directory directory;
    private final Vocabularies vocabularies;
    private final AccessPolicy policy;
    private final Clock clock;

    EpisodeListController(OpenEpisodes episodes, EpisodeView view, Directory directory, Vocabularies vocabularies,
                          AccessPolicy policy, Clock clock) {
        this.episodes = episodes;
        this.view = view;
        this.directory = directory;
        this.vocabularies = vocabularies;
        this.policy = policy;
        this.clock = clock;
    }

    /** Filters are codes, never personal data, so they may sit in the URL and be bookmarked. */
    @GetMapping("/episodes")
    String open(@AuthenticationPrincipal CurrentUser user,
                @RequestParam(required = false) String risk, @RequestParam(required = false) String cohort,
                @RequestParam(required = false) String duration, @RequestParam(required = false) String agency,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String after,
                @RequestParam(required = false) String before, Model model) {
        require(policy.mayViewChildren(user));
        Instant now = clock.instant();
        UUID ownAuthority = user.agencyKind() == AgencyKind.LOCAL_AUTHORITY ? user.agencyId() : null;
        OpenEpisodes.Cohort c = parse(OpenEpisodes.Cohort.class, cohort);
        if (c == OpenEpisodes.Cohort.PLACED_IN && ownAuthority == null) {
            c = OpenEpisodes.Cohort.OUT_OF_AREA;
        }
        UUID agencyId = uuid(agency);
        OpenEpisodes.Filter filter = new OpenEpisodes.Filter(risk == null || risk.isBlank() ? null : risk, c,
                "24h".equals(duration), agencyId, ownAuthority, parse(OpenEpisodes.Sort.class, sort));
        OpenEpisodes.Page found = episodes.open(filter, now, OpenEpisodes.keyset(filter.sort(), after, before),
                policy.involvedWith(user));
        model.addAttribute("rows", view.rows(found.rows(), now));
        model.addAttribute("found", found);
        model.addAttribute("risk", risk);
        model.addAttribute("cohort", c == null ? "" : c.name());
        model.addAttribute("duration", duration);
        model.addAttribute("agency", agencyId == null ? "" : agencyId.toString());
        model.addAttribute("sort", filter.sort() == null ? "RISK" : filter.sort().name());
        model.addAttribute("riskLevels", vocabularies.termsInForce("police-risk", java.time.LocalDate.now(clock)));
        model.addAttribute("ownAuthority", ownAuthority != null);
        model.addAttribute("agencies", agencies(agencyId));
        model.addAttribute("pageLinks", pageLinks(found, risk, c, duration, agencyId, filter.sort()));
        return "episode/list";
    }

    @GetMapping("/episodes/coordinator")
    String coordinator(@AuthenticationPrincipal CurrentUser user, Model model) {
        require(policy.mayViewChildren(user));
        Instant now = clock.instant();
        OpenEpisodes.Page open = episodes.open(new OpenEpisodes.Filter(null, null, false, null, null,
                OpenEpisodes.Sort.RISK), now, OpenEpisodes.keyset(OpenEpisodes.Sort.RISK, null, null),
                policy.involvedWith(user));
        model.addAttribute("open", view.rows(open.rows(), now));
        model.addAttribute("openTotal", open.total());
        model.addAttribute("returned", view.rows(episodes.returnedAwaitingCheck(now, Duration.ofHours(72), policy.involvedWith(user)), now));
        return "episode/coordinator";
    }

    /**
     * The agency filter's options as escaped HTML. A national installation lists some two hundred
     * agencies, and looping over them in the template cost more than the rest of the page together.
     */
    private String agencies(UUID selected) {
        StringBuilder html = new StringBuilder("<option value=\"\">All agencies</option>");
        for (List<Directory.Option> kind : List.of(directory.localAuthorities(), directory.policeForces())) {
            for (Directory.Option a : kind) {
                html.append("<option value=\"").append(a.id()).append('"')
                        .append(a.id().equals(selected) ? " selected" : "").append('>')
                        .append(HtmlUtils.htmlEscape(a.name())).append("</option>");
            }
        }
        return html.toString();
    }

    private static Pagination pageLinks(OpenEpisodes.Page found, String risk, OpenEpisodes.Cohort cohort,
                                        String duration, UUID agency, OpenEpisodes.Sort sort) {
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/episodes")
                .queryParamIfPresent("risk", java.util.Optional.ofNullable(risk).filter(r -> !r.isBlank()))
                .queryParamIfPresent("cohort", java.util.Optional.ofNullable(cohort))
                .queryParamIfPresent("duration", java.util.Optional.ofNullable(duration).filter("24h"::equals))
                .queryParamIfPresent("agency", java.util.Optional.ofNullable(agency))
                .queryParamIfPresent("sort", java.util.Optional.ofNullable(sort));
        return Pagination.keyset(base, found.links());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

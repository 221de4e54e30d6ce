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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Open episodes across the partnership, and the police coordinator's morning view. */
@Controller
class EpisodeListController {

    private final OpenEpisodes episodes;
    private final Directory directory;
    private final Vocabularies vocabularies;
    private final AccessPolicy policy;
    private final Clock clock;

    EpisodeListController(OpenEpisodes episodes, Directory directory, Vocabularies vocabularies, AccessPolicy policy,
                          Clock clock) {
        this.episodes = episodes;
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
                @RequestParam(required = false) String sort, Model model) {
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
        List<OpenEpisodes.Row> rows = episodes.open(filter, now);
        model.addAttribute("rows", rows);
        model.addAttribute("now", now);
        model.addAttribute("risk", risk);
        model.addAttribute("cohort", c == null ? "" : c.name());
        model.addAttribute("duration", duration);
        model.addAttribute("agency", agencyId == null ? "" : agencyId.toString());
        model.addAttribute("sort", filter.sort() == null ? "RISK" : filter.sort().name());
        model.addAttribute("riskLevels", vocabularies.termsInForce("police-risk", java.time.LocalDate.now(clock)));
        model.addAttribute("ownAuthority", ownAuthority != null);
        model.addAttribute("agencies", agencies());
        model.addAttribute("limit", OpenEpisodes.LIMIT);
        return "episode/list";
    }

    @GetMapping("/episodes/coordinator")
    String coordinator(@AuthenticationPrincipal CurrentUser user, Model model) {
        require(policy.mayViewChildren(user));
        Instant now = clock.instant();
        model.addAttribute("open", episodes.open(new OpenEpisodes.Filter(null, null, false, null, null,
                OpenEpisodes.Sort.RISK), now));
        model.addAttribute("returned", episodes.returnedAwaitingCheck(now, Duration.ofHours(72)));
        model.addAttribute("now", now);
        return "episode/coordinator";
    }

    private List<Directory.Option> agencies() {
        List<Directory.Option> all = new java.util.ArrayList<>(directory.localAuthorities());
        all.addAll(directory.policeForces());
        return all;
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

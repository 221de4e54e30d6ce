package org.homeward.insight.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.Durations;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.homeward.platform.web.PeriodForm;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The episodes behind one figure of an insight page, for the managers who answer for them. Analysts and board
 * members never reach it: they see no identities. A child is named, and their episode linked, only where the
 * viewer's involvement lets them open the record; the rest appear under their pseudonyms.
 */
@Controller
class InsightEpisodesController {

    private static final int PAGE_SIZE = 25;
    /** How a link names returns whose interview had no provider recorded. */
    static final String NO_PROVIDER = "none";

    /** One row as shown: {@code name} null where the viewer may not open the child's record. */
    record Row(UUID episodeId, String pseudonym, String name, String started, String length, String category,
               String risk) {
    }

    private final InsightQuestion question;
    private final PartnershipFigures figures;
    private final InsightAccess access;
    private final AccessPolicy policy;
    private final Pseudonyms pseudonyms;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Dates dates;
    private final Settings settings;
    private final NetworkGroups groups;

    InsightEpisodesController(InsightQuestion question, PartnershipFigures figures, InsightAccess access, AccessPolicy policy,
                              Pseudonyms pseudonyms, JdbcClient jdbc, AuditTrail audit,
                              Dates dates, Settings settings, NetworkGroups groups) {
        this.question = question;
        this.figures = figures;
        this.access = access;
        this.policy = policy;
        this.pseudonyms = pseudonyms;
        this.jdbc = jdbc;
        this.audit = audit;
        this.dates = dates;
        this.settings = settings;
        this.groups = groups;
    }

    @GetMapping("/insight/episodes")
    @Transactional
    String episodes(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                    @RequestParam(name = "authority", required = false) String authority,
                    @RequestParam(name = "measure", required = false) String measure,
                    @RequestParam(name = "dimension", required = false) List<String> dimensions,
                    @RequestParam(name = "value", required = false) List<String> values,
                    @RequestParam(name = "interview", required = false) String interview,
                    @RequestParam(name = "code", required = false) String code,
                    @RequestParam(name = "place", required = false) String place,
                    @RequestParam(name = "associate", required = false) UUID associate,
                    @RequestParam(name = "group", required = false) Integer group,
                    @RequestParam(name = "provider", required = false) String provider,
                    @RequestParam(required = false) String after, @RequestParam(required = false) String before,
                    Model model) {
        if (!access.mayView(user) || access.pseudonymised(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Behind behind = behind(measure, dimensions, values, interview, code, place, associate, group, provider);
        model.addAttribute("heading", behind.heading(behind.interview().map(this::label).orElse(""),
                behind.place().map(this::label).orElse(""), behind.provider().map(this::provider).orElse("")));
        Optional<InsightQuestion.Asked> asked = question.ask(user, period, authority, model);
        if (asked.isEmpty()) {
            return "insight/episodes";
        }
        if (group != null) {
            behind = behind.withGroup(new Behind.Group(group, groups.children(user, asked.get(), group)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))));
        }
        InsightScope.Shown shown = asked.get().shown();
        LocalDate from = asked.get().from();
        LocalDate to = asked.get().to();
        PartnershipFigures.Listing listing = figures.episodes(from, to, shown.authorities(), behind,
                settings.number(Setting.INSIGHT_REPEAT_EPISODES), Keyset.of(after, before, PAGE_SIZE));
        Keyset.Page<PartnershipFigures.Listed> page = listing.page();
        List<UUID> children = page.rows().stream().map(PartnershipFigures.Listed::childId).distinct().toList();
        Set<UUID> openable = policy.mayViewChildren(user) ? policy.involvedAmong(user, children) : Set.of();
        Map<UUID, String> names = openable.isEmpty() ? Map.of() : jdbc.sql("""
                        select id, given_names || ' ' || family_name as name from child where id = any(:ids)""")
                .param("ids", new SqlArrayValue("uuid", openable.toArray()))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        model.addAttribute("listing", listing);
        model.addAttribute("rows", page.rows().stream().map(r -> new Row(r.episodeId(), pseudonyms.of(r.childId()),
                names.get(r.childId()), dates.dateTime(r.startedAt()),
                r.endedAt() == null ? "Not yet returned" : Durations.of(Duration.between(r.startedAt(), r.endedAt())),
                Labels.of("CATEGORY", r.category()), Labels.of("RISK", r.riskLevel() == null ? "NOT_GRADED"
                        : r.riskLevel()))).toList());
        model.addAttribute("pagination", Pagination.keyset(UriComponentsBuilder.fromPath("/insight/episodes")
                .queryParam("fromDay", from.getDayOfMonth()).queryParam("fromMonth", from.getMonthValue())
                .queryParam("fromYear", from.getYear()).queryParam("toDay", to.getDayOfMonth())
                .queryParam("toMonth", to.getMonthValue()).queryParam("toYear", to.getYear())
                .queryParamIfPresent("authority", Optional.ofNullable(shown.chosen()))
                .queryParam("measure", behind.measure().name())
                .queryParam("dimension", behind.values().keySet().stream().map(Enum::name).toList())
                .queryParam("value", behind.values().keySet().stream().map(behind.values()::get).toList())
                .queryParamIfPresent("interview", behind.interview().map(Behind.Interview::vocabulary))
                .queryParamIfPresent("code", behind.interview().map(Behind.Interview::code)
                        .filter(c -> !c.isEmpty()))
                .queryParamIfPresent("place", Optional.ofNullable(place))
                .queryParamIfPresent("associate", Optional.ofNullable(associate))
                .queryParamIfPresent("group", Optional.ofNullable(group))
                .queryParamIfPresent("provider", Optional.ofNullable(provider)), page));
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("insight-episodes", null, null), List.of(),
                behind + ", " + from + " to " + to + " for " + shown.name() + "; named "
                        + names.size() + " of " + children.size() + " children");
        return "insight/episodes";
    }

    /**
     * The figure a link names: a measure (every episode when none), each dimension at one value named in pairs,
     * and perhaps what the return interview recorded. Anything else is no figure of ours.
     */
    private Behind behind(String measure, List<String> dimensions, List<String> values, String interview,
                          String code, String place, UUID associate, Integer group, String provider) {
        List<String> named = dimensions == null ? List.of() : dimensions;
        List<String> at = values == null ? List.of() : values;
        if (named.size() != at.size() || named.size() > Behind.MOST_DIMENSIONS) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<PartnershipFigures.Dimension, String> filters = new LinkedHashMap<>();
        for (int i = 0; i < named.size(); i++) {
            PartnershipFigures.Dimension d = PartnershipFigures.Dimension.named(named.get(i))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            if (!d.codes().contains(at.get(i)) || filters.put(d, at.get(i)) != null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        Measure m = measure == null ? Measure.EPISODES
                : Measure.named(measure).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<Behind.Interview> recorded = Optional.empty();
        if (interview != null) {
            Behind.Interview i = new Behind.Interview(interview, code == null ? "" : code);
            boolean known = switch (interview) {
                case Behind.Interview.HELD, Behind.Interview.CODED, Behind.Interview.EXPLOITATION -> code == null;
                default -> i.coded() && code != null && label(i) != null;
            };
            if (!known) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            recorded = Optional.of(i);
        }
        Optional<Behind.Place> where = Optional.empty();
        if (place != null) {
            where = Optional.of(Behind.Place.parse(place)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        }
        Optional<String> providedBy = Optional.empty();
        if (provider != null) {
            if (!provider.equals(NO_PROVIDER) && !provider.matches("[0-9a-f-]{36}")) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            providedBy = Optional.of(provider.equals(NO_PROVIDER) ? "" : provider);
        }
        if (group != null && group < 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new Behind(m, filters, recorded, where, Optional.ofNullable(associate),
                Optional.ofNullable(group).map(n -> new Behind.Group(n, List.of())), providedBy);
    }

    /** The interview provider's name: an agency, or none recorded. */
    private String provider(String agency) {
        return agency.isEmpty() ? "none recorded" : jdbc.sql("select name from agency where id = :id::uuid")
                .param("id", agency).query(String.class).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A recorded location's description; words typed are not kept in the link, so are only described. */
    private String label(Behind.Place place) {
        return place.location() == null ? "a place recorded in words on the episodes"
                : jdbc.sql("select description from location where id = :id").param("id", place.location())
                        .query(String.class).optional()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The interview finding's words: the coded term's label most recently in force; null for no such term. */
    private String label(Behind.Interview interview) {
        return switch (interview.vocabulary()) {
            case Behind.Interview.HELD -> "held";
            case Behind.Interview.CODED -> "a push or pull factor coded";
            case Behind.Interview.EXPLOITATION -> "exploitation identified";
            default -> jdbc.sql("""
                            select label from vocabulary_term where vocabulary = :vocabulary and code = :code
                             order by effective_from desc limit 1""")
                    .param("vocabulary", interview.vocabulary()).param("code", interview.code())
                    .query(String.class).optional().orElse(null);
        };
    }
}

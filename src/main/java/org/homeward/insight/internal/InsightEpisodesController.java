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
 * The episodes behind one figure of the dashboard, for the managers who answer for them. Analysts and board
 * members never reach it: they see no identities. A child is named, and their episode linked, only where the
 * viewer's involvement lets them open the record; the rest appear under their pseudonyms.
 */
@Controller
class InsightEpisodesController {

    private static final int PAGE_SIZE = 25;

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

    InsightEpisodesController(InsightQuestion question, PartnershipFigures figures, InsightAccess access, AccessPolicy policy,
                              Pseudonyms pseudonyms, JdbcClient jdbc, AuditTrail audit,
                              Dates dates) {
        this.question = question;
        this.figures = figures;
        this.access = access;
        this.policy = policy;
        this.pseudonyms = pseudonyms;
        this.jdbc = jdbc;
        this.audit = audit;
        this.dates = dates;
    }

    @GetMapping("/insight/episodes")
    @Transactional
    String episodes(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                    @RequestParam(name = "authority", required = false) String authority,
                    @RequestParam(name = "dimension", required = false) List<String> dimensions,
                    @RequestParam(name = "value", required = false) List<String> values,
                    @RequestParam(required = false) String after, @RequestParam(required = false) String before,
                    Model model) {
        if (!access.mayView(user) || access.pseudonymised(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Map<PartnershipFigures.Dimension, String> filters = filters(dimensions, values);
        model.addAttribute("heading", filters.entrySet().stream()
                .map(f -> f.getKey().title() + ": " + Labels.of(f.getKey().name(), f.getValue()))
                .collect(Collectors.joining("; ")));
        Optional<InsightQuestion.Asked> asked = question.ask(user, period, authority, model);
        if (asked.isEmpty()) {
            return "insight/episodes";
        }
        InsightScope.Shown shown = asked.get().shown();
        LocalDate from = asked.get().from();
        LocalDate to = asked.get().to();
        Keyset.Page<PartnershipFigures.Listed> page = figures.episodes(from, to, shown.authorities(), filters,
                Keyset.of(after, before, PAGE_SIZE));
        List<UUID> children = page.rows().stream().map(PartnershipFigures.Listed::childId).distinct().toList();
        Set<UUID> openable = policy.mayViewChildren(user) ? policy.involvedAmong(user, children) : Set.of();
        Map<UUID, String> names = openable.isEmpty() ? Map.of() : jdbc.sql("""
                        select id, given_names || ' ' || family_name as name from child where id = any(:ids)""")
                .param("ids", new SqlArrayValue("uuid", openable.toArray()))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
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
                .queryParam("dimension", filters.keySet().stream().map(Enum::name).toList())
                .queryParam("value", List.copyOf(filters.values())), page));
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("insight-episodes", null, null), List.of(),
                filters + ", " + from + " to " + to + " for " + shown.name() + "; named "
                        + names.size() + " of " + children.size() + " children");
        return "insight/episodes";
    }

    /** One value for each of one to three dimensions, named in pairs; anything else is no figure of ours. */
    private static Map<PartnershipFigures.Dimension, String> filters(List<String> dimensions, List<String> values) {
        if (dimensions == null || values == null || dimensions.isEmpty() || dimensions.size() != values.size()
                || dimensions.size() > 3) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<PartnershipFigures.Dimension, String> filters = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            PartnershipFigures.Dimension d = PartnershipFigures.Dimension.named(dimensions.get(i))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            if (!d.codes().contains(values.get(i)) || filters.put(d, values.get(i)) != null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        return filters;
    }
}

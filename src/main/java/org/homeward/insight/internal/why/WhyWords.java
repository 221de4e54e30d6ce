package org.homeward.insight.internal.why;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.insight.internal.PeriodSummaries;
import org.homeward.insight.internal.Plans;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * What children said at the return interviews that coded one factor (SRC-000/001: the voice of the child; RHI-09),
 * newest first, a page at a time. Each is shown under the child's pseudonym, and the child's own names are taken
 * out of their words, since a child often speaks of themselves by name.
 */
@Component
class WhyWords {

    /** One interview's words: the child's account and what the interviewer recorded against the factor. */
    record Said(UUID offerId, UUID childId, Instant heldAt, String words, String detail) {
    }

    private final JdbcClient jdbc;
    private final PeriodSummaries summaries;

    WhyWords(JdbcClient jdbc, PeriodSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /** How many of the period's interviews coded the factor: below the threshold, no words are shown. */
    long interviews(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, String vocabulary,
                    String code) {
        if (authorities.isEmpty() && summaries.ready()) {
            String factor = vocabulary + "|" + code + "|";
            return summaries.read(WhySummary.NAME, factor, from, to, (period, key) -> List.of(factor))
                    .getOrDefault(factor, PeriodSummaries.Count.NONE).items();
        }
        return jdbc.sql(episodes(authorities) + """
                        select count(*) from ep
                          join rhi_factor f on f.offer_id = ep.offer_id and f.vocabulary = :vocabulary and f.code = :code""")
                .params(params(from, to, authorities, vocabulary, code)).query(Long.class).single();
    }

    /** A page of the words, newest interview first, with the child's names already taken out. */
    Keyset.Page<Said> page(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, String vocabulary,
                           String code, Keyset keyset) {
        record Read(UUID offerId, UUID childId, Instant heldAt, String givenNames, String familyName, String childWords,
                    String detail) {
        }
        String sql = episodes(authorities) + """
                select i.offer_id, ep.child_id, i.held_at, c.given_names, c.family_name, i.child_words, f.detail
                  from ep join rhi_factor f on f.offer_id = ep.offer_id and f.vocabulary = :vocabulary and f.code = :code
                  join rhi_interview i on i.offer_id = ep.offer_id
                  join child c on c.id = ep.child_id
                 where (coalesce(btrim(i.child_words), '') <> '' or coalesce(btrim(f.detail), '') <> '')"""
                + keyset.condition("i.held_at", "i.offer_id", true) + keyset.orderBy("i.held_at", "i.offer_id", true)
                + keyset.limit();
        Plans.forTheseValues(jdbc);
        List<Said> read = keyset.bind(jdbc.sql(sql)).params(params(from, to, authorities, vocabulary, code))
                .query(Read.class).list().stream()
                .map(r -> new Said(r.offerId(), r.childId(), r.heldAt(),
                        withoutNames(r.childWords(), r.givenNames(), r.familyName()),
                        withoutNames(r.detail(), r.givenNames(), r.familyName())))
                .toList();
        return keyset.page(read, Said::heldAt, Said::offerId);
    }

    /** The text with each of the child's names (every word of them, two letters or more) replaced by "[name]". */
    static String withoutNames(String text, String givenNames, String familyName) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String out = text.strip();
        for (String name : (givenNames + " " + familyName).split("[\\s-]+")) {
            if (name.length() >= 2) {
                out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out).replaceAll("[name]");
            }
        }
        return out;
    }

    private static String episodes(Optional<Collection<UUID>> authorities) {
        return "with ep as (select offer_id, child_id from insight_episode where start_day between :from and :to"
                + " and interviewed and "
                + (authorities.isEmpty() ? "true" : "(authority_id = any(:ids) or host_authority_id = any(:ids))")
                + ") ";
    }

    private static Map<String, Object> params(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities,
                                              String vocabulary, String code) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        params.put("vocabulary", vocabulary);
        params.put("code", code);
        authorities.ifPresent(ids -> params.put("ids", new SqlArrayValue("uuid", ids.toArray())));
        return params;
    }
}

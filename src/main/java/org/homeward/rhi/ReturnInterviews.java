package org.homeward.rhi;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What other modules may ask about a child's return home interviews: what each one found. */
@Component
public class ReturnInterviews {

    /** One held interview's findings, with its push and pull factors as codes and as labels. */
    public record Findings(UUID id, Instant heldAt, String childWords, boolean exploitation, Set<String> factorCodes,
                           List<String> factors) {
    }

    /**
     * What sharing a held interview's summary needs (DOMAIN.md RHI-05): when and by whom it was held, the
     * episode's police force, the placing and host authorities, the child's answer on consent to share
     * and with whom, and whether the child named people they were with (third-party information).
     */
    public record Summary(UUID offerId, UUID childId, UUID episodeId, UUID policeForceId, Instant heldAt,
                          String interviewerName, String interviewerAgency, UUID providerAgencyId,
                          UUID placingAuthorityId, UUID hostAuthorityId, boolean outOfArea, boolean consentToShare,
                          String shareWith, boolean namesOthers, boolean exploitation) {
    }

    private final JdbcClient jdbc;

    ReturnInterviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's interviews, latest first (one interview covering several episodes counts once). */
    public List<Findings> forChild(UUID childId) {
        return jdbc.sql("""
                select i.offer_id as id, i.held_at, coalesce(i.child_words, 'Not obtained: ' || i.child_words_not_obtained)
                       as child_words, i.exploitation,
                       coalesce(array_agg(f.vocabulary || ':' || f.code order by f.vocabulary desc, f.code)
                                filter (where f.code is not null), '{}') as codes,
                       coalesce(array_agg(case f.vocabulary when 'rhi-push-factor' then 'Push: '
                                               when 'rhi-pull-factor' then 'Pull: ' else 'Harm: ' end
                                          || coalesce(t.label, f.code) order by f.vocabulary desc, f.code)
                                filter (where f.code is not null), '{}') as labels
                  from rhi_interview i join rhi_offer o on o.id = i.offer_id
                  left join rhi_factor f on f.offer_id = i.offer_id
                  left join lateral (select label from vocabulary_term v
                                      where v.vocabulary = f.vocabulary and v.code = f.code
                                      order by v.effective_from desc nulls last limit 1) t on true
                 where o.child_id = :c
                 group by i.offer_id, i.held_at, i.child_words, i.child_words_not_obtained, i.exploitation
                 order by i.held_at desc""")
                .param("c", childId)
                .query((rs, n) -> new Findings(rs.getObject("id", UUID.class), rs.getTimestamp("held_at").toInstant(),
                        rs.getString("child_words"), rs.getBoolean("exploitation"),
                        Set.of((String[]) rs.getArray("codes").getArray()),
                        List.of((String[]) rs.getArray("labels").getArray()))).list();
    }

    /** The summary of the interview recorded for this offer, if one is. */
    public java.util.Optional<Summary> summary(UUID offerId) {
        return jdbc.sql("""
                select o.id as offer_id, o.child_id, o.episode_id, e.police_force_id, i.held_at, i.interviewer_name,
                       i.interviewer_agency, o.provider_agency_id, o.placing_authority_id, o.host_authority_id,
                       o.out_of_area, i.consent_to_share, i.share_with, i.who_with is not null as names_others,
                       i.exploitation
                  from rhi_interview i join rhi_offer o on o.id = i.offer_id join episode e on e.id = o.episode_id
                 where i.offer_id = :o""")
                .param("o", offerId).query(Summary.class).optional();
    }

    /** What each held interview heard of harm while missing, by the episode its offer was for. */
    public java.util.Map<UUID, List<String>> harmsByEpisode(UUID childId) {
        java.util.Map<UUID, List<String>> harms = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select o.episode_id, i.harm, i.exploitation from rhi_interview i join rhi_offer o on o.id = i.offer_id
                 where o.child_id = :c and nullif(trim(i.harm), '') is not null order by i.held_at""")
                .param("c", childId)
                .query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), "Return home interview: "
                        + rs.getString(2) + (rs.getBoolean(3) ? " (signs of exploitation)" : ""))).list()
                .forEach(e -> harms.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return harms;
    }
}

package org.homeward.episode;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What other modules may ask about an episode. */
@Component
public class Episodes {

    private final JdbcClient jdbc;

    Episodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EpisodeSummary> summary(UUID id) {
        return jdbc.sql("""
                select e.id, e.child_id, e.category, e.last_seen_at, e.located_at, e.closed_at is null as open,
                       g.risk_level as police_risk_level
                  from episode e
                  left join lateral (select risk_level from episode_grading
                                      where episode_id = e.id order by graded_at desc, id limit 1) g on true
                 where e.id = :id""")
                .param("id", id).query(EpisodeSummary.class).optional();
    }

    /** Children still missing who were last seen at or before {@code seenBy}: rules that turn on time alone. */
    public java.util.List<UUID> childrenMissingSince(java.time.Instant seenBy) {
        return jdbc.sql("select distinct child_id from episode where located_at is null and last_seen_at <= :t")
                .param("t", java.sql.Timestamp.from(seenBy)).query(UUID.class).list();
    }

    /**
     * The harm each of the child's episodes disclosed, by episode: what was recorded when the child was
     * found, and what each safe-and-well check heard. Episodes with none are absent.
     */
    public java.util.Map<UUID, java.util.List<String>> harmsDisclosed(UUID childId) {
        java.util.Map<UUID, java.util.List<String>> harms = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select e.id, 'When found: ' || e.harm_while_missing as harm, e.located_at as at
                  from episode e where e.child_id = :c and nullif(trim(e.harm_while_missing), '') is not null
                union all
                select s.episode_id, 'Safe and well check: ' || concat_ws('; ', nullif(trim(s.harm), ''),
                       nullif(trim(s.disclosures), '')), s.held_at
                  from safe_and_well_check s join episode e on e.id = s.episode_id
                 where e.child_id = :c and coalesce(nullif(trim(s.harm), ''), nullif(trim(s.disclosures), '')) is not null
                 order by 3""")
                .param("c", childId)
                .query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .forEach(e -> harms.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return harms;
    }
}

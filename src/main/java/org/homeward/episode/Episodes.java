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
}

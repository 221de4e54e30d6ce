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
}

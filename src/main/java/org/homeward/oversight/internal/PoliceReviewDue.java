package org.homeward.oversight.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.homeward.episode.PoliceReviews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The episode's open police review on the deadline engine, for the episode page. */
@Component
class PoliceReviewDue implements PoliceReviews {

    private final JdbcClient jdbc;

    PoliceReviewDue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> nextDue(UUID episodeId, UUID childId) {
        return jdbc.sql("""
                select min(due_at) from task
                 where child_id = :c and status = 'OPEN' and kind = :k and source_module = 'episode'
                   and source_id like :prefix""")
                .param("c", childId).param("k", EpisodeReviews.EPISODE_REVIEW).param("prefix", episodeId + "#%")
                .query(Instant.class).optional();
    }
}

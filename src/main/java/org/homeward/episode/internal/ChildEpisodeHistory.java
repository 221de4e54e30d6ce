package org.homeward.episode.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.child.MissingStatus;
import org.homeward.episode.EpisodeFacts;
import org.homeward.episode.EpisodeHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A child's episodes in brief, each with its latest risk grading, for pages of the child's record. */
@Component
class ChildEpisodeHistory implements EpisodeHistory, MissingStatus {

    private final JdbcClient jdbc;
    private final EpisodeView view;
    private final Clock clock;

    ChildEpisodeHistory(JdbcClient jdbc, EpisodeView view, Clock clock) {
        this.jdbc = jdbc;
        this.view = view;
        this.clock = clock;
    }

    @Override
    public List<EpisodeFacts> forChild(UUID childId) {
        record Row(UUID id, String category, Instant lastSeenAt, Instant reportedToPoliceAt, Instant locatedAt,
                   String riskLevel, boolean retrospective, Instant createdAt) {
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                select e.id, e.category, e.last_seen_at, e.reported_to_police_at, e.located_at, g.risk_level,
                       e.retrospective, e.created_at
                  from episode e
                  left join lateral (select risk_level from episode_grading
                                      where episode_id = e.id order by graded_at desc, id limit 1) g on true
                 where e.child_id = :child
                 order by e.last_seen_at desc""")
                .param("child", childId).query(Row.class).list().stream()
                .map(r -> {
                    Duration d = Duration.between(r.lastSeenAt(), r.locatedAt() == null ? now : r.locatedAt());
                    return new EpisodeFacts(r.id(), view.label("episode-category", r.category()), r.lastSeenAt(),
                            r.reportedToPoliceAt(), r.locatedAt(), EpisodeView.duration(d),
                            d.compareTo(Episode.LONG) >= 0,
                            r.riskLevel() == null ? null : view.label("police-risk", r.riskLevel()),
                            view.riskTagClass(r.riskLevel()), r.retrospective(), r.createdAt(), r.riskLevel());
                }).toList();
    }

    @Override
    public List<Missing> missingNow(UUID childId) {
        return forChild(childId).stream().filter(EpisodeFacts::missingNow)
                .map(e -> new Missing(e.lastSeenAt(), "/episodes/" + e.id())).toList();
    }

    @Override
    public long episodesSince(UUID childId, Instant since) {
        return forChild(childId).stream().filter(e -> e.lastSeenAt().isAfter(since)).count();
    }
}

package org.homeward.oversight.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.child.PhilomenaSaved;
import org.homeward.episode.EpisodeGraded;
import org.homeward.episode.EpisodeLocated;
import org.homeward.episode.EpisodeReported;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reviews on the deadline engine that no other module opens: the police review of an episode while the
 * child is missing (graded at once, then reviewed at an interval set by the risk level; each grading
 * is a review), and the Philomena profile's review date.
 */
@Component
class EpisodeReviews {

    static final String EPISODE_REVIEW = "EPISODE_REVIEW";
    static final String PHILOMENA_REVIEW = "PHILOMENA_REVIEW";

    private final Deadlines deadlines;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Duration> intervals;
    private final Duration firstGrading;

    EpisodeReviews(Deadlines deadlines, JdbcClient jdbc, Clock clock,
                   @Value("${homeward.oversight.episode-review.first-grading:PT1H}") Duration firstGrading,
                   @Value("${homeward.oversight.episode-review.high:PT6H}") Duration high,
                   @Value("${homeward.oversight.episode-review.medium:PT24H}") Duration medium,
                   @Value("${homeward.oversight.episode-review.other:PT72H}") Duration other) {
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.clock = clock;
        this.firstGrading = firstGrading;
        this.intervals = Map.of("HIGH", high, "MEDIUM", medium, "OTHER", other);
    }

    @EventListener
    public void onReported(EpisodeReported event) {
        open(event.episodeId(), event.childId(), 1, "Grade the risk of the missing episode",
                clock.instant().plus(firstGrading), false);
    }

    @EventListener
    public void onGraded(EpisodeGraded event) {
        int next = 1;
        for (String source : openReviews(event.episodeId())) {
            deadlines.complete(new TaskSource(EPISODE_REVIEW, "episode", source), event.gradedBy());
            next = Math.max(next, Integer.parseInt(source.substring(source.indexOf('#') + 1)) + 1);
        }
        Duration interval = intervals.getOrDefault(event.level(), intervals.get("OTHER"));
        open(event.episodeId(), event.childId(), next, "Review the missing episode and its risk level",
                clock.instant().plus(interval), "HIGH".equals(event.level()));
    }

    @EventListener
    public void onLocated(EpisodeLocated event) {
        for (String source : openReviews(event.episodeId())) {
            deadlines.cancel(new TaskSource(EPISODE_REVIEW, "episode", source), null);
        }
    }

    @EventListener
    public void onPhilomena(PhilomenaSaved event) {
        jdbc.sql("""
                select source_id from task where kind = :k and source_module = 'child' and child_id = :c
                   and status = 'OPEN'""").param("k", PHILOMENA_REVIEW).param("c", event.childId())
                .query(String.class).list()
                .forEach(s -> deadlines.complete(new TaskSource(PHILOMENA_REVIEW, "child", s), null));
        deadlines.ownerFor(event.childId()).ifPresent(owner -> deadlines.open(new NewTask(
                new TaskSource(PHILOMENA_REVIEW, "child", event.childId() + "@" + event.reviewDue()),
                "Review the Philomena profile", event.childId(), owner, Deadlines.endOf(event.reviewDue()), false,
                "/children/" + event.childId() + "/philomena")));
    }

    private List<String> openReviews(UUID episodeId) {
        return jdbc.sql("""
                select source_id from task where kind = :k and source_module = 'episode' and source_id like :e
                   and status = 'OPEN'""").param("k", EPISODE_REVIEW).param("e", episodeId + "#%")
                .query(String.class).list();
    }

    private void open(UUID episodeId, UUID childId, int number, String subject, Instant due, boolean high) {
        policeTeam(episodeId).ifPresent(team -> deadlines.open(new NewTask(
                new TaskSource(EPISODE_REVIEW, "episode", episodeId + "#" + number), subject, childId,
                TaskOwner.team(team), due, high, "/episodes/" + episodeId)));
    }

    /** The team of the episode's police force's missing-person coordinators (any force's, if none recorded). */
    private Optional<UUID> policeTeam(UUID episodeId) {
        return jdbc.sql("""
                select u.team_id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'MISSING_COORDINATOR' and u.team_id is not null
                   and coalesce((select police_force_id from episode where id = :e), u.agency_id) = u.agency_id
                 order by u.username limit 1""")
                .param("e", episodeId).query(UUID.class).optional();
    }
}

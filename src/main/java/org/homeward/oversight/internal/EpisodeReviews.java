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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews on the deadline engine that no other module opens: the police review of an episode while the
 * child is missing (graded at once, then reviewed at an interval set by the risk level; each grading
 * is a review), and the Philomena profile's review date. Episodes written without events (demo data,
 * imports, records older than the engine) get their review from {@link #reconcile()}, run at start-up
 * and with every escalation run, so that no child is missing without a police review due (EP-02).
 */
@Component
class EpisodeReviews {

    static final String EPISODE_REVIEW = "EPISODE_REVIEW";
    static final String PHILOMENA_REVIEW = "PHILOMENA_REVIEW";
    private static final Logger log = LoggerFactory.getLogger(EpisodeReviews.class);

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
        // Reported with the return already known: there is no search to review.
        if (missing(event.episodeId())) {
            open(event.episodeId(), event.childId(), lastNumber(event.episodeId()) + 1,
                    "Grade the risk of the missing episode", clock.instant().plus(firstGrading), false);
        }
    }

    @EventListener
    public void onGraded(EpisodeGraded event) {
        for (String source : openReviews(event.episodeId())) {
            deadlines.complete(new TaskSource(EPISODE_REVIEW, "episode", source), event.gradedBy());
        }
        if (missing(event.episodeId())) {
            Duration interval = intervals.getOrDefault(event.level(), intervals.get("OTHER"));
            open(event.episodeId(), event.childId(), lastNumber(event.episodeId()) + 1,
                    "Review the missing episode and its risk level", clock.instant().plus(interval),
                    "HIGH".equals(event.level()));
        }
    }

    @EventListener
    public void onLocated(EpisodeLocated event) {
        for (String source : openReviews(event.episodeId())) {
            deadlines.cancel(new TaskSource(EPISODE_REVIEW, "episode", source), null);
        }
    }

    /** A missing episode with no open review, its latest grading and the highest review number it has had. */
    record Unreviewed(UUID episodeId, UUID childId, Instant reportedAt, String level, Instant gradedAt, int lastNumber) {
    }

    /**
     * Opens the review of every episode whose child is missing and which has none open, as the events
     * would have: due the first-grading time after the report if never graded, else the risk level's
     * interval after the latest grading (overdue already, if that time has passed); and cancels the open
     * reviews of episodes whose child has been found. A second run changes nothing.
     */
    @Transactional
    public int reconcile() {
        List<Unreviewed> unreviewed = jdbc.sql("""
                select e.id as episode_id, e.child_id, coalesce(e.reported_to_police_at, e.created_at) as reported_at,
                       g.risk_level as level, g.graded_at,
                       coalesce((select max(cast(split_part(t.source_id, '#', 2) as int)) from task t
                                  where t.kind = :k and t.source_module = 'episode'
                                    and t.source_id like e.id || '#%'), 0) as last_number
                  from episode e
                  left join lateral (select risk_level, graded_at from episode_grading
                                      where episode_id = e.id order by graded_at desc limit 1) g on true
                 where e.located_at is null and e.closed_at is null
                   and not exists (select 1 from task t where t.kind = :k and t.source_module = 'episode'
                                      and t.source_id like e.id || '#%' and t.status = 'OPEN')""")
                .param("k", EPISODE_REVIEW).query(Unreviewed.class).list();
        for (Unreviewed u : unreviewed) {
            if (u.level() == null) {
                open(u.episodeId(), u.childId(), u.lastNumber() + 1, "Grade the risk of the missing episode",
                        u.reportedAt().plus(firstGrading), false);
            } else {
                open(u.episodeId(), u.childId(), u.lastNumber() + 1, "Review the missing episode and its risk level",
                        u.gradedAt().plus(intervals.getOrDefault(u.level(), intervals.get("OTHER"))),
                        "HIGH".equals(u.level()));
            }
        }
        jdbc.sql("""
                select t.source_id from task t join episode e on e.id = cast(split_part(t.source_id, '#', 1) as uuid)
                 where t.kind = :k and t.source_module = 'episode' and t.status = 'OPEN'
                   and (e.located_at is not null or e.closed_at is not null)""")
                .param("k", EPISODE_REVIEW).query(String.class).list()
                .forEach(s -> deadlines.cancel(new TaskSource(EPISODE_REVIEW, "episode", s), null));
        if (!unreviewed.isEmpty()) {
            log.info("Opened the police review of {} missing episodes that had none", unreviewed.size());
        }
        return unreviewed.size();
    }

    /** After start-up: the demo data's runner has written its records by then. */
    @EventListener(ApplicationReadyEvent.class)
    public void reconcileOnStart() {
        reconcile();
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

    /** The child is still missing: the episode is neither found nor closed. */
    private boolean missing(UUID episodeId) {
        return jdbc.sql("select count(*) from episode where id = :e and located_at is null and closed_at is null")
                .param("e", episodeId).query(Long.class).single() > 0;
    }

    private List<String> openReviews(UUID episodeId) {
        return jdbc.sql("""
                select source_id from task where kind = :k and source_module = 'episode' and source_id like :e
                   and status = 'OPEN'""").param("k", EPISODE_REVIEW).param("e", episodeId + "#%")
                .query(String.class).list();
    }

    /** Reviews are numbered from 1; a new one never reuses the number of one done or cancelled. */
    private int lastNumber(UUID episodeId) {
        return jdbc.sql("""
                select coalesce(max(cast(split_part(source_id, '#', 2) as int)), 0) from task
                 where kind = :k and source_module = 'episode' and source_id like :e""")
                .param("k", EPISODE_REVIEW).param("e", episodeId + "#%").query(Integer.class).single();
    }

    private void open(UUID episodeId, UUID childId, int number, String subject, Instant due, boolean high) {
        owner(episodeId, childId).ifPresent(owner -> deadlines.open(new NewTask(
                new TaskSource(EPISODE_REVIEW, "episode", episodeId + "#" + number), subject, childId,
                owner, due, high, "/episodes/" + episodeId)));
    }

    /**
     * The team of the episode's police force's missing-person coordinators, in whose queue it is (any
     * force's, if none is recorded). A force with no coordinator in Homeward leaves it with whoever
     * answers for the child's deadlines: a missing child's review is never lost for want of an owner.
     */
    private Optional<TaskOwner> owner(UUID episodeId, UUID childId) {
        return jdbc.sql("""
                select u.team_id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and r.role = 'MISSING_COORDINATOR' and u.team_id is not null
                   and coalesce((select police_force_id from episode where id = :e), u.agency_id) = u.agency_id
                 order by u.username limit 1""")
                .param("e", episodeId).query(UUID.class).optional().map(TaskOwner::team)
                .or(() -> deadlines.ownerFor(childId));
    }
}

package org.homeward.oversight.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.child.IroChanged;
import org.homeward.episode.EpisodeRecorded;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.Notifier;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each episode of a looked-after child tells the child's Independent Reviewing Officer and asks them to
 * decide whether the care plan needs a review (DOMAIN.md MP-06; S10, S88); their decision, with its
 * reason, completes the task and goes into the child's chronology. An episode recorded after the event
 * counts too: the IRO needs to know of it as much as of one reported at the time.
 */
@Component
class CarePlanReviews {

    static final String KIND = "CARE_PLAN_REVIEW_DECISION";
    static final String SUBJECT = "Decide whether the care plan needs review";
    static final String EMAIL_SUBJECT = "Homeward: a looked-after child you review has had a missing episode";
    private static final Logger log = LoggerFactory.getLogger(CarePlanReviews.class);

    /** A decision as recorded; {@code decidedByName} as the person was named when read. */
    record Decision(UUID episodeId, UUID childId, boolean reviewNeeded, String rationale, String decidedByName,
                    Instant decidedAt) {
    }

    private final Children children;
    private final Deadlines deadlines;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int workingDays;

    CarePlanReviews(Children children, Deadlines deadlines, Notifier notifier, AuditTrail audit, JdbcClient jdbc,
                    Clock clock, @Value("${homeward.iro.decision-working-days:5}") int workingDays) {
        this.children = children;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.workingDays = workingDays;
    }

    static TaskSource source(UUID episodeId) {
        return new TaskSource(KIND, "oversight", episodeId.toString());
    }

    static String link(UUID episodeId) {
        return "/episodes/" + episodeId + "/care-plan-review";
    }

    @EventListener
    public void onRecorded(EpisodeRecorded event) {
        Optional<ChildSummary> child = children.summary(event.childId());
        if (child.isEmpty() || !child.get().lookedAfter()) {
            return;
        }
        Optional<UUID> iro = children.iro(event.childId());
        if (iro.isEmpty()) {
            log.info("A looked-after child with no IRO named had an episode: nobody was asked about the care plan");
            return;
        }
        notifier.tell(List.of(iro.get()), event.recordedBy(), child.get().name()
                        + (event.retrospective() ? " had a missing episode (recorded after the event)" : " has been reported missing")
                        + ". Decide whether the care plan needs review",
                link(event.episodeId()), EMAIL_SUBJECT);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        deadlines.open(new NewTask(source(event.episodeId()), SUBJECT, event.childId(), TaskOwner.person(iro.get()),
                Deadlines.endOf(WorkingDays.plus(today, workingDays)), false, link(event.episodeId())));
    }

    /** The new IRO takes over the decisions still to make; with none named, they stay where they are. */
    @EventListener
    public void onIroChanged(IroChanged event) {
        if (event.iroId() == null) {
            return;
        }
        jdbc.sql("""
                select source_id from task where kind = :k and source_module = 'oversight' and child_id = :c
                   and status = 'OPEN' and owner_id is distinct from :iro""")
                .param("k", KIND).param("c", event.childId()).param("iro", event.iroId()).query(String.class).list()
                .forEach(s -> deadlines.reassign(new TaskSource(KIND, "oversight", s), TaskOwner.person(event.iroId()),
                        event.changedBy()));
    }

    Optional<UUID> childOfEpisode(UUID episodeId) {
        return jdbc.sql("select child_id from episode where id = :e").param("e", episodeId).query(UUID.class).optional();
    }

    Optional<Decision> decision(UUID episodeId) {
        return jdbc.sql("""
                select d.episode_id, d.child_id, d.review_needed, d.rationale, u.display_name as decided_by_name,
                       d.decided_at
                  from care_plan_review_decision d join user_account u on u.id = d.decided_by
                 where d.episode_id = :e""").param("e", episodeId).query(Decision.class).optional();
    }

    List<Decision> decisionsFor(UUID childId) {
        return jdbc.sql("""
                select d.episode_id, d.child_id, d.review_needed, d.rationale, u.display_name as decided_by_name,
                       d.decided_at
                  from care_plan_review_decision d join user_account u on u.id = d.decided_by
                 where d.child_id = :c order by d.decided_at""").param("c", childId).query(Decision.class).list();
    }

    /** @return false when a decision about the episode was already recorded (by someone else, a moment ago) */
    @Transactional
    boolean decide(UUID episodeId, UUID childId, boolean reviewNeeded, String rationale, UUID by) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into care_plan_review_decision (id, episode_id, child_id, review_needed, rationale,
                                                           decided_by, decided_at)
                    values (:id, :e, :c, :review, :rationale, :by, :at)""")
                    .param("id", id).param("e", episodeId).param("c", childId).param("review", reviewNeeded)
                    .param("rationale", rationale).param("by", by).param("at", Timestamp.from(now)).update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        deadlines.complete(source(episodeId), by);
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("care-plan-review-decision", id, childId),
                List.of("Care plan review needed", "Rationale"), null);
        return true;
    }

    @Transactional
    Decision open(Decision decision) {
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("care-plan-review-decision", null, decision.childId()),
                List.of(), null);
        return decision;
    }
}

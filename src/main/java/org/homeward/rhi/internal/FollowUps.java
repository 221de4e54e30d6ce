package org.homeward.rhi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.Refused;
import org.homeward.platform.web.ActionRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What an interview leads to: follow-up actions, and the plan owner's task to reflect its findings. */
@Component
class FollowUps {

    public record Action(UUID id, int position, String action, UUID ownerId, String ownerName, LocalDate dueOn,
                         Instant doneAt, String doneByName) {

        public boolean done() {
            return doneAt != null;
        }

        public boolean overdue(LocalDate today) {
            return !done() && today.isAfter(dueOn);
        }
    }

    public record PlanReview(UUID offerId, UUID childId, String childName, UUID ownerId, String ownerName,
                             LocalDate dueOn, Instant heldAt, Instant reflectedAt, String reflectedByName,
                             String planChange) {

        public boolean reflected() {
            return reflectedAt != null;
        }

        /** The findings are reflected in the plan once. */
        void refuseReflection() {
            if (reflected()) {
                throw new Refused("done", "The findings are already recorded as reflected in the plan");
            }
        }

        public boolean overdue(LocalDate today) {
            return !reflected() && today.isAfter(dueOn);
        }
    }

    private static final String REVIEW = """
            select r.offer_id, r.child_id, c.given_names || ' ' || c.family_name as child_name, r.owner_id,
                   ou.display_name as owner_name, r.due_on, i.held_at, r.reflected_at,
                   ru.display_name as reflected_by_name, r.plan_change
              from rhi_plan_review r
              join child c on c.id = r.child_id
              join rhi_interview i on i.offer_id = r.offer_id
              left join user_account ou on ou.id = r.owner_id
              left join user_account ru on ru.id = r.reflected_by
            """;

    private final JdbcClient jdbc;

    FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addActions(UUID offerId, List<ActionRows.Action> actions) {
        int position = 1;
        for (ActionRows.Action a : actions) {
            jdbc.sql("""
                    insert into rhi_action (id, offer_id, position, action, owner_id, due_on)
                    values (:id, :o, :p, :a, :owner, :due)""")
                    .param("id", UUID.randomUUID()).param("o", offerId).param("p", position++)
                    .param("a", a.action()).param("owner", a.ownerId()).param("due", a.dueOn()).update();
        }
    }

    List<Action> actions(UUID offerId) {
        return jdbc.sql("""
                select a.id, a.position, a.action, a.owner_id, ou.display_name as owner_name, a.due_on, a.done_at,
                       du.display_name as done_by_name
                  from rhi_action a join user_account ou on ou.id = a.owner_id
                  left join user_account du on du.id = a.done_by
                 where a.offer_id = :o order by a.position""")
                .param("o", offerId).query(Action.class).list();
    }

    boolean markDone(UUID actionId, UUID offerId, UUID by, Instant now) {
        return jdbc.sql("""
                update rhi_action set done_at = :now, done_by = :by
                 where id = :id and offer_id = :o and done_at is null""")
                .param("now", Timestamp.from(now)).param("by", by).param("id", actionId).param("o", offerId)
                .update() == 1;
    }

    void openPlanReview(UUID offerId, UUID childId, UUID owner, LocalDate dueOn, Instant now) {
        jdbc.sql("""
                insert into rhi_plan_review (offer_id, child_id, owner_id, due_on, created_at)
                values (:o, :c, :owner, :due, :now)""")
                .param("o", offerId).param("c", childId).param("owner", owner).param("due", dueOn)
                .param("now", Timestamp.from(now)).update();
    }

    Optional<PlanReview> planReview(UUID offerId) {
        return jdbc.sql(REVIEW + " where r.offer_id = :o").param("o", offerId).query(PlanReview.class).optional();
    }

    /**
     * The child's latest interview, when its findings are not yet reflected in the plan; a plan
     * that reflects the latest is taken to have reflected the earlier ones.
     */
    Optional<PlanReview> latestOutstanding(UUID childId) {
        return jdbc.sql(REVIEW + " where r.child_id = :c order by i.held_at desc limit 1")
                .param("c", childId).query(PlanReview.class).optional().filter(r -> !r.reflected());
    }

    List<PlanReview> reflectedFor(UUID childId) {
        return jdbc.sql(REVIEW + " where r.child_id = :c and r.reflected_at is not null")
                .param("c", childId).query(PlanReview.class).list();
    }

    boolean reflect(UUID offerId, String planChange, UUID by, Instant now) {
        return jdbc.sql("""
                update rhi_plan_review set reflected_at = :now, reflected_by = :by, plan_change = :change
                 where offer_id = :o and reflected_at is null""")
                .param("now", Timestamp.from(now)).param("by", by).param("change", planChange).param("o", offerId)
                .update() == 1;
    }
}

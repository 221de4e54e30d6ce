package org.homeward.child.internal.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.BreakGlassUsed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-glass: opening a record one is not involved with, for a reason, for a limited time (a shift by
 * default). Each is audited and goes to the named senior managers to review.
 */
@Repository
class BreakGlassAccesses {

    public record Access(UUID id, UUID childId, String childName, String userName, String agencyName, String reason,
                  Instant openedAt, Instant expiresAt, String reviewedByName, Instant reviewedAt, String reviewNote) {

        public boolean reviewed() {
            return reviewedAt != null;
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration lasts;

    BreakGlassAccesses(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                       @Value("${homeward.access.break-glass-duration:PT12H}") Duration lasts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.lasts = lasts;
    }

    @Transactional
    UUID open(CurrentUser user, UUID childId, String reason) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into break_glass_access (id, child_id, user_id, agency_id, reason, opened_at, expires_at)
                values (:id, :child, :user, :agency, :reason, :now, :until)""")
                .param("id", id).param("child", childId).param("user", user.id()).param("agency", user.agencyId())
                .param("reason", reason).param("now", Timestamp.from(now)).param("until", Timestamp.from(now.plus(lasts)))
                .update();
        audit.record(AuditAction.BREAK_GLASS, AuditTrail.Subject.child(childId), List.of("Reason"), reason);
        events.publishEvent(new BreakGlassUsed(id, childId, user.id(), user.agencyId(), now));
        return id;
    }

    boolean childExists(UUID childId) {
        return jdbc.sql("select exists (select 1 from child where id = :id)").param("id", childId)
                .query(Boolean.class).single();
    }

    /** Not yet reviewed first, then the most recent. */
    List<Access> forReview(int limit) {
        return jdbc.sql(SELECT + " order by b.reviewed_at is not null, b.opened_at desc limit :limit")
                .param("limit", limit).query(Access.class).list();
    }

    Optional<Access> find(UUID id) {
        return jdbc.sql(SELECT + " where b.id = :id").param("id", id).query(Access.class).optional();
    }

    Optional<UUID> openedBy(UUID id) {
        return jdbc.sql("select user_id from break_glass_access where id = :id").param("id", id)
                .query(UUID.class).optional();
    }

    @Transactional
    boolean review(UUID id, CurrentUser reviewer, String note) {
        int changed = jdbc.sql("""
                update break_glass_access set reviewed_by = :by, reviewed_at = :now, review_note = :note
                 where id = :id and reviewed_at is null and user_id <> :by""")
                .param("by", reviewer.id()).param("now", Timestamp.from(clock.instant())).param("note", note)
                .param("id", id).update();
        if (changed == 1) {
            UUID child = jdbc.sql("select child_id from break_glass_access where id = :id").param("id", id)
                    .query(UUID.class).single();
            audit.record(AuditAction.CHANGE, new AuditTrail.Subject("break-glass", id, child), List.of("Reviewed"), note);
        }
        return changed == 1;
    }

    private static final String SELECT = """
            select b.id, b.child_id, c.given_names || ' ' || c.family_name as child_name, u.display_name as user_name,
                   a.name as agency_name, b.reason, b.opened_at, b.expires_at, r.display_name as reviewed_by_name,
                   b.reviewed_at, b.review_note
              from break_glass_access b
              join child c on c.id = b.child_id
              join user_account u on u.id = b.user_id
              join agency a on a.id = b.agency_id
              left join user_account r on r.id = b.reviewed_by""";
}

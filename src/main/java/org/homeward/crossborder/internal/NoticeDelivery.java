package org.homeward.crossborder.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.Children;
import org.homeward.crossborder.CrossBorderNoticeSent;
import org.homeward.oversight.Notifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers notices: written with their content, sent at once to an agency in Homeward (its people
 * told, {@link CrossBorderNoticeSent} published) or kept to be sent by hand; acknowledged; audited.
 */
@Service
class NoticeDelivery {

    static final String EMAIL_SUBJECT = "Homeward: a cross-border notice for your agency";

    private final Notices notices;
    private final Children children;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeDelivery(Notices notices, Children children, Notifier notifier, AuditTrail audit,
                   ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.notices = notices;
        this.children = children;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- Acknowledging and sending by hand

    /** Acknowledges for the user's agency; false when it was not sent to it or is already acknowledged. */
    @Transactional
    public boolean acknowledge(Notices.Notice notice, CurrentUser user) {
        if (!notices.acknowledge(notice.id(), user.agencyId(), user.id(), clock.instant())) {
            return false;
        }
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("cross-border-notice", notice.id(), notice.childId()),
                List.of("Acknowledged"), null);
        return true;
    }

    @Transactional
    public boolean markSentByHand(Notices.Notice notice, CurrentUser user) {
        if (!notices.markSentByHand(notice.id(), user.id(), clock.instant())) {
            return false;
        }
        Notices.Notice sent = notices.find(notice.id()).orElseThrow();
        published(sent);
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("cross-border-notice", notice.id(), notice.childId()),
                List.of("Sent by hand"), null);
        return true;
    }

    @Transactional
    public void read(UUID recordId, String recordType, UUID childId) {
        audit.record(AuditAction.VIEW, new AuditTrail.Subject(recordType, recordId, childId), List.of(), null);
    }

    @Transactional
    public void listed(String recordType, java.util.Collection<UUID> childIds) {
        new LinkedHashSet<>(childIds).forEach(c ->
                audit.record(AuditAction.VIEW, new AuditTrail.Subject(recordType, null, c), List.of(), null));
    }

    // ---- Delivery

    /**
     * Writes a notice with its content: delivered at once when the receiving agency is in Homeward,
     * otherwise kept to be sent by hand. {@code by} is null when Homeward sends it.
     */
    Optional<UUID> send(Notices.NewNotice notice, UUID by, Instant now) {
        Optional<UUID> id = notices.add(notice, notice.toAgencyId() == null ? null : now, by, now);
        id.ifPresent(n -> audit.record(AuditAction.CREATE, new AuditTrail.Subject("cross-border-notice", n,
                notice.childId()), List.of("Notice"), Notices.Kind.label(notice.kind()) + " notice to "
                + notice.toAgencyName() + (notice.toAgencyId() == null ? ", to be sent by hand" : "")));
        if (id.isPresent() && notice.toAgencyId() != null) {
            delivered(notices.find(id.get()).orElseThrow());
        }
        return id;
    }

    /** Told in Homeward: the receiving agency's team managers (and coordinators), and the allocated worker for the placing authority. */
    void delivered(Notices.Notice n) {
        published(n);
        Set<UUID> people = managersOf(n.toAgencyId());
        if ("PLACING_AUTHORITY".equals(n.recipient())) {
            children.allocatedWorker(n.childId()).ifPresent(people::add);
        }
        notifier.tell(people, null, "Cross-border notice (" + n.kindLabel().toLowerCase(java.util.Locale.UK) + "): "
                + n.childName() + ", from " + (n.fromAgency() == null ? "Homeward" : n.fromAgency()),
                "/cross-border/notices/" + n.id(), EMAIL_SUBJECT);
    }

    /** Tells the team managers of these agencies something that needs no acknowledging notice. */
    void tellManagers(java.util.Collection<UUID> agencyIds, UUID actor, String text, String link) {
        Set<UUID> people = new LinkedHashSet<>();
        agencyIds.forEach(a -> people.addAll(managersOf(a)));
        notifier.tell(people, actor, text, link, EMAIL_SUBJECT);
    }

    /** Who answers for an agency's cross-border notices: its team managers, and a police force's coordinators. */
    private Set<UUID> managersOf(UUID agencyId) {
        return new LinkedHashSet<>(jdbc.sql("""
                select distinct u.id from user_account u join user_role r on r.user_id = u.id
                 where u.enabled and u.agency_id = :a and r.role in ('TEAM_MANAGER', 'MISSING_COORDINATOR')""")
                .param("a", agencyId).query(UUID.class).list());
    }

    private void published(Notices.Notice n) {
        events.publishEvent(new CrossBorderNoticeSent(n.id(), n.childId(), n.kind(), n.fromAgencyId(), n.toAgencyId(),
                n.toAgencyName(), n.summary(), n.sentAt(), n.sentBy()));
    }
}

package org.homeward.episode.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Structured messages from the police to the child's responsible council (DOMAIN.md IS-04): a new
 * missing report (child, last seen, risk, police reference) when the police report or first grade an
 * episode, and found or returned (when, where, with whom, the safe-and-well outcome) when they record
 * the return and each safe-and-well check. The council acknowledges each; the times sent and
 * acknowledged are the police-to-council notification latency (EP-03).
 */
@Component
class PoliceMessages {

    static final String MISSING_REPORT = "MISSING_REPORT";
    static final String FOUND = "FOUND";

    record Message(UUID id, UUID episodeId, UUID childId, String childName, String kind, UUID fromAgencyId,
                   String fromAgency, UUID toAgencyId, String toAgency, Instant lastSeenAt, String riskLevel,
                   String policeReference, Instant foundAt, String foundWhere, String foundWith, String checkOutcome,
                   Instant sentAt, String sentByName, Instant acknowledgedAt, String acknowledgedByName) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }

        public String kindLabel() {
            return MISSING_REPORT.equals(kind) ? "New missing report" : "Found or returned";
        }
    }

    private static final String SELECT = """
            select m.id, m.episode_id, m.child_id, c.given_names || ' ' || c.family_name as child_name, m.kind,
                   m.from_agency_id, fa.name as from_agency, m.to_agency_id, ta.name as to_agency, m.last_seen_at,
                   m.risk_level, m.police_reference, m.found_at, m.found_where, m.found_with, m.check_outcome,
                   m.sent_at, m.sent_by_name, m.acknowledged_at, m.acknowledged_by_name
              from police_message m join child c on c.id = m.child_id
              join agency ta on ta.id = m.to_agency_id left join agency fa on fa.id = m.from_agency_id
            """;

    private final JdbcClient jdbc;
    private final EpisodePermissions permissions;
    private final AuditTrail audit;

    PoliceMessages(JdbcClient jdbc, EpisodePermissions permissions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** The council responsible for the child: their responsible authority, or the authority that placed them. */
    Optional<UUID> councilOf(Episode episode) {
        return jdbc.sql("""
                select coalesce(c.responsible_authority_id, p.placing_authority_id) from child c
                  left join placement p on p.id = :placement where c.id = :child""")
                .param("child", episode.childId()).param("placement", episode.placementId())
                .query(UUID.class).optional();
    }

    /**
     * Tells the council the police have a new missing report, once per episode: when the police report
     * it themselves, or when they first grade it (a report from a carer reaches the police by phone).
     * Nothing is sent when the step is not the police's, or no council is known.
     */
    void missingReport(Episode episode, String riskLevel, CurrentUser by, Instant now) {
        if (!permissions.mayGradeRisk(by) || episode.retrospective() || sent(episode.id(), MISSING_REPORT)) {
            return;
        }
        councilOf(episode).ifPresent(council -> insert(episode, MISSING_REPORT, council, riskLevel, null, null, null,
                null, by, now));
    }

    /** Tells the council the child was found or returned, and later what the safe-and-well check found. */
    void found(Episode episode, String foundWith, String checkOutcome, CurrentUser by, Instant now) {
        if (!permissions.mayGradeRisk(by) || !episode.located()) {
            return;
        }
        String with = foundWith != null ? foundWith : forEpisode(episode.id()).stream()
                .filter(m -> FOUND.equals(m.kind()) && m.foundWith() != null).reduce((a, b) -> b)
                .map(Message::foundWith).orElse(null);
        councilOf(episode).ifPresent(council -> insert(episode, FOUND, council, null, episode.locatedAt(),
                episode.locatedWhere(), with, checkOutcome, by, now));
    }

    private boolean sent(UUID episodeId, String kind) {
        return jdbc.sql("select count(*) from police_message where episode_id = :e and kind = :k")
                .param("e", episodeId).param("k", kind).query(Long.class).single() > 0;
    }

    private void insert(Episode e, String kind, UUID council, String risk, Instant foundAt, String foundWhere,
                        String foundWith, String outcome, CurrentUser by, Instant now) {
        UUID from = by.agencyId() != null && permissions.mayGradeRisk(by) ? by.agencyId() : e.policeForceId();
        jdbc.sql("""
                insert into police_message (id, episode_id, child_id, kind, from_agency_id, to_agency_id, last_seen_at,
                    risk_level, police_reference, found_at, found_where, found_with, check_outcome, sent_at, sent_by,
                    sent_by_name)
                values (:id, :e, :c, :kind, :from, :to, :lastSeen, :risk, :ref, :foundAt, :where, :with, :outcome, :now,
                    :by, :byName)""")
                .param("id", UUID.randomUUID()).param("e", e.id()).param("c", e.childId()).param("kind", kind)
                .param("from", from).param("to", council).param("lastSeen", Timestamp.from(e.lastSeenAt()))
                .param("risk", risk).param("ref", e.policeReference())
                .param("foundAt", foundAt == null ? null : Timestamp.from(foundAt))
                .param("where", foundWhere).param("with", foundWith).param("outcome", outcome)
                .param("now", Timestamp.from(now)).param("by", by.id()).param("byName", by.displayName())
                .update();
    }

    List<Message> forEpisode(UUID episodeId) {
        return jdbc.sql(SELECT + " where m.episode_id = :e order by m.sent_at, m.id").param("e", episodeId)
                .query(Message.class).list();
    }

    Optional<Message> find(UUID id) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(Message.class).optional();
    }

    /** Those waiting to be acknowledged come first: the rank a message's place in the inbox starts with. */
    private static final String WAITING = "(m.acknowledged_at is null)::int";

    /** A page of the council's inbox: those not yet acknowledged first, then newest first, ties by id. */
    Keyset.Page<Message> inbox(UUID council, Keyset keyset) {
        String sql = SELECT + " where m.to_agency_id = :a" + keyset.condition(WAITING, "m.sent_at", "m.id", true)
                + keyset.orderBy(WAITING, "m.sent_at", "m.id", true) + keyset.limit();
        return keyset.page(keyset.bind(jdbc.sql(sql)).param("a", council).query(Message.class).list(),
                m -> new Keyset.Position(m.acknowledged() ? 0 : 1, m.sentAt(), m.id()));
    }

    long unacknowledged(UUID council) {
        return jdbc.sql("select count(*) from police_message where to_agency_id = :a and acknowledged_at is null")
                .param("a", council).query(Long.class).single();
    }

    /** @return false when it was already acknowledged (by someone else a moment ago) or not sent to the user's council */
    @Transactional
    boolean acknowledge(Message message, CurrentUser by, Instant now) {
        boolean done = jdbc.sql("""
                update police_message set acknowledged_at = :now, acknowledged_by = :by, acknowledged_by_name = :name
                 where id = :id and to_agency_id = :agency and acknowledged_at is null""")
                .param("now", Timestamp.from(now)).param("by", by.id()).param("name", by.displayName())
                .param("id", message.id()).param("agency", by.agencyId()).update() == 1;
        if (done) {
            audit.record(AuditAction.CHANGE, new AuditTrail.Subject("police-message", message.id(), message.childId()),
                    List.of("Acknowledged"), null);
        }
        return done;
    }
}

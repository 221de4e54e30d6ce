package org.homeward.crossborder.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.web.Durations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes cross-border notices. */
@Component
class Notices {

    /** A notice with the names its pages show. */
    public record Notice(UUID id, String kind, UUID childId, String childName, UUID placementId, UUID episodeId,
                         String recipient, UUID fromAgencyId, String fromAgency, UUID toAgencyId, String toAgencyName,
                         boolean byHand, String summary, String content, Instant createdAt, Instant sentAt,
                         UUID sentBy, String sentByName, Instant acknowledgedAt, String acknowledgedByName) {

        public boolean sent() {
            return sentAt != null;
        }

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }

        /** The notice's answers as label and value, as sent. */
        public java.util.List<String[]> rows() {
            return NoticeContent.rows(content);
        }

        public String kindLabel() {
            return Kind.label(kind);
        }

        public String recipientLabel() {
            return switch (recipient) {
                case "HOST_AUTHORITY" -> "Host authority (children's social care)";
                case "EDUCATION" -> "Education (host area)";
                case "HEALTH" -> "Health (host area)";
                case "POLICE" -> "Police (host area)";
                default -> "Placing authority";
            };
        }

        public String status() {
            if (acknowledged()) {
                return "Acknowledged";
            }
            if (byHand) {
                return sent() ? "Sent by hand" : content == null ? "Details needed" : "To be sent by hand";
            }
            return sent() ? "Awaiting acknowledgement" : "Details needed";
        }

        /** "3 hours" from sending to acknowledgement. */
        public String timeToAcknowledge() {
            if (!acknowledged() || sentAt == null) {
                return null;
            }
            return Durations.of(Duration.between(sentAt, acknowledgedAt));
        }
    }

    /** The kinds of notice and their words. */
    enum Kind {
        PLACEMENT("Placement in your area"), DISCHARGE("Placement ended"), MISSING("Missing"),
        RETURNED("Found or returned"), RHI_FINDINGS("Return home interview findings");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        static String label(String code) {
            for (Kind k : values()) {
                if (k.name().equals(code)) {
                    return k.label;
                }
            }
            return code;
        }
    }

    /** A notice to write: sent at once ({@code sentAt} set) or kept to be completed or sent by hand. */
    record NewNotice(String kind, UUID childId, UUID placementId, UUID episodeId, String recipient, UUID fromAgencyId,
                     UUID toAgencyId, String toAgencyName, String summary, String content) {
    }

    private static final String SELECT = """
            select n.id, n.kind, n.child_id, c.given_names || ' ' || c.family_name as child_name, n.placement_id,
                   n.episode_id, n.recipient, n.from_agency_id, fa.name as from_agency, n.to_agency_id,
                   n.to_agency_name, n.by_hand, n.summary, n.content, n.created_at, n.sent_at, n.sent_by,
                   su.display_name as sent_by_name, n.acknowledged_at, au.display_name as acknowledged_by_name
              from crossborder_notice n join child c on c.id = n.child_id
              left join agency fa on fa.id = n.from_agency_id
              left join user_account su on su.id = n.sent_by
              left join user_account au on au.id = n.acknowledged_by
            """;

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the notice once (a second attempt for the same record and recipient does nothing); its id, if written. */
    Optional<UUID> add(NewNotice n, Instant sentAt, UUID sentBy, Instant now) {
        UUID id = UUID.randomUUID();
        int written = jdbc.sql("""
                insert into crossborder_notice (id, kind, child_id, placement_id, episode_id, recipient, from_agency_id,
                       to_agency_id, to_agency_name, by_hand, summary, content, created_at, sent_at, sent_by)
                values (:id, :kind, :child, :placement, :episode, :recipient, :from, :to, :toName, :byHand, :summary,
                        :content, :now, :sentAt, :sentBy)
                on conflict (kind, placement_id, episode_id, recipient) do nothing""")
                .param("id", id).param("kind", n.kind()).param("child", n.childId()).param("placement", n.placementId())
                .param("episode", n.episodeId()).param("recipient", n.recipient()).param("from", n.fromAgencyId())
                .param("to", n.toAgencyId()).param("toName", n.toAgencyName()).param("byHand", n.toAgencyId() == null)
                .param("summary", n.summary()).param("content", n.content()).param("now", Timestamp.from(now))
                .param("sentAt", sentAt == null ? null : Timestamp.from(sentAt)).param("sentBy", sentBy).update();
        return written == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Completes a notice kept for its details: delivered now, or left to be sent by hand. */
    void prepare(UUID id, String content, Instant sentAt, UUID sentBy) {
        jdbc.sql("""
                update crossborder_notice set content = :content, sent_at = :sentAt, sent_by = :by
                 where id = :id and sent_at is null""")
                .param("content", content).param("sentAt", sentAt == null ? null : Timestamp.from(sentAt))
                .param("by", sentBy).param("id", id).update();
    }

    boolean markSentByHand(UUID id, UUID by, Instant now) {
        return jdbc.sql("""
                update crossborder_notice set sent_at = :now, sent_by = :by
                 where id = :id and by_hand and sent_at is null and content is not null""")
                .param("now", Timestamp.from(now)).param("by", by).param("id", id).update() == 1;
    }

    boolean acknowledge(UUID id, UUID agencyId, UUID by, Instant now) {
        return jdbc.sql("""
                update crossborder_notice set acknowledged_at = :now, acknowledged_by = :by
                 where id = :id and to_agency_id = :agency and sent_at is not null and acknowledged_at is null""")
                .param("now", Timestamp.from(now)).param("by", by).param("id", id).param("agency", agencyId)
                .update() == 1;
    }

    Optional<Notice> find(UUID id) {
        return jdbc.sql(SELECT + " where n.id = :id").param("id", id).query(Notice.class).optional();
    }

    /** Notices sent to an agency: unacknowledged first, newest first. */
    List<Notice> receivedBy(UUID agencyId, int limit) {
        return jdbc.sql(SELECT + """
                 where n.to_agency_id = :a and n.sent_at is not null
                 order by n.acknowledged_at is not null, n.sent_at desc limit :limit""")
                .param("a", agencyId).param("limit", limit).query(Notice.class).list();
    }

    /** Notices from an agency, those still to complete or send by hand first. */
    List<Notice> sentFrom(UUID agencyId, int limit) {
        return jdbc.sql(SELECT + """
                 where n.from_agency_id = :a
                 order by n.sent_at is not null, n.acknowledged_at is not null, n.created_at desc limit :limit""")
                .param("a", agencyId).param("limit", limit).query(Notice.class).list();
    }

    List<Notice> forPlacement(UUID placementId, String kind) {
        return jdbc.sql(SELECT + " where n.placement_id = :p and n.kind = :k order by n.recipient")
                .param("p", placementId).param("k", kind).query(Notice.class).list();
    }

    List<Notice> forEpisode(UUID episodeId) {
        return jdbc.sql(SELECT + " where n.episode_id = :e order by n.created_at, n.recipient")
                .param("e", episodeId).query(Notice.class).list();
    }

    /** Notices delivered before {@code sentBefore} and still not acknowledged; {@code agencyId} null for all. */
    List<Notice> unacknowledged(Instant sentBefore, UUID agencyId) {
        return jdbc.sql(SELECT + """
                 where n.sent_at is not null and n.acknowledged_at is null and not n.by_hand and n.sent_at < :before
                   and (cast(:a as uuid) is null or :a in (n.from_agency_id, n.to_agency_id))
                 order by n.sent_at""")
                .param("before", Timestamp.from(sentBefore)).param("a", agencyId).query(Notice.class).list();
    }

    /** Notices to agencies not in Homeward, completed but not yet marked sent by hand. */
    List<Notice> toSendByHand(UUID agencyId) {
        return jdbc.sql(SELECT + """
                 where n.by_hand and n.sent_at is null and n.content is not null
                   and (cast(:a as uuid) is null or n.from_agency_id = :a)
                 order by n.created_at""")
                .param("a", agencyId).query(Notice.class).list();
    }
}

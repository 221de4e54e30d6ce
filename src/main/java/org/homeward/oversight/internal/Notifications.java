package org.homeward.oversight.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In-app notifications; each may also be emailed (the email subject is then set). Emails go out
 * from this table after the transaction that wrote it commits, so a rolled-back change sends none.
 */
@Component
class Notifications {

    record Notification(UUID id, String text, String link, Instant createdAt, Instant acknowledgedAt,
                        String acknowledgedByName) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID recipient, String text, String link, String emailSubject, UUID escalation, Instant now) {
        add(recipient, text, link, emailSubject, escalation, now, null);
    }

    void add(UUID recipient, String text, String link, String emailSubject, UUID escalation, Instant now, String emailBody) {
        jdbc.sql("""
                insert into notification (id, recipient_id, text, link, email_subject, escalation_id, created_at, email_body)
                values (:id, :r, :text, :link, :subject, :e, :now, :body)""")
                .param("id", UUID.randomUUID()).param("r", recipient).param("text", text).param("link", link)
                .param("subject", emailSubject).param("e", escalation).param("now", Timestamp.from(now))
                .param("body", emailBody).update();
    }

    /** Those waiting to be acknowledged come first: the rank a notification's place in the list starts with. */
    private static final String WAITING = "(n.acknowledged_at is null)::int";

    /** A page of the person's notifications, unacknowledged first, each group newest first, ties by id. */
    Keyset.Page<Notification> forRecipient(UUID recipient, Keyset keyset) {
        String sql = """
                select n.id, n.text, n.link, n.created_at, n.acknowledged_at, u.display_name as acknowledged_by_name
                  from notification n left join user_account u on u.id = n.acknowledged_by
                 where n.recipient_id = :r""" + keyset.condition(WAITING, "n.created_at", "n.id", true)
                + keyset.orderBy(WAITING, "n.created_at", "n.id", true) + keyset.limit();
        return keyset.page(keyset.bind(jdbc.sql(sql)).param("r", recipient).query(Notification.class).list(),
                n -> new Keyset.Position(n.acknowledged() ? 0 : 1, n.createdAt(), n.id()));
    }

    long unacknowledged(UUID recipient) {
        return jdbc.sql("select count(*) from notification where recipient_id = :r and acknowledged_at is null")
                .param("r", recipient).query(Long.class).single();
    }

    /** Only the recipient acknowledges their own notification. */
    boolean acknowledge(UUID id, UUID by, Instant now) {
        return jdbc.sql("""
                update notification set acknowledged_at = :now, acknowledged_by = :by
                 where id = :id and recipient_id = :by and acknowledged_at is null""")
                .param("now", Timestamp.from(now)).param("by", by).param("id", id).update() == 1;
    }

    record Email(UUID id, String to, String subject, int attempts, String body) {
    }

    /**
     * Emails owed and due, locked so that another sender at the same time (another instance, or the
     * scheduled run beside a request's) skips them: each is sent by one sender only.
     */
    List<Email> lockOwed(Instant now, int limit) {
        return jdbc.sql("""
                select n.id, u.email as "to", n.email_subject as subject, n.email_attempts as attempts, n.email_body as body
                  from notification n join user_account u on u.id = n.recipient_id
                 where n.email_subject is not null and n.emailed_at is null and n.email_failed_at is null
                   and u.email is not null and (n.email_next_attempt_at is null or n.email_next_attempt_at <= :now)
                 order by n.created_at limit :limit for update of n skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(Email.class).list();
    }

    void emailed(UUID id, Instant now) {
        jdbc.sql("update notification set emailed_at = :now, email_next_attempt_at = null where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** An attempt that failed: tried again at {@code next}, or never again when {@code givenUp} is set. */
    void notEmailed(UUID id, int attempts, String error, Instant next, Instant givenUp) {
        jdbc.sql("""
                update notification set email_attempts = :a, email_last_error = :error, email_next_attempt_at = :next,
                       email_failed_at = :failed where id = :id""")
                .param("a", attempts).param("error", error)
                .param("next", next == null ? null : Timestamp.from(next))
                .param("failed", givenUp == null ? null : Timestamp.from(givenUp)).param("id", id).update();
    }

    /** Emails still to send, due or waiting for their next attempt. */
    long owed() {
        return jdbc.sql("""
                select count(*) from notification
                 where email_subject is not null and emailed_at is null and email_failed_at is null""")
                .query(Long.class).single();
    }

    /** Emails given up: each is still in its recipient's notifications in Homeward. */
    long givenUp() {
        return jdbc.sql("select count(*) from notification where email_failed_at is not null").query(Long.class).single();
    }

    /** An email that has failed at least once, for administrators: whom it is for, never what it says. */
    record UnsentEmail(UUID id, String recipient, Instant createdAt, int attempts, String lastError,
                       Instant nextAttemptAt, Instant failedAt) {

        public boolean givenUp() {
            return failedAt != null;
        }
    }

    /** Given up first, then those still being tried, oldest first. */
    List<UnsentEmail> unsent(int limit) {
        return jdbc.sql("""
                select n.id, u.display_name as recipient, n.created_at, n.email_attempts as attempts,
                       n.email_last_error as last_error, n.email_next_attempt_at as next_attempt_at,
                       n.email_failed_at as failed_at
                  from notification n join user_account u on u.id = n.recipient_id
                 where n.email_subject is not null and n.emailed_at is null
                   and (n.email_attempts > 0 or n.email_failed_at is not null)
                 order by n.email_failed_at is null, n.created_at limit :limit""")
                .param("limit", limit).query(UnsentEmail.class).list();
    }

    /** A given-up email owed again, from its first attempt (its recipient's address was corrected). */
    boolean tryAgain(UUID id) {
        return jdbc.sql("""
                update notification set email_failed_at = null, email_attempts = 0, email_next_attempt_at = null
                 where id = :id and email_failed_at is not null and emailed_at is null""")
                .param("id", id).update() == 1;
    }
}

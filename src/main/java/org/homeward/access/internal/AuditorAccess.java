package org.homeward.access.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days an auditor may open children's records (DOMAIN.md IS-02: time-boxed case access). Read at
 * every check rather than kept in the session, so that a grant ended or changed takes effect at once.
 */
@Repository
public class AuditorAccess {

    /** From and until, both included, as UK dates. */
    public record Window(LocalDate from, LocalDate until) {

        public boolean includes(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }
    }

    private final JdbcClient jdbc;

    AuditorAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Window> windowOf(UUID userId) {
        return jdbc.sql("""
                select auditor_access_from as "from", auditor_access_until as until from user_account
                 where id = :id and auditor_access_from is not null""")
                .param("id", userId).query(Window.class).optional();
    }

    /** Grants the window, or with nulls ends the grant. */
    @Transactional
    public void grant(UUID userId, LocalDate from, LocalDate until) {
        jdbc.sql("update user_account set auditor_access_from = :from, auditor_access_until = :until where id = :id")
                .param("from", from).param("until", until).param("id", userId).update();
    }
}

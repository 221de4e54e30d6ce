package org.homeward.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** Sessions in the database: written when they change, not on every page view. */
@HomewardTest
@SuppressWarnings("unchecked")
class SessionWritesTest {

    // Raw: the JDBC session type is not public.
    @SuppressWarnings("rawtypes")
    @Autowired SessionRepository sessions;
    @Autowired JdbcClient jdbc;

    long storedLastAccess(Session session) {
        return jdbc.sql("select last_access_time from spring_session where session_id = :id")
                .param("id", session.getId()).query(Long.class).single();
    }

    @Test
    void theLastAccessTimeIsWrittenOnlyOnceItHasMovedOnByAMinute() {
        Session created = (Session) sessions.createSession();
        sessions.save(created);
        long first = storedLastAccess(created);

        Session seconds = (Session) sessions.findById(created.getId());
        seconds.setLastAccessedTime(Instant.ofEpochMilli(first).plusSeconds(20));
        sessions.save(seconds);
        assertThat(storedLastAccess(created)).isEqualTo(first);

        Session minute = (Session) sessions.findById(created.getId());
        Instant later = Instant.ofEpochMilli(first).plus(Duration.ofSeconds(61));
        minute.setLastAccessedTime(later);
        sessions.save(minute);
        assertThat(storedLastAccess(created)).isEqualTo(later.toEpochMilli());
    }

    @Test
    void aShortTimeoutIsTouchedAfterATenthOfIt() {
        Session created = (Session) sessions.createSession();
        created.setMaxInactiveInterval(Duration.ofSeconds(20));
        sessions.save(created);
        long first = storedLastAccess(created);

        Session touched = (Session) sessions.findById(created.getId());
        touched.setLastAccessedTime(Instant.ofEpochMilli(first).plusSeconds(3));
        sessions.save(touched);
        assertThat(storedLastAccess(created)).isEqualTo(first + 3000);
    }

    @Test
    void anAttributeAddedByTwoRequestsAtOnceIsSavedWithoutError() {
        Session created = (Session) sessions.createSession();
        sessions.save(created);
        Session tab1 = (Session) sessions.findById(created.getId());
        Session tab2 = (Session) sessions.findById(created.getId());
        tab1.setAttribute("token", "one");
        tab2.setAttribute("token", "two");
        sessions.save(tab1);
        sessions.save(tab2);
        assertThat(((Session) sessions.findById(created.getId())).<String>getAttribute("token")).isEqualTo("two");
    }
}

package org.homeward.access.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account for a while after repeated failed sign-ins, to slow password guessing. */
@Component
class SignInAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    SignInAttempts(JdbcClient jdbc, Clock clock,
                   @Value("${homeward.sign-in.max-failed-attempts:5}") int maxFailures,
                   @Value("${homeward.sign-in.lockout:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @Transactional
    void failed(String username) {
        jdbc.sql("""
                update user_account
                   set failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
                       locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
                 where lower(username) = lower(:username)""")
                .param("max", maxFailures)
                .param("until", java.sql.Timestamp.from(clock.instant().plus(lockout)))
                .param("username", username == null ? "" : username.strip())
                .update();
    }

    @Transactional
    void succeeded(String username) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where lower(username) = lower(:u)")
                .param("u", username).update();
    }

    Duration lockout() {
        return lockout;
    }
}

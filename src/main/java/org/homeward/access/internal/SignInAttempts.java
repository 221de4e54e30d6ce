package org.homeward.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated failed sign-ins, to slow password guessing. Every attempt is
 * counted before its password is checked, in one UPDATE that holds the account's row lock, so attempts made
 * at the same moment are counted one after another: once the count reaches the maximum, every further
 * attempt is refused, the right password included, until the lockout ends or an administrator unlocks it.
 */
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

    /**
     * Counts an attempt to sign in to the account and says whether its password may be checked. The count
     * starts again after a lockout has ended; the attempt that reaches the maximum locks the account.
     */
    boolean begin(UUID userId) {
        Instant now = clock.instant();
        Integer attempts = jdbc.sql("""
                update user_account
                   set failed_attempts = case when locked_until <= :now then 1 else failed_attempts + 1 end,
                       locked_until = case
                           when locked_until > :now then locked_until
                           when (case when locked_until <= :now then 1 else failed_attempts + 1 end) >= :max then :until
                           else null end
                 where id = :id
                returning failed_attempts""")
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(lockout)))
                .param("max", maxFailures)
                .param("id", userId)
                .query(Integer.class).optional().orElse(Integer.MAX_VALUE);
        return attempts <= maxFailures;
    }

    /** The right password: the attempts so far no longer count. */
    void succeeded(UUID userId) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", userId).update();
    }

    int maxFailures() {
        return maxFailures;
    }

    Duration lockout() {
        return lockout;
    }
}

package org.homeward.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits how often anyone may try to sign in, per username (known or not) and per client address, so that
 * password guessing and the cost of checking passwords stay bounded whatever the lockout does. Each
 * allowance is a token bucket in the database, refilled evenly over the period, so that the limits hold
 * however many instances a load balancer spreads the attempts over, and across restarts.
 */
@Component
class SignInThrottle {

    /** Allowances full again are deleted every this many attempts, so that guessed names cannot fill the table. */
    static final int FORGET_EVERY = 256;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration period;
    private final AtomicInteger attempts = new AtomicInteger();

    @Autowired
    SignInThrottle(JdbcClient jdbc, Clock clock,
                   @Value("${homeward.sign-in.rate-limit.per-account:10}") int perAccount,
                   @Value("${homeward.sign-in.rate-limit.per-address:30}") int perAddress,
                   @Value("${homeward.sign-in.rate-limit.period:1m}") Duration period) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perAccount = Math.max(1, perAccount);
        this.perAddress = Math.max(1, perAddress);
        this.period = period;
    }

    /** Takes one attempt from the address's and the username's allowance; false if either is used up. */
    boolean allow(String username, String address) {
        Instant now = clock.instant();
        if (attempts.incrementAndGet() % FORGET_EVERY == 0) {
            jdbc.sql("delete from sign_in_allowance where counted_at < :before")
                    .param("before", Timestamp.from(now.minus(period))).update();
        }
        return take("address " + (address == null ? "" : address), perAddress, now)
                && take("account " + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)), perAccount,
                now);
    }

    /**
     * One statement, so that attempts at once on any instances queue on the row and each sees the last one's
     * count. An instance whose clock is behind adds nothing and never moves the count back in time.
     */
    private boolean take(String key, int capacity, Instant now) {
        double perSecond = capacity / (period.toNanos() / 1e9);
        return jdbc.sql("""
                insert into sign_in_allowance as a (key, tokens, counted_at) values (:key, :capacity - 1, :now)
                on conflict (key) do update
                   set tokens = least(:capacity, a.tokens
                                   + greatest(0, extract(epoch from cast(:now as timestamptz) - a.counted_at)) * :rate) - 1,
                       counted_at = greatest(a.counted_at, cast(:now as timestamptz))
                 where least(:capacity, a.tokens
                             + greatest(0, extract(epoch from cast(:now as timestamptz) - a.counted_at)) * :rate) >= 1
                returning 1""")
                .param("key", digest(key)).param("capacity", capacity).param("now", Timestamp.from(now))
                .param("rate", perSecond).query(Integer.class).optional().isPresent();
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

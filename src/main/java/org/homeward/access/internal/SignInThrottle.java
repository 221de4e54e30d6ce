package org.homeward.access.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often anyone may try to sign in, per username (known or not) and per client address, so that
 * password guessing and the cost of checking passwords stay bounded whatever the lockout does. The buckets
 * are held in this node's memory: with several nodes each allows the limit, and a restart forgets them;
 * the lockout in the database is the limit that holds across nodes.
 */
@Component
class SignInThrottle {

    /** Oldest buckets are forgotten beyond this many names or addresses, so guessed names cannot fill memory. */
    static final int MAX_TRACKED = 10_000;

    private final Buckets accounts;
    private final Buckets addresses;

    @Autowired
    SignInThrottle(@Value("${homeward.sign-in.rate-limit.per-account:10}") int perAccount,
                   @Value("${homeward.sign-in.rate-limit.per-address:30}") int perAddress,
                   @Value("${homeward.sign-in.rate-limit.period:1m}") Duration period) {
        this(perAccount, perAddress, period, TimeMeter.SYSTEM_NANOTIME);
    }

    SignInThrottle(int perAccount, int perAddress, Duration period, TimeMeter time) {
        this.accounts = new Buckets(perAccount, period, time);
        this.addresses = new Buckets(perAddress, period, time);
    }

    /** Takes one attempt from the address's and the username's allowance; false if either is used up. */
    boolean allow(String username, String address) {
        return addresses.tryTake(address == null ? "" : address)
                && accounts.tryTake(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static final class Buckets {
        private final int capacity;
        private final Duration period;
        private final TimeMeter time;
        private final Map<String, Bucket> byKey = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_TRACKED;
            }
        };

        Buckets(int capacity, Duration period, TimeMeter time) {
            this.capacity = capacity;
            this.period = period;
            this.time = time;
        }

        boolean tryTake(String key) {
            Bucket bucket;
            synchronized (byKey) {
                bucket = byKey.computeIfAbsent(key, k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                        .withCustomTimePrecision(time)
                        .build());
            }
            return bucket.tryConsume(1);
        }
    }
}

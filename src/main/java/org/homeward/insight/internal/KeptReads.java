package org.homeward.insight.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What insight works out from a whole period and keeps until the next count changes what it was worked out from
 * (ADR 0038): the whole partnership's network and associates take seconds at national scale, yet change only when
 * the episodes are counted again. A reader paging through them, or several opening the same period, are served
 * what was worked out once; a second request for something being worked out waits for that work instead of
 * starting its own. After each count what was read in the last hours is worked out again, one at a time, so that
 * its next reader does not wait; until then a reader is shown what was worked out at the previous count, with that
 * count's time. Nothing worked out before an erasure is shown after it.
 */
@Component
public class KeptReads implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KeptReads.class);

    /** A value as at a count: {@code counted} the count's time ({@link Instant#EPOCH} before the first). */
    public record Held<V>(Instant counted, V value) {
    }

    /** When the episodes were last counted, and how many erasures there have been (never reset). */
    private record Stamp(Instant counted, long erasures) {
    }

    private record Entry<V>(Stamp stamp, Held<V> held) {
    }

    /** When a key was last read, and how its value is worked out. */
    private record Use<V>(Instant at, Supplier<V> work) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration renewFor;
    private final List<Kept<?, ?>> all = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "insight-kept");
        t.setDaemon(true);
        return t;
    });

    KeptReads(JdbcClient jdbc, Clock clock,
              @Value("${homeward.insight.kept.renew-for:PT8H}") Duration renewFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.renewFor = renewFor;
    }

    /** A store of values by key, at most {@code most} of them, the least recently read first out. */
    public <K, V> Kept<K, V> kept(String what, int most) {
        Kept<K, V> kept = new Kept<>(what, most);
        all.add(kept);
        return kept;
    }

    /** After a count: works out again what was read lately, and forgets the rest. */
    @EventListener
    void afterCount(EpisodeFacts.Counted counted) {
        for (Kept<?, ?> kept : all) {
            kept.renewUsed();
        }
    }

    private Stamp stamp() {
        return jdbc.sql("select refreshed_at, erasures from insight_refresh where id = 1")
                .query((rs, n) -> new Stamp(rs.getTimestamp("refreshed_at").toInstant(), rs.getLong("erasures")))
                .optional().orElse(new Stamp(Instant.EPOCH, 0));
    }

    /** Values of one kind by key. */
    public final class Kept<K, V> {

        private final String what;
        private final Map<K, Entry<V>> entries;
        private final Map<K, Use<V>> used = new ConcurrentHashMap<>();
        private final Map<K, CompletableFuture<Entry<V>>> working = new ConcurrentHashMap<>();

        private Kept(String what, int most) {
            this.what = what;
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                    return size() > most;
                }
            };
        }

        /**
         * The value for the key as at the last count; or as at the one before while it is worked out again, when
         * there is one.
         */
        public Held<V> of(K key, Supplier<V> work) {
            used.put(key, new Use<>(clock.instant(), work));
            Stamp now = stamp();
            Entry<V> held;
            synchronized (entries) {
                held = entries.get(key);
            }
            if (held != null && held.stamp().equals(now)) {
                return held.held();
            }
            CompletableFuture<Entry<V>> next = renew(key, work, now);
            if (held != null && held.stamp().erasures() == now.erasures()) {
                return held.held();
            }
            try {
                return next.join().held();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }

        private void renewUsed() {
            Instant since = clock.instant().minus(renewFor);
            used.values().removeIf(u -> u.at().isBefore(since));
            List<Map.Entry<K, Entry<V>>> renewing;
            synchronized (entries) {
                entries.keySet().retainAll(used.keySet());
                renewing = new ArrayList<>(entries.entrySet());
            }
            for (Map.Entry<K, Entry<V>> e : renewing) {
                Use<V> use = used.get(e.getKey());
                Stamp now = stamp();
                if (use != null && !now.equals(e.getValue().stamp())) {
                    try {
                        renew(e.getKey(), use.work(), now).join();
                    } catch (RuntimeException failed) {
                        log.warn("The {} for {} could not be worked out again: {}", what, e.getKey(), failed.toString());
                    }
                }
            }
        }

        private CompletableFuture<Entry<V>> renew(K key, Supplier<V> work, Stamp stamp) {
            return working.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> {
                try {
                    Entry<V> worked = new Entry<>(stamp, new Held<>(stamp.counted(), work.get()));
                    synchronized (entries) {
                        entries.put(key, worked);
                    }
                    return worked;
                } finally {
                    working.remove(key);
                }
            }, worker));
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}

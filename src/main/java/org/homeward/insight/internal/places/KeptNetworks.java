package org.homeward.insight.internal.places;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.homeward.insight.internal.EpisodeFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The networks worked out since the episodes were last counted, kept until the next count changes what they are
 * drawn from (ADR 0038). A network is worked out from every link of the period, seconds at national scale, yet
 * it changes only when the episodes are counted again: an analyst paging through its groups, or several people
 * opening the same period, are then served what was worked out once, and a second request for a network being
 * worked out waits for it instead of working it out again. After each count the networks opened in the last
 * hours are worked out again, so that their next viewer does not wait; until then a viewer is shown the one
 * worked out at the previous count, with its own "as at" time.
 */
@Component
class KeptNetworks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KeptNetworks.class);

    /** What a network is worked out for: the drawing also depends on the suppression threshold. */
    record Key(LocalDate from, LocalDate to, List<UUID> authorities, boolean names, int threshold) {
    }

    /**
     * A network as at a count: {@code counted} when the episodes it was drawn from were counted, {@code erasures}
     * the months erased from since then (an erasure keeps nothing of the child's).
     */
    record Kept(Instant counted, long erasures, ChildNetwork.Network network, String diagram,
                List<ChildNetwork.Group> drawn) {
    }

    private record Stamp(Instant counted, long erasures) {
    }

    /** When a network was last opened, and the question it answers. */
    private record Use(Instant at, PlacesQuestion.Asked asked) {
    }

    private final ChildNetwork networks;
    private final NetworkDiagram diagrams;
    private final EpisodeFacts facts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int most;
    private final Duration renewFor;
    private final Map<Key, Kept> kept;
    private final Map<Key, Use> used = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<Kept>> working = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "insight-network");
        t.setDaemon(true);
        return t;
    });

    KeptNetworks(ChildNetwork networks, NetworkDiagram diagrams, EpisodeFacts facts, JdbcClient jdbc, Clock clock,
                 @Value("${homeward.insight.network.kept:8}") int most,
                 @Value("${homeward.insight.network.renew-for:PT8H}") Duration renewFor) {
        this.networks = networks;
        this.diagrams = diagrams;
        this.facts = facts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.most = most;
        this.renewFor = renewFor;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                return size() > KeptNetworks.this.most;
            }
        };
    }

    static Key key(PlacesQuestion.Asked asked, int threshold) {
        List<UUID> authorities = asked.shown().authorities().map(Collection::stream)
                .map(s -> s.sorted().toList()).orElse(List.of());
        return new Key(asked.from(), asked.to(), authorities, asked.namesAssociates(), threshold);
    }

    /**
     * The network for the question, as at the last count; or as at the one before while it is worked out again,
     * when there is one.
     */
    Kept of(PlacesQuestion.Asked asked, int threshold) {
        Key key = key(asked, threshold);
        used.put(key, new Use(clock.instant(), asked));
        Stamp now = stamp();
        Kept held = held(key);
        if (held != null && now.equals(new Stamp(held.counted(), held.erasures()))) {
            return held;
        }
        CompletableFuture<Kept> next = renew(key, asked, now);
        if (held != null && held.erasures() == now.erasures()) {
            return held;
        }
        try {
            return next.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /** After a count: works out again the networks opened lately, one at a time, and forgets the rest. */
    @EventListener
    void afterCount(EpisodeFacts.Counted counted) {
        Instant since = clock.instant().minus(renewFor);
        used.values().removeIf(u -> u.at().isBefore(since));
        List<Map.Entry<Key, Kept>> renewing;
        synchronized (kept) {
            kept.keySet().retainAll(used.keySet());
            renewing = new ArrayList<>(kept.entrySet());
        }
        for (Map.Entry<Key, Kept> e : renewing) {
            Key k = e.getKey();
            Use use = used.get(k);
            Stamp now = stamp();
            if (use != null && !now.equals(new Stamp(e.getValue().counted(), e.getValue().erasures()))) {
                try {
                    renew(k, use.asked(), now).join();
                } catch (RuntimeException failed) {
                    log.warn("The network from {} to {} could not be worked out again: {}", k.from(), k.to(),
                            failed.toString());
                }
            }
        }
    }

    private Kept held(Key key) {
        synchronized (kept) {
            return kept.get(key);
        }
    }

    private CompletableFuture<Kept> renew(Key key, PlacesQuestion.Asked asked, Stamp stamp) {
        return working.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> {
            try {
                ChildNetwork.Network network = networks.of(asked);
                List<ChildNetwork.Group> drawn = network.groups().stream()
                        .filter(g -> g.children() >= key.threshold())
                        .filter(g -> g.members().size() <= NetworkDiagram.MOST_MEMBERS_DRAWN)
                        .limit(NetworkDiagram.GROUPS_DRAWN).toList();
                Kept worked = new Kept(stamp.counted(), stamp.erasures(), network, diagrams.draw("network", drawn),
                        drawn);
                synchronized (kept) {
                    kept.put(key, worked);
                }
                return worked;
            } finally {
                working.remove(key);
            }
        }, worker));
    }

    /** When the episodes were last counted, and how many months erasures have left stale since. */
    private Stamp stamp() {
        long erasures = jdbc.sql("select count(*) from insight_stale_month").query(Long.class).single();
        return new Stamp(facts.asAt().orElse(Instant.EPOCH), erasures);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}

package org.homeward.insight.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homeward.insight.internal.PartnershipFigures.Dimension;
import org.roaringbitmap.buffer.BufferFastAggregation;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;
import org.roaringbitmap.buffer.MutableRoaringBitmap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The whole partnership's children of each London month as sets of numbers (ADR 0034), built from
 * {@code insight_child_month} in the transaction that changes it: a period's distinct children, repeat children
 * and children by each breakdown value are unions of its months' sets, with no fold per child.
 */
@Component
class ChildSets {

    static final String ALL = "ALL";
    static final String LOOKED_AFTER = "LOOKED_AFTER";
    /** By the largest repeat count among the month's episodes: a repeat child is in any set at or above it. */
    static final String WINDOW = "WINDOW";
    /** By the month's episodes: a repeat child's episodes are its sets' sizes within the repeat children. */
    static final String EPISODES = "EPISODES";

    /** A breakdown value: its set's kind (the dimension) and value, and its bit in a child's words. */
    private record Value(String kind, String value, int bit) {
    }

    /** Every breakdown value, worked out once: a count asks each of them of every child. */
    private static final List<Value> VALUES = values();

    private static List<Value> values() {
        List<Value> values = new ArrayList<>();
        for (Dimension d : Dimension.breakdowns()) {
            for (int i = 0; i < d.codes().size(); i++) {
                values.add(new Value(d.name(), d.codes().get(i), MonthlySummaries.bit(d, i)));
            }
        }
        return List.copyOf(values);
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ChildSets(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Rebuilds every month's sets; in the counting transaction. */
    void rebuildAll() {
        jdbc.sql("delete from insight_month_children").update();
        rebuild(jdbc.sql("select distinct month from insight_child_month order by 1").query(LocalDate.class).list());
    }

    /** Rebuilds the sets of {@code months} from their child rows (none when a month has no episodes left). */
    void rebuild(Collection<LocalDate> months) {
        if (months.isEmpty()) {
            return;
        }
        SqlArrayValue listed = new SqlArrayValue("date", months.stream().map(Date::valueOf).toArray());
        // Numbers only for children not yet numbered, so no identity value is spent on a conflict.
        jdbc.sql("""
                insert into insight_child (child_id)
                select distinct m.child_id from insight_child_month m
                 where m.month = any(:months)
                   and not exists (select 1 from insight_child c where c.child_id = m.child_id)""")
                .param("months", listed).update();
        jdbc.sql("delete from insight_month_children where month = any(:months)").param("months", listed).update();
        for (LocalDate month : months) {
            Sets sets = new Sets();
            jdbc.sql("""
                    select n.number, m.episodes, m.max_in_window, m.looked_after %s
                      from insight_child_month m join insight_child n on n.child_id = m.child_id
                     where m.month = :month""".formatted(MonthlySummaries.wordNames()))
                    .param("month", Date.valueOf(month))
                    .query(rs -> {
                        sets.add(rs);
                    });
            List<Object[]> rows = new ArrayList<>();
            sets.named().forEach((key, set) -> {
                set.runOptimize();
                rows.add(new Object[] {Date.valueOf(month), key.kind(), key.value(), set.getCardinality(), bytes(set)});
            });
            batches.batchUpdate("""
                    insert into insight_month_children (month, kind, value, children, numbers)
                    values (?, ?, ?, ?, ?)""", rows);
        }
    }

    private static byte[] bytes(MutableRoaringBitmap set) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(set.serializedSizeInBytes());
        try (DataOutputStream data = new DataOutputStream(out)) {
            set.serialize(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A set's kind and value, as stored. */
    private record Key(String kind, String value) {
    }

    /** Children folded one by one into sets: a month's, or a period's part-days. */
    private static final class Sets {

        final MutableRoaringBitmap all = new MutableRoaringBitmap();
        final MutableRoaringBitmap lookedAfter = new MutableRoaringBitmap();
        final Map<Integer, MutableRoaringBitmap> window = new TreeMap<>();
        final Map<Integer, MutableRoaringBitmap> episodes = new TreeMap<>();
        final MutableRoaringBitmap[] values = new MutableRoaringBitmap[VALUES.size()];
        /** Each child's episodes: the part-days' children are few enough to keep. */
        final Map<Integer, Integer> episodesOf = new HashMap<>();

        /** A row of {@code number, episodes, max_in_window, looked_after} and the words. */
        void add(ResultSet rs) throws SQLException {
            long[] words = new long[MonthlySummaries.WORDS];
            for (int w = 0; w < words.length; w++) {
                words[w] = rs.getLong("w" + w);
            }
            add(rs.getInt("number"), rs.getInt("episodes"), rs.getInt("max_in_window"), rs.getBoolean("looked_after"),
                    words);
        }

        void add(int number, int episodeCount, int maxInWindow, boolean isLookedAfter, long[] words) {
            all.add(number);
            if (isLookedAfter) {
                lookedAfter.add(number);
            }
            window.computeIfAbsent(maxInWindow, k -> new MutableRoaringBitmap()).add(number);
            episodes.computeIfAbsent(episodeCount, k -> new MutableRoaringBitmap()).add(number);
            episodesOf.merge(number, episodeCount, Integer::sum);
            for (int v = 0; v < values.length; v++) {
                int bit = VALUES.get(v).bit();
                if ((words[bit / 64] >>> (bit % 64) & 1) != 0) {
                    if (values[v] == null) {
                        values[v] = new MutableRoaringBitmap();
                    }
                    values[v].add(number);
                }
            }
        }

        /** The sets as stored: every one with at least one child. */
        Map<Key, MutableRoaringBitmap> named() {
            Map<Key, MutableRoaringBitmap> named = new LinkedHashMap<>();
            named.put(new Key(ALL, ""), all);
            if (!lookedAfter.isEmpty()) {
                named.put(new Key(LOOKED_AFTER, ""), lookedAfter);
            }
            window.forEach((count, set) -> named.put(new Key(WINDOW, Integer.toString(count)), set));
            episodes.forEach((count, set) -> named.put(new Key(EPISODES, Integer.toString(count)), set));
            for (int v = 0; v < values.length; v++) {
                if (values[v] != null) {
                    named.put(new Key(VALUES.get(v).kind(), VALUES.get(v).value()), values[v]);
                }
            }
            return all.isEmpty() ? Map.of() : named;
        }
    }

    /** A period's children: its whole months' sets, and the children of its part-days added one by one. */
    Tally tally() {
        return new Tally();
    }

    /** The sets of whole months {@code first} to {@code last} added to a tally. */
    void addMonths(Tally tally, LocalDate first, LocalDate last) {
        jdbc.sql("select kind, value, numbers from insight_month_children where month between :first and :last")
                .param("first", Date.valueOf(first)).param("last", Date.valueOf(last))
                .query(rs -> {
                    tally.addSet(rs.getString("kind"), rs.getString("value"), rs.getBytes("numbers"));
                });
    }

    /** Children counted as the figures count them: each set a union, repeat children those at the threshold. */
    static final class Tally {

        private final Map<Key, List<ImmutableRoaringBitmap>> months = new HashMap<>();
        private final Sets part = new Sets();

        void addSet(String kind, String value, byte[] numbers) {
            months.computeIfAbsent(new Key(kind, value), k -> new ArrayList<>())
                    .add(new ImmutableRoaringBitmap(ByteBuffer.wrap(numbers)));
        }

        /** A child of the part-days, its episodes there folded as a month's are. */
        void addChild(ResultSet rs) throws SQLException {
            part.add(rs);
        }

        private MutableRoaringBitmap union(Key key, ImmutableRoaringBitmap partSet) {
            List<ImmutableRoaringBitmap> listed = new ArrayList<>(months.getOrDefault(key, List.of()));
            if (partSet != null) {
                listed.add(partSet);
            }
            return listed.isEmpty() ? new MutableRoaringBitmap() : BufferFastAggregation.or(listed.iterator());
        }

        /**
         * The counts the figures read, named as their SQL names them: {@code children}, {@code repeat_children},
         * {@code repeat_children_episodes}, {@code looked_after_children} and {@code m_<dimension>_<i>}.
         */
        Map<String, Object> counts(int repeat) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("children", (long) union(new Key(ALL, ""), part.all).getCardinality());
            List<ImmutableRoaringBitmap> repeating = new ArrayList<>();
            months.forEach((key, listed) -> {
                if (key.kind().equals(WINDOW) && Integer.parseInt(key.value()) >= repeat) {
                    repeating.addAll(listed);
                }
            });
            part.window.forEach((count, set) -> {
                if (count >= repeat) {
                    repeating.add(set);
                }
            });
            MutableRoaringBitmap repeatChildren = repeating.isEmpty() ? new MutableRoaringBitmap()
                    : BufferFastAggregation.or(repeating.iterator());
            long repeatEpisodes = 0;
            for (Map.Entry<Key, List<ImmutableRoaringBitmap>> e : months.entrySet()) {
                if (e.getKey().kind().equals(EPISODES)) {
                    long count = Long.parseLong(e.getKey().value());
                    for (ImmutableRoaringBitmap set : e.getValue()) {
                        repeatEpisodes += count * ImmutableRoaringBitmap.andCardinality(set, repeatChildren);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : part.episodesOf.entrySet()) {
                if (repeatChildren.contains(e.getKey())) {
                    repeatEpisodes += e.getValue();
                }
            }
            counts.put("repeat_children", (long) repeatChildren.getCardinality());
            counts.put("repeat_children_episodes", repeatEpisodes);
            counts.put("looked_after_children", (long) union(new Key(LOOKED_AFTER, ""), part.lookedAfter)
                    .getCardinality());
            for (Dimension d : Dimension.breakdowns()) {
                for (int i = 0; i < d.codes().size(); i++) {
                    int v = VALUES.indexOf(new Value(d.name(), d.codes().get(i), MonthlySummaries.bit(d, i)));
                    counts.put(MonthlySummaries.column("m_", d) + "_" + i,
                            (long) union(new Key(d.name(), d.codes().get(i)), part.values[v]).getCardinality());
                }
            }
            return counts;
        }
    }
}

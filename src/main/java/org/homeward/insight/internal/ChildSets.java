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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
    /** Reads a grain's child rows a batch at a time: a full count's days are millions of rows. */
    private final NamedParameterJdbcTemplate reader;

    ChildSets(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
        JdbcTemplate fetching = new JdbcTemplate(batches.getDataSource());
        fetching.setFetchSize(10_000);
        this.reader = new NamedParameterJdbcTemplate(fetching);
    }

    /** Rebuilds every period's sets of a grain; in the counting transaction. */
    void rebuildAll(Grain g) {
        jdbc.sql("delete from " + g.sets).update();
        rebuild(g, jdbc.sql("select distinct %s from %s order by 1".formatted(g.column, g.children))
                .query(LocalDate.class).list());
    }

    /** Rebuilds the sets of {@code periods} from their child rows (none when a period has no episodes left). */
    void rebuild(Grain g, Collection<LocalDate> periods) {
        if (periods.isEmpty()) {
            return;
        }
        SqlArrayValue listed = new SqlArrayValue("date", periods.stream().map(Date::valueOf).toArray());
        // Numbers only for children not yet numbered, so no identity value is spent on a conflict.
        jdbc.sql("""
                insert into insight_child (child_id)
                select distinct m.child_id from %s m
                 where m.%s = any(:periods)
                   and not exists (select 1 from insight_child c where c.child_id = m.child_id)""".formatted(g.children,
                        g.column))
                .param("periods", listed).update();
        jdbc.sql("delete from %s where %s = any(:periods)".formatted(g.sets, g.column)).param("periods", listed).update();
        // One read of every period's rows, in period order: a full count has thousands of days.
        List<Object[]> rows = new ArrayList<>();
        Sets[] current = {null};
        LocalDate[] at = {null};
        reader.query("""
                select m.%s as period, n.number, m.episodes, m.max_in_window, m.looked_after %s
                  from %s m join insight_child n on n.child_id = m.child_id
                 where m.%s = any(:periods) order by 1""".formatted(g.column, MonthlySummaries.wordNames(), g.children,
                        g.column), Map.of("periods", listed), rs -> {
                    LocalDate period = rs.getDate("period").toLocalDate();
                    if (!period.equals(at[0])) {
                        written(at[0], current[0], rows);
                        at[0] = period;
                        current[0] = new Sets();
                    }
                    current[0].add(rs);
                    if (rows.size() >= 2_000) {
                        write(g, rows);
                    }
                });
        written(at[0], current[0], rows);
        write(g, rows);
    }

    private static void written(LocalDate period, Sets sets, List<Object[]> rows) {
        if (sets == null) {
            return;
        }
        sets.named().forEach((key, set) -> {
            set.runOptimize();
            rows.add(new Object[] {Date.valueOf(period), key.kind(), key.value(), set.getCardinality(), bytes(set)});
        });
    }

    private void write(Grain g, List<Object[]> rows) {
        batches.batchUpdate("""
                insert into %s (%s, kind, value, children, numbers)
                values (?, ?, ?, ?, ?)""".formatted(g.sets, g.column), rows);
        rows.clear();
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

    /** A period's children folded one by one into its sets. */
    private static final class Sets {

        final MutableRoaringBitmap all = new MutableRoaringBitmap();
        final MutableRoaringBitmap lookedAfter = new MutableRoaringBitmap();
        final Map<Integer, MutableRoaringBitmap> window = new TreeMap<>();
        final Map<Integer, MutableRoaringBitmap> episodes = new TreeMap<>();
        final MutableRoaringBitmap[] values = new MutableRoaringBitmap[VALUES.size()];

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

    /** A period's children: the sets of its whole months and of the days either side, added to it. */
    Tally tally() {
        return new Tally();
    }

    /** The sets of a grain's periods that {@code where} picks (with {@code params}) added to a tally. */
    void addSets(Tally tally, Grain g, String where, Map<String, Object> params) {
        jdbc.sql("select kind, value, numbers from " + g.sets + " where " + where).params(params)
                .query(rs -> {
                    tally.addSet(rs.getString("kind"), rs.getString("value"), rs.getBytes("numbers"));
                });
    }

    /** Children counted as the figures count them: each set a union, repeat children those at the threshold. */
    static final class Tally {

        private final Map<Key, List<ImmutableRoaringBitmap>> sets = new HashMap<>();

        void addSet(String kind, String value, byte[] numbers) {
            sets.computeIfAbsent(new Key(kind, value), k -> new ArrayList<>())
                    .add(new ImmutableRoaringBitmap(ByteBuffer.wrap(numbers)));
        }

        private MutableRoaringBitmap union(List<ImmutableRoaringBitmap> listed) {
            return listed.isEmpty() ? new MutableRoaringBitmap() : BufferFastAggregation.or(listed.iterator());
        }

        private long children(String kind, String value) {
            return union(sets.getOrDefault(new Key(kind, value), List.of())).getCardinality();
        }

        /**
         * The counts the figures read, named as their SQL names them: {@code children}, {@code repeat_children},
         * {@code repeat_children_episodes}, {@code looked_after_children} and {@code m_<dimension>_<i>}.
         */
        Map<String, Object> counts(int repeat) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("children", children(ALL, ""));
            List<ImmutableRoaringBitmap> repeating = new ArrayList<>();
            sets.forEach((key, listed) -> {
                if (key.kind().equals(WINDOW) && Integer.parseInt(key.value()) >= repeat) {
                    repeating.addAll(listed);
                }
            });
            MutableRoaringBitmap repeatChildren = union(repeating);
            long repeatEpisodes = 0;
            for (Map.Entry<Key, List<ImmutableRoaringBitmap>> e : sets.entrySet()) {
                if (e.getKey().kind().equals(EPISODES)) {
                    long count = Long.parseLong(e.getKey().value());
                    for (ImmutableRoaringBitmap set : e.getValue()) {
                        repeatEpisodes += count * ImmutableRoaringBitmap.andCardinality(set, repeatChildren);
                    }
                }
            }
            counts.put("repeat_children", (long) repeatChildren.getCardinality());
            counts.put("repeat_children_episodes", repeatEpisodes);
            counts.put("looked_after_children", children(LOOKED_AFTER, ""));
            for (Dimension d : Dimension.breakdowns()) {
                for (int i = 0; i < d.codes().size(); i++) {
                    counts.put(MonthlySummaries.column("m_", d) + "_" + i, children(d.name(), d.codes().get(i)));
                }
            }
            return counts;
        }
    }
}

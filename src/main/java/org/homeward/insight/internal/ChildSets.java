package org.homeward.insight.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        List<Dimension> dimensions = Dimension.breakdowns();
        for (LocalDate month : months) {
            Map<String, MutableRoaringBitmap> sets = new TreeMap<>();
            jdbc.sql("""
                    select n.number, m.episodes, m.max_in_window, m.looked_after %s
                      from insight_child_month m join insight_child n on n.child_id = m.child_id
                     where m.month = :month""".formatted(MonthlySummaries.wordNames()))
                    .param("month", Date.valueOf(month))
                    .query(rs -> {
                        int number = rs.getInt("number");
                        add(sets, ALL, "", number);
                        if (rs.getBoolean("looked_after")) {
                            add(sets, LOOKED_AFTER, "", number);
                        }
                        add(sets, WINDOW, Integer.toString(rs.getInt("max_in_window")), number);
                        add(sets, EPISODES, Integer.toString(rs.getInt("episodes")), number);
                        long[] words = new long[MonthlySummaries.WORDS];
                        for (int w = 0; w < words.length; w++) {
                            words[w] = rs.getLong("w" + w);
                        }
                        for (Dimension d : dimensions) {
                            for (int i = 0; i < d.codes().size(); i++) {
                                int bit = MonthlySummaries.bit(d, i);
                                if ((words[bit / 64] >>> (bit % 64) & 1) != 0) {
                                    add(sets, d.name(), d.codes().get(i), number);
                                }
                            }
                        }
                    });
            List<Object[]> rows = new ArrayList<>();
            sets.forEach((key, set) -> {
                int bar = key.indexOf('|');
                set.runOptimize();
                rows.add(new Object[] {Date.valueOf(month), key.substring(0, bar), key.substring(bar + 1),
                        set.getCardinality(), bytes(set)});
            });
            batches.batchUpdate("""
                    insert into insight_month_children (month, kind, value, children, numbers)
                    values (?, ?, ?, ?, ?)""", rows);
        }
    }

    private static void add(Map<String, MutableRoaringBitmap> sets, String kind, String value, int number) {
        sets.computeIfAbsent(kind + "|" + value, k -> new MutableRoaringBitmap()).add(number);
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

        private final Map<String, List<ImmutableRoaringBitmap>> sets = new HashMap<>();
        private final List<Map.Entry<Integer, ImmutableRoaringBitmap>> episodeSets = new ArrayList<>();
        private final Map<String, MutableRoaringBitmap> part = new HashMap<>();
        private final Map<Integer, Integer> partEpisodes = new HashMap<>();

        void addSet(String kind, String value, byte[] numbers) {
            ImmutableRoaringBitmap set = new ImmutableRoaringBitmap(ByteBuffer.wrap(numbers));
            if (kind.equals(EPISODES)) {
                episodeSets.add(Map.entry(Integer.parseInt(value), set));
            } else {
                sets.computeIfAbsent(kind + "|" + value, k -> new ArrayList<>()).add(set);
            }
        }

        /** A child of the part-days, its episodes there folded as a month's are. */
        void addChild(int number, int episodes, int maxInWindow, boolean lookedAfter, long[] words) {
            single(ALL, "", number);
            if (lookedAfter) {
                single(LOOKED_AFTER, "", number);
            }
            single(WINDOW, Integer.toString(maxInWindow), number);
            partEpisodes.merge(number, episodes, Integer::sum);
            for (Dimension d : Dimension.breakdowns()) {
                for (int i = 0; i < d.codes().size(); i++) {
                    int bit = MonthlySummaries.bit(d, i);
                    if ((words[bit / 64] >>> (bit % 64) & 1) != 0) {
                        single(d.name(), d.codes().get(i), number);
                    }
                }
            }
        }

        private void single(String kind, String value, int number) {
            part.computeIfAbsent(kind + "|" + value, k -> new MutableRoaringBitmap()).add(number);
        }

        private List<ImmutableRoaringBitmap> listed(String key) {
            List<ImmutableRoaringBitmap> listed = new ArrayList<>(sets.getOrDefault(key, List.of()));
            if (part.containsKey(key)) {
                listed.add(part.get(key));
            }
            return listed;
        }

        private static MutableRoaringBitmap union(List<ImmutableRoaringBitmap> listed) {
            return listed.isEmpty() ? new MutableRoaringBitmap() : BufferFastAggregation.or(listed.iterator());
        }

        private MutableRoaringBitmap union(String kind, String value) {
            return union(listed(kind + "|" + value));
        }

        /**
         * The counts the figures read, named as their SQL names them: {@code children}, {@code repeat_children},
         * {@code repeat_children_episodes}, {@code looked_after_children} and {@code m_<dimension>_<i>}.
         */
        Map<String, Object> counts(int repeat) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("children", (long) union(ALL, "").getCardinality());
            List<ImmutableRoaringBitmap> repeating = new ArrayList<>();
            Set<String> keys = new HashSet<>(sets.keySet());
            keys.addAll(part.keySet());
            for (String key : keys) {
                if (key.startsWith(WINDOW + "|") && Integer.parseInt(key.substring(WINDOW.length() + 1)) >= repeat) {
                    repeating.addAll(listed(key));
                }
            }
            MutableRoaringBitmap repeatChildren = union(repeating);
            long repeatEpisodes = 0;
            for (Map.Entry<Integer, ImmutableRoaringBitmap> e : episodeSets) {
                repeatEpisodes += (long) e.getKey() * ImmutableRoaringBitmap.andCardinality(e.getValue(), repeatChildren);
            }
            for (Map.Entry<Integer, Integer> e : partEpisodes.entrySet()) {
                if (repeatChildren.contains(e.getKey())) {
                    repeatEpisodes += e.getValue();
                }
            }
            counts.put("repeat_children", (long) repeatChildren.getCardinality());
            counts.put("repeat_children_episodes", repeatEpisodes);
            counts.put("looked_after_children", (long) union(LOOKED_AFTER, "").getCardinality());
            for (Dimension d : Dimension.breakdowns()) {
                for (int i = 0; i < d.codes().size(); i++) {
                    counts.put(MonthlySummaries.column("m_", d) + "_" + i,
                            (long) union(d.name(), d.codes().get(i)).getCardinality());
                }
            }
            return counts;
        }
    }
}

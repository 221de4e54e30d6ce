package org.homeward.insight.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.roaringbitmap.buffer.BufferFastAggregation;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;
import org.roaringbitmap.buffer.MutableRoaringBitmap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The whole partnership's figures for insight's other pages by London day and month (ADR 0037), kept in the
 * transaction that counts {@code insight_episode} as the dashboard's are (ADR 0033, 0034). Each {@link Summarised}
 * names, for the episodes of a day, rows of an item (an interview, an episode), a key (what the page counts it
 * under) and the child; a day keeps per key how many items and the set of children's numbers, a month the union
 * of its days. A period's figures are its whole months' rows with the days' either side: no episode row is read.
 */
@Component
public class PeriodSummaries {

    /** One page's summary: its name (at most 20 characters) and the rows it counts. */
    public interface Summarised {

        String name();

        /**
         * The London day an {@code insight_episode e} row is counted on, as SQL: by default the day it began. Any
         * other needs an index on the expression, which a recount's days are read by.
         */
        default String day() {
            return "e.start_day";
        }

        /**
         * A select of {@code day} (as {@link #day()}), {@code child_id} (null: counted as an item only),
         * {@code item} (text; counted once per day and key) and {@code key} (text, at most 300 characters), for the
         * {@code insight_episode e} rows that {@code where} picks; {@code :councils} is every council.
         */
        String source(String where);

        /**
         * Before the episodes in {@code recounted} (a table of {@code episode_id}) are counted again: a select of
         * further days ({@code day}) whose rows depend on them though they are not counted there (a child's earlier
         * return, which a new episode follows), or null when none.
         */
        default String dependentDays(String recounted) {
            return null;
        }
    }

    /** Items, and the distinct children among them. */
    public record Count(long items, long children) {
        public static final Count NONE = new Count(0, 0);
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final NamedParameterJdbcTemplate reader;
    private final MonthlySummaries summaries;
    private final ObjectProvider<Summarised> summarised;

    PeriodSummaries(JdbcClient jdbc, JdbcTemplate batches, MonthlySummaries summaries,
                    ObjectProvider<Summarised> summarised) {
        this.jdbc = jdbc;
        this.batches = batches;
        JdbcTemplate fetching = new JdbcTemplate(batches.getDataSource());
        fetching.setFetchSize(10_000);
        this.reader = new NamedParameterJdbcTemplate(fetching);
        this.summaries = summaries;
        this.summarised = summarised;
    }

    /** Whether the whole partnership's figures may be read from the summaries (as {@link MonthlySummaries#ready()}). */
    public boolean ready() {
        return summaries.ready();
    }

    /** Rebuilds every summary; in the counting transaction, after every child is numbered. */
    void rebuildAll() {
        jdbc.sql("delete from insight_summary").update();
        for (Summarised s : summarised.orderedStream().toList()) {
            buildDays(s, "true", Map.of());
            buildMonths(s, jdbc.sql("""
                    select distinct date_trunc('month', period)::date from insight_summary
                     where summary = :s and grain = 'D'""").param("s", s.name()).query(LocalDate.class).list());
        }
        jdbc.sql("analyze insight_summary").update();
    }

    /**
     * Before the episodes in {@code recounted} (a table of {@code episode_id}) are counted again: notes the days
     * each summary counted them on, which the recount rebuilds with the days they are counted on after it.
     */
    void beforeRecount(String recounted) {
        jdbc.sql("create temporary table recounted_summary_day (summary varchar(20), day date) on commit drop").update();
        noteDays(recounted);
        for (Summarised s : summarised.orderedStream().toList()) {
            String dependent = s.dependentDays(recounted);
            if (dependent != null) {
                jdbc.sql("insert into recounted_summary_day (summary, day) select distinct :s, d.day from (%s) d"
                        .formatted(dependent)).param("s", s.name()).update();
            }
        }
    }

    /** After they were counted again: rebuilds every day they were or are now counted on, and those days' months. */
    void afterRecount(String recounted) {
        noteDays(recounted);
        for (Summarised s : summarised.orderedStream().toList()) {
            rebuildDays(s, jdbc.sql("select distinct day from recounted_summary_day where summary = :s and day is not null")
                    .param("s", s.name()).query(LocalDate.class).list());
        }
    }

    private void noteDays(String recounted) {
        for (Summarised s : summarised.orderedStream().toList()) {
            jdbc.sql("""
                    insert into recounted_summary_day (summary, day)
                    select distinct :s, %s from insight_episode e where e.episode_id in (select episode_id from %s)"""
                    .formatted(s.day(), recounted)).param("s", s.name()).update();
        }
    }

    /** Rebuilds every day of the months given (those an erasure left stale), and the months. */
    void rebuildMonths(Collection<LocalDate> months) {
        List<LocalDate> days = months.stream().flatMap(m -> m.datesUntil(m.plusMonths(1))).toList();
        for (Summarised s : summarised.orderedStream().toList()) {
            rebuildDays(s, days);
        }
    }

    private void rebuildDays(Summarised s, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        SqlArrayValue listed = new SqlArrayValue("date", days.stream().map(Date::valueOf).toArray());
        jdbc.sql("delete from insight_summary where summary = :s and grain = 'D' and period = any(:days)")
                .param("s", s.name()).param("days", listed).update();
        buildDays(s, s.day() + " = any(:days)", Map.of("days", listed));
        buildMonths(s, days.stream().map(d -> d.withDayOfMonth(1)).distinct().toList());
    }

    private void buildDays(Summarised s, String where, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("name", s.name());
        List<Object[]> rows = new ArrayList<>();
        reader.query("""
                select s.day, s.key, count(distinct s.item) as items,
                       array_agg(n.number) filter (where n.number is not null) as numbers
                  from (%s) s left join insight_child n on n.child_id = s.child_id
                 group by 1, 2""".formatted(s.source(where)).replace(":councils", MonthlySummaries.ALL_COUNCILS), all,
                rs -> {
                    MutableRoaringBitmap set = set(rs.getArray("numbers"));
                    rows.add(new Object[] {s.name(), "D", rs.getDate("day"), rs.getString("key"), rs.getLong("items"),
                            set.getCardinality(), set.isEmpty() ? null : bytes(set)});
                    if (rows.size() >= 2_000) {
                        write(rows);
                    }
                });
        write(rows);
    }

    /** Each month as the union of its days' rows, per key. */
    private void buildMonths(Summarised s, Collection<LocalDate> months) {
        for (LocalDate month : new TreeSet<>(months)) {
            jdbc.sql("delete from insight_summary where summary = :s and grain = 'M' and period = :m")
                    .param("s", s.name()).param("m", month).update();
            record Cell(long[] items, List<ImmutableRoaringBitmap> sets) {
            }
            Map<String, Cell> cells = new LinkedHashMap<>();
            jdbc.sql("""
                    select key, items, numbers from insight_summary
                     where summary = :s and grain = 'D' and period >= :m and period < :next""")
                    .param("s", s.name()).param("m", month).param("next", month.plusMonths(1))
                    .query(rs -> {
                        Cell c = cells.computeIfAbsent(rs.getString("key"), k -> new Cell(new long[1], new ArrayList<>()));
                        c.items()[0] += rs.getLong("items");
                        byte[] numbers = rs.getBytes("numbers");
                        if (numbers != null) {
                            c.sets().add(new ImmutableRoaringBitmap(ByteBuffer.wrap(numbers)));
                        }
                    });
            List<Object[]> rows = new ArrayList<>();
            cells.forEach((k, c) -> {
                MutableRoaringBitmap set = union(c.sets());
                rows.add(new Object[] {s.name(), "M", Date.valueOf(month), k, c.items()[0], set.getCardinality(),
                        set.isEmpty() ? null : bytes(set)});
                if (rows.size() >= 2_000) {
                    write(rows);
                }
            });
            write(rows);
        }
    }

    private void write(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate("""
                    insert into insight_summary (summary, grain, period, key, items, children, numbers)
                    values (?, ?, ?, ?, ?, ?, ?)""", rows);
            rows.clear();
        }
    }

    /**
     * A summary's counts for the London days {@code from} to {@code to}, under the groups {@code groups} gives for
     * each period (a month's first day or a day) and key: items added up, children the size of the union of the
     * group's sets. Only for the whole partnership, and only while {@link #ready()}.
     */
    public Map<String, Count> read(String summary, LocalDate from, LocalDate to,
                                   BiFunction<LocalDate, String, Collection<String>> groups) {
        return read(summary, "", from, to, groups);
    }

    /** As above, reading only the keys that begin with {@code prefix}. */
    public Map<String, Count> read(String summary, String prefix, LocalDate from, LocalDate to,
                                   BiFunction<LocalDate, String, Collection<String>> groups) {
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWhole = to.equals(YearMonth.from(to).atEndOfMonth()) ? to : to.withDayOfMonth(1).minusDays(1);
        record Cell(long[] items, List<ImmutableRoaringBitmap> sets) {
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        jdbc.sql("""
                select period, key, items, numbers from insight_summary
                 where summary = :summary and starts_with(key, :prefix)
                   and (grain = 'M' and period between :firstWhole and :lastWhole
                        or grain = 'D' and period between :from and :to and not (period between :firstWhole and :lastWhole))""")
                .param("summary", summary).param("prefix", prefix).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("firstWhole", Date.valueOf(firstWhole)).param("lastWhole", Date.valueOf(lastWhole))
                .query(rs -> {
                    byte[] numbers = rs.getBytes("numbers");
                    ImmutableRoaringBitmap set = numbers == null ? null : new ImmutableRoaringBitmap(ByteBuffer.wrap(numbers));
                    for (String group : groups.apply(rs.getDate("period").toLocalDate(), rs.getString("key"))) {
                        Cell c = cells.computeIfAbsent(group, g -> new Cell(new long[1], new ArrayList<>()));
                        c.items()[0] += rs.getLong("items");
                        if (set != null) {
                            c.sets().add(set);
                        }
                    }
                });
        Map<String, Count> counts = new LinkedHashMap<>();
        cells.forEach((group, c) -> counts.put(group, new Count(c.items()[0], union(c.sets()).getCardinality())));
        return counts;
    }

    private static MutableRoaringBitmap union(List<ImmutableRoaringBitmap> sets) {
        return sets.isEmpty() ? new MutableRoaringBitmap() : BufferFastAggregation.or(sets.iterator());
    }

    private static MutableRoaringBitmap set(Array numbers) throws SQLException {
        MutableRoaringBitmap set = new MutableRoaringBitmap();
        if (numbers != null) {
            for (Object n : (Object[]) numbers.getArray()) {
                set.add((Integer) n);
            }
            set.runOptimize();
        }
        return set;
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
}

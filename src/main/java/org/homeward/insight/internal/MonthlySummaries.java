package org.homeward.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.insight.internal.PartnershipFigures.Dimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The whole partnership's figures by London month (ADR 0033), kept in the transaction that counts
 * {@code insight_episode}: a full count rebuilds them; a recent count takes the recounted episodes' old
 * contributions away and adds their new ones, and recounts the children's months they fall in. Each
 * {@link Grain} is kept alike: a period's whole months are read by month, the days either side by day.
 */
@Component
class MonthlySummaries {

    /** The headline counts, each a sum over the episodes of a month. */
    static final List<String> COUNTS = List.of("episodes", "missing_episodes", "away_episodes",
            "looked_after_episodes", "over24_hours", "no_risk_level", "offered", "no_interview_outcome", "from_care",
            "no_placement", "no_ethnicity", "harm_found", "exploitation", "screened");

    /** The SQL counting each of {@link #COUNTS} over {@code insight_episode} rows, in that order. */
    static final List<String> COUNTED = List.of("count(*)",
            "count(*) filter (where category <> 'AWAY_FROM_PLACEMENT')",
            "count(*) filter (where category = 'AWAY_FROM_PLACEMENT')",
            "count(*) filter (where legal_status like 'LAC\\_%')",
            "count(*) filter (where coalesce(ended_at, counted_at) - started_at >= interval '24 hours')",
            "count(*) filter (where risk_level is null)",
            "count(*) filter (where offered)",
            "count(*) filter (where offered and offer_outcome is null)",
            "count(*) filter (where category <> 'MISSING_FROM_HOME')",
            "count(*) filter (where category <> 'MISSING_FROM_HOME' and not placed)",
            "count(*) filter (where ethnicity is null)",
            "count(*) filter (where harm_found)",
            "count(*) filter (where exploitation)",
            "count(*) filter (where screened)");

    /** Whole minutes an ended episode lasted: the median's unit, the same read from either source. */
    static final String MINUTES = "floor(extract(epoch from ended_at - started_at) / 60)::bigint";

    /** Every local authority: the whole partnership's councils, for the cohort. */
    static final String ALL_COUNCILS = "array(select id from agency where kind = 'LOCAL_AUTHORITY')";

    private final JdbcClient jdbc;
    private final ChildSets childSets;

    MonthlySummaries(JdbcClient jdbc, ChildSets childSets) {
        this.jdbc = jdbc;
        this.childSets = childSets;
    }

    /** Whether a full count has filled the summaries and no episode has left insight since, but by a count. */
    boolean ready() {
        return jdbc.sql("""
                select full_pass_at is not null and not exists (select 1 from insight_stale_month)
                  from insight_refresh where id = 1""").query(Boolean.class).optional().orElse(false);
    }

    /** In the counting transaction: its own deletions leave no month stale. */
    void counting() {
        jdbc.sql("set local homeward.recounting = 'on'").update();
    }

    /** Rebuilds every grain's tables from {@code insight_episode}; in the caller's transaction. */
    void rebuild() {
        for (Grain g : Grain.values()) {
            jdbc.sql("delete from " + g.counts).update();
            jdbc.sql("delete from " + g.children).update();
            jdbc.sql(addCounts(g, "true", 1, false)).update();
            jdbc.sql(childRows(g, "true") + " order by 1").update();
            jdbc.sql("analyze " + g.counts).update();
            jdbc.sql("analyze " + g.children).update();
            childSets.rebuildAll(g);
        }
        jdbc.sql("delete from insight_stale_month").update();
    }

    /** Rebuilds the months an erasure left stale, and their days. */
    void rebuildStale() {
        for (LocalDate month : jdbc.sql("select month from insight_stale_month order by month").query(LocalDate.class)
                .list()) {
            String within = "start_day >= date '%s' and start_day < date '%s'".formatted(month, month.plusMonths(1));
            for (Grain g : Grain.values()) {
                String periods = g.column + " >= :m and " + g.column + " < :next";
                jdbc.sql("delete from " + g.counts + " where " + periods).param("m", month)
                        .param("next", month.plusMonths(1)).update();
                jdbc.sql("delete from " + g.children + " where " + periods).param("m", month)
                        .param("next", month.plusMonths(1)).update();
                jdbc.sql(addCounts(g, within, 1, false)).update();
                jdbc.sql(childRows(g, within)).update();
                childSets.rebuild(g, g == Grain.MONTH ? List.of(month)
                        : month.datesUntil(month.plusMonths(1)).toList());
            }
            jdbc.sql("delete from insight_stale_month where month = :m").param("m", month).update();
        }
    }

    /**
     * Before the episodes in {@code recounted} (a table of {@code episode_id}) are counted again: takes their
     * contributions away and notes their children's periods in each grain's {@code recounted} table.
     */
    void beforeRecount(String recounted) {
        for (Grain g : Grain.values()) {
            jdbc.sql("""
                    create temporary table %s on commit drop as
                    select distinct child_id, %s as period
                      from insight_episode where episode_id in (select episode_id from %s)""".formatted(g.recounted, g.of,
                    recounted)).update();
            jdbc.sql(addCounts(g, "episode_id in (select episode_id from " + recounted + ")", -1, true)).update();
        }
    }

    /** After they were counted again: adds their new contributions and recounts every child's period touched. */
    void afterRecount(String recounted) {
        for (Grain g : Grain.values()) {
            jdbc.sql(addCounts(g, "episode_id in (select episode_id from " + recounted + ")", 1, true)).update();
            jdbc.sql("""
                    insert into %s (child_id, period)
                    select distinct child_id, %s
                      from insight_episode where episode_id in (select episode_id from %s)""".formatted(g.recounted, g.of,
                    recounted)).update();
            jdbc.sql("delete from %s m using %s r where m.child_id = r.child_id and m.%s = r.period".formatted(
                    g.children, g.recounted, g.column)).update();
            jdbc.sql("analyze " + g.recounted).update();
            jdbc.sql(childRows(g, """
                    child_id in (select child_id from %s)
                    and (child_id, %s) in (select child_id, period from %s)""".formatted(g.recounted, g.of,
                    g.recounted))).update();
            jdbc.sql("delete from " + g.counts + " where episodes = 0").update();
            childSets.rebuild(g, jdbc.sql("select distinct period from " + g.recounted + " order by 1")
                    .query(LocalDate.class).list());
        }
    }

    /** The breakdowns' value columns {@code d_cohort, ...} for {@code insight_episode} rows, as in the figures. */
    static String dimensionColumns() {
        StringBuilder columns = new StringBuilder();
        for (Dimension d : Dimension.breakdowns()) {
            columns.append(", ").append(PartnershipFigures.expression(d)).append(" as ").append(column("d_", d));
        }
        return columns.toString();
    }

    /** The grouping sets: the total, each breakdown, risk by age band and by sex, and minutes. */
    private static String addCounts(Grain g, String where, int sign, boolean merge) {
        List<String> sets = new ArrayList<>(List.of("()"));
        StringBuilder dimension = new StringBuilder("case when grouping(d_risk, d_age) = 0 then 'RISK_AGE'"
                + " when grouping(d_risk, d_sex) = 0 then 'RISK_SEX' when grouping(d_minutes) = 0 then 'MINUTES'");
        StringBuilder value = new StringBuilder("case when grouping(d_risk, d_age) = 0 then d_risk || '|' || d_age"
                + " when grouping(d_risk, d_sex) = 0 then d_risk || '|' || d_sex"
                + " when grouping(d_minutes) = 0 then d_minutes::text");
        for (Dimension d : Dimension.breakdowns()) {
            String c = column("d_", d);
            sets.add("(" + c + ")");
            dimension.append(" when grouping(").append(c).append(") = 0 then '").append(d.name()).append('\'');
            value.append(" when grouping(").append(c).append(") = 0 then ").append(c);
        }
        sets.add("(d_risk, d_age)");
        sets.add("(d_risk, d_sex)");
        sets.add("(d_minutes)");
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < COUNTED.size(); i++) {
            sums.append(", ").append(sign).append(" * ").append(COUNTED.get(i)).append(" as ").append(COUNTS.get(i));
        }
        String update = merge ? " on conflict (" + g.column + ", dimension, value) do update set " + String.join(", ",
                COUNTS.stream().map(c -> c + " = " + g.counts + "." + c + " + excluded." + c).toList()) : "";
        return """
                insert into %s (%s, dimension, value, %s)
                select period, dimension, value, %s from (
                  select period, %s else '' end as dimension, %s else '' end as value %s
                    from (select *, %s as period,
                                 case when ended_at is not null then %s end as d_minutes %s
                            from (select *, %s as councils from insight_episode where %s) e) p
                   group by period, grouping sets (%s)) g
                 where value is not null%s""".formatted(g.counts, g.column, String.join(", ", COUNTS),
                String.join(", ", COUNTS), dimension, value, sums, g.of, MINUTES, dimensionColumns(), ALL_COUNCILS, where,
                String.join(", ", sets), update).replace(":councils", "councils");
    }

    private static String childRows(Grain g, String where) {
        return """
                insert into %s (%s, child_id, episodes, max_in_window, looked_after %s)
                select %s, child_id, count(*), max(in_window),
                       bool_or(legal_status like 'LAC\\_%%') %s
                  from (select *, %s as councils from insight_episode where %s) e
                 group by 1, 2""".formatted(g.children, g.column, wordNames(), g.of, wordMasks(), ALL_COUNCILS, where)
                .replace(":councils", "councils");
    }

    /** Where each breakdown's bits begin, by the dimension's ordinal; -1 for a dimension that is not one. */
    private static final int[] OFFSETS = new int[Dimension.values().length];

    static {
        java.util.Arrays.fill(OFFSETS, -1);
        int offset = 0;
        for (Dimension d : Dimension.breakdowns()) {
            OFFSETS[d.ordinal()] = offset;
            offset += d.codes().size();
        }
    }

    /** Each breakdown value's place among the children's bits, in dimension and value order. */
    static int bit(Dimension d, int value) {
        if (OFFSETS[d.ordinal()] < 0) {
            throw new IllegalArgumentException(d + " is not a breakdown");
        }
        return OFFSETS[d.ordinal()] + value;
    }

    /** The bits, 64 to a word: one column each ({@code w0, w1}), so a child's month folds in two aggregates. */
    static final int WORDS = 2;

    static {
        Dimension last = Dimension.breakdowns().get(Dimension.breakdowns().size() - 1);
        if (bit(last, last.codes().size() - 1) >= 64 * WORDS) {
            throw new IllegalStateException("More breakdown values than insight_child_month's words hold");
        }
    }

    /** {@code , w0, w1}. */
    static String wordNames() {
        StringBuilder names = new StringBuilder();
        for (int w = 0; w < WORDS; w++) {
            names.append(", w").append(w);
        }
        return names.toString();
    }

    /** {@code , bit_or(...) as w0, ...}: each word's bits for an {@code insight_episode} row, folded. */
    static String wordMasks() {
        StringBuilder masks = new StringBuilder();
        for (int w = 0; w < WORDS; w++) {
            StringBuilder word = new StringBuilder("0::bigint");
            for (Dimension d : Dimension.breakdowns()) {
                StringBuilder cases = new StringBuilder();
                for (int i = 0; i < d.codes().size(); i++) {
                    if (bit(d, i) / 64 == w) {
                        cases.append(" when '").append(d.codes().get(i)).append("' then ").append(literal(bit(d, i)));
                    }
                }
                if (!cases.isEmpty()) {
                    word.append(" | case ").append(PartnershipFigures.expression(d)).append(cases).append(" else 0 end");
                }
            }
            masks.append(", bit_or(").append(word).append(") as w").append(w);
        }
        return masks.toString();
    }

    /** Whether a folded row has a breakdown value's bit. */
    static String has(Dimension d, int value) {
        return "w" + bit(d, value) / 64 + " & " + literal(bit(d, value)) + " <> 0";
    }

    private static String literal(int bit) {
        return "(1::bigint << " + bit % 64 + ")";
    }

    static String column(String prefix, Dimension d) {
        return prefix + d.name().toLowerCase(Locale.ROOT);
    }
}

package org.homeward.insight.internal.compliance;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.figures.FigureSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts behind the compliance dashboard and the modules' own measures, kept per London day and
 * responsible authority so that a page adds up a few thousand rows instead of scanning the period's
 * records. Every few minutes the recent days are counted again; each night every day is. One instance
 * refreshes at a time (a transaction-scoped advisory lock); another that finds the lock taken skips its turn.
 */
@Component
public class FigureSummaries {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FigureSummaries.class);
    private static final long LOCK = 0x44415348424f4152L;
    /** Days counted in one transaction: bounds the memory a full pass over years of records needs. */
    private static final int DAYS_PER_PASS = 92;
    /** Deadlines fall due ahead of today, and a period may reach forward to see what is coming. */
    private static final int DAYS_AHEAD = 90;

    /** The sum of one figure's counts. */
    public record Sum(long count, long outOf) {
    }

    private final List<FigureSource> sources;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int recentDays;
    private final int fullPassYears;

    FigureSummaries(List<FigureSource> sources, JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate tx,
                    Clock clock, @Value("${homeward.dashboard.summaries.recent-days:120}") int recentDays,
                    @Value("${homeward.dashboard.summaries.full-pass-years:10}") int fullPassYears) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = tx;
        this.clock = clock;
        this.recentDays = recentDays;
        this.fullPassYears = fullPassYears;
    }

    /** When the figures were last counted, or empty before the first refresh. */
    public Optional<Instant> asAt() {
        return jdbc.sql("select refreshed_at from dashboard_refresh where id = 1").query(Instant.class).optional();
    }

    /** Whether every day has been counted at least once, rather than only the recent days. */
    public boolean fullPassDone() {
        return jdbc.sql("select full_pass_at is not null from dashboard_refresh where id = 1").query(Boolean.class)
                .optional().orElse(false);
    }

    /**
     * Counts again the recent days and the next 90 (changes to older records wait for the nightly pass), and the
     * "now" figures.
     */
    public void refreshRecent() {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        refresh(today.minusDays(recentDays - 1L), today.plusDays(DAYS_AHEAD), false);
    }

    /** Counts every day again, from {@code full-pass-years} back to 90 days ahead. */
    public void refreshAll() {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        refresh(today.minusYears(fullPassYears), today.plusDays(DAYS_AHEAD), true);
    }

    private void refresh(LocalDate first, LocalDate last, boolean full) {
        Instant now = clock.instant();
        long started = System.nanoTime();
        LocalDate from = first;
        while (!from.isAfter(last)) {
            LocalDate to = from.plusDays(DAYS_PER_PASS - 1L).isAfter(last) ? last : from.plusDays(DAYS_PER_PASS - 1L);
            boolean lastPass = to.equals(last);
            LocalDate passFrom = from;
            Boolean counted = tx.execute(status -> {
                if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK)
                        .query(Boolean.class).single())) {
                    return false;
                }
                count(passFrom, to, now, lastPass);
                if (lastPass) {
                    jdbc.sql("""
                            insert into dashboard_refresh (id, refreshed_at, full_pass_at) values (1, :now, :full)
                            on conflict (id) do update set refreshed_at = excluded.refreshed_at,
                                full_pass_at = coalesce(excluded.full_pass_at, dashboard_refresh.full_pass_at)""")
                            .param("now", Timestamp.from(now)).param("full", full ? Timestamp.from(now) : null).update();
                }
                return true;
            });
            if (!Boolean.TRUE.equals(counted)) {
                return;
            }
            from = to.plusDays(1);
        }
        log.info("Counted the dashboard's figures for {} to {} in {} ms", first, last,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void count(LocalDate from, LocalDate to, Instant now, boolean withNow) {
        jdbc.sql("delete from dashboard_figure_day where day between :from and :to")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).update();
        if (withNow) {
            jdbc.sql("delete from dashboard_figure_now").update();
        }
        for (FigureSource source : sources) {
            List<FigureSource.Count> counts = source.counts(from, to, now);
            insert("dashboard_figure_day", counts.stream().filter(c -> c.day() != null).toList());
            if (withNow) {
                insert("dashboard_figure_now", counts.stream().filter(c -> c.day() == null).toList());
            }
        }
        jdbc.sql("""
                insert into dashboard_figure_day (day, authority_id, partnership, figure, count, out_of)
                select day, null, true, figure, sum(count), sum(out_of) from dashboard_figure_day
                 where not partnership and day between :from and :to group by day, figure""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).update();
    }

    /** One statement per source: the counts go over as arrays, added up where a source gave one key twice. */
    private void insert(String table, List<FigureSource.Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        boolean byDay = table.equals("dashboard_figure_day");
        String sql = byDay
                ? """
                  insert into dashboard_figure_day (day, authority_id, figure, count, out_of)
                  select d, a, f, sum(c), sum(o) from unnest(?::date[], ?::uuid[], ?::varchar[], ?::bigint[], ?::bigint[])
                      as x(d, a, f, c, o) group by d, a, f"""
                : """
                  insert into dashboard_figure_now (authority_id, figure, count, out_of)
                  select a, f, sum(c), sum(o) from unnest(?::date[], ?::uuid[], ?::varchar[], ?::bigint[], ?::bigint[])
                      as x(d, a, f, c, o) group by a, f""";
        jdbcTemplate.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setArray(1, array(connection, "date", counts, c -> c.day() == null ? null : Date.valueOf(c.day())));
                insert.setArray(2, array(connection, "uuid", counts, FigureSource.Count::authority));
                insert.setArray(3, array(connection, "varchar", counts, FigureSource.Count::figure));
                insert.setArray(4, array(connection, "bigint", counts, FigureSource.Count::count));
                insert.setArray(5, array(connection, "bigint", counts, FigureSource.Count::outOf));
                return insert.executeUpdate();
            }
        });
    }

    private static Array array(Connection connection, String type, List<FigureSource.Count> counts,
                               java.util.function.Function<FigureSource.Count, Object> value)
            throws java.sql.SQLException {
        Object[] values = new Object[counts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.apply(counts.get(i));
        }
        return connection.createArrayOf(type, values);
    }

    /**
     * The sums of the named figures' counts over the London days {@code from} to {@code to}, for the given
     * responsible authorities, or for the whole partnership when {@code authorities} is empty; with the
     * "now" figures as at the last refresh.
     */
    public Map<String, Sum> sums(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities,
                                 Collection<String> figures) {
        return sums(from, to, authorities, "figure = any(:figures)", new SqlArrayValue("text", figures.toArray()));
    }

    /** As {@link #sums(LocalDate, LocalDate, Optional, Collection)}, for every figure whose name starts so. */
    public Map<String, Sum> sumsStartingWith(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities,
                                             String prefix) {
        return sums(from, to, authorities, "figure like :figures", prefix.replace("_", "\\_") + "%");
    }

    // The names and authorities go as typed parameters, so a prepared statement's generic plan does not
    // convert them again for every row it reads.
    private Map<String, Sum> sums(LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities, String named,
                                  Object figures) {
        // Two statements rather than one with a condition on the scope, so that each reads its own index.
        String sql = authorities.isEmpty() ? """
                select figure, sum(count) as count, sum(out_of) as out_of from dashboard_figure_day
                 where partnership and day between :from and :to and %1$s group by figure
                union all
                select figure, sum(count), sum(out_of) from dashboard_figure_now where %1$s group by figure"""
                : """
                select figure, sum(count) as count, sum(out_of) as out_of from dashboard_figure_day
                 where not partnership and authority_id = any(:ids) and day between :from and :to and %1$s
                 group by figure
                union all
                select figure, sum(count), sum(out_of) from dashboard_figure_now
                 where authority_id = any(:ids) and %1$s group by figure""";
        JdbcClient.StatementSpec statement = jdbc.sql(sql.formatted(named))
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("figures", figures);
        if (authorities.isPresent()) {
            statement = statement.param("ids", new SqlArrayValue("uuid", authorities.get().toArray()));
        }
        Map<String, Sum> sums = new LinkedHashMap<>();
        statement.query((rs, n) -> Map.entry(rs.getString("figure"), new Sum(rs.getLong("count"), rs.getLong("out_of"))))
                .list().forEach(e -> sums.merge(e.getKey(), e.getValue(),
                        (a, b) -> new Sum(a.count() + b.count(), a.outOf() + b.outOf())));
        return sums;
    }

    /** Every figure the dashboard shows, in page order. */
    public List<FigureSource.Measure> measures() {
        List<FigureSource.Measure> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.measures()));
        all.sort(java.util.Comparator.comparingInt(FigureSource.Measure::order));
        return all;
    }
}

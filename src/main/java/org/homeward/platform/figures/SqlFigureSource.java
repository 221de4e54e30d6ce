package org.homeward.platform.figures;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's figures where one query counts them: the module states its measures and the query, and this runs it
 * for the period asked, so that every module reads the period the same way. The query returns {@code figure},
 * {@code day}, {@code authority}, {@code count} and {@code out_of}, and may use {@code :from} and {@code :to} (the
 * period's first and last London days), {@code :start} and {@code :end} (the instants the period starts and
 * ends), {@code :now} and {@code :today} (its London day); it names anything else it needs in
 * {@link #parameters()}.
 */
public abstract class SqlFigureSource implements FigureSource {

    private final JdbcClient jdbc;
    private final String sql;

    protected SqlFigureSource(JdbcClient jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Named parameters besides the period's, read each time the figures are counted. */
    protected Map<String, ?> parameters() {
        return Map.of();
    }

    @Override
    public List<Count> counts(LocalDate from, LocalDate to, Instant now) {
        return jdbc.sql(sql)
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("start", Timestamp.from(from.atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant()))
                .param("now", Timestamp.from(now))
                .param("today", Date.valueOf(now.atZone(ClockConfiguration.LONDON).toLocalDate()))
                .params(parameters())
                .query(Count.class).list();
    }
}

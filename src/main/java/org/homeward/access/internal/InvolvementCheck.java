package org.homeward.access.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves that the {@code involvement} table equals its definition, the {@code child_involvement} view,
 * and rewrites any child found to differ. The triggers keep the two equal as records change; this is the
 * repeatable rebuild that shows it, nightly and on demand. The comparison reads without locks; a child
 * that differs is rewritten under the child's lock, from what is committed by then.
 */
@Component
public class InvolvementCheck {

    private static final Logger log = LoggerFactory.getLogger(InvolvementCheck.class);
    private static final long LOCK = 737003;
    private static final String COLUMNS = "child_id, agency_id, team_id, user_id, basis, since, until";

    /** Rows the definition gives that the table lacks, rows the table holds that it does not, children rewritten. */
    public record Result(long missingRows, long extraRows, long childrenRepaired) {

        public boolean equal() {
            return missingRows == 0 && extraRows == 0;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DataSource dataSource;
    private final Clock clock;

    InvolvementCheck(JdbcClient jdbc, TransactionTemplate tx, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Scheduled(cron = "${homeward.involvement.check-cron:0 40 2 * * *}", zone = "Europe/London")
    void nightly() {
        Result r = check(true);
        if (!r.equal()) {
            log.warn("Involvement differed from its definition: {} rows missing, {} extra; {} children rewritten",
                    r.missingRows(), r.extraRows(), r.childrenRepaired());
        }
    }

    /** Compares the table with the definition; with {@code repair}, rewrites the children that differ. */
    public Result check(boolean repair) {
        return tx.execute(s -> {
            if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK)
                    .query(Boolean.class).single())) {
                return new Result(0, 0, 0);
            }
            // The whole data set is compared: longer than a page's statement (and the driver's wait) is allowed.
            unbounded();
            jdbc.sql("set local statement_timeout = 0").update();
            jdbc.sql("create temporary table involvement_defined on commit drop as select distinct " + COLUMNS
                    + " from child_involvement").update();
            long missing = count("select " + COLUMNS + " from involvement_defined except select " + COLUMNS
                    + " from involvement");
            long extra = count("select " + COLUMNS + " from involvement except select " + COLUMNS
                    + " from involvement_defined");
            long repaired = 0;
            if (repair && missing + extra > 0) {
                List<UUID> children = jdbc.sql("select child_id from (select " + COLUMNS
                        + " from involvement_defined except select " + COLUMNS + " from involvement) m union select child_id"
                        + " from (select " + COLUMNS + " from involvement except select " + COLUMNS
                        + " from involvement_defined) x").query(UUID.class).list();
                for (int i = 0; i < children.size(); i += 100) {
                    List<UUID> some = children.subList(i, Math.min(children.size(), i + 100));
                    jdbc.sql("select involvement_refresh(:children)").param("children", some.toArray(UUID[]::new))
                            .query((rs, n) -> 0).list();
                }
                repaired = children.size();
            }
            jdbc.sql("insert into involvement_check (checked_at, missing_rows, extra_rows, children_repaired)"
                            + " values (:at, :missing, :extra, :repaired) on conflict do nothing")
                    .param("at", Timestamp.from(clock.instant())).param("missing", missing).param("extra", extra)
                    .param("repaired", repaired).update();
            return new Result(missing, extra, repaired);
        });
    }

    /** The pool restores the connection's own network timeout when it is returned. */
    private void unbounded() {
        try {
            DataSourceUtils.getConnection(dataSource).setNetworkTimeout(Runnable::run, 0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return jdbc.sql("select count(*) from (" + sql + ") d").query(Long.class).single();
    }
}

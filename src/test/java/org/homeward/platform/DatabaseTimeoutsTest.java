package org.homeward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.homeward.platform.web.DatabaseUnavailable;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pool is sized to the processors, every connection carries the server-side timeouts, and a statement
 * cancelled by one is an unavailable service.
 */
@HomewardTest
class DatabaseTimeoutsTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired DataSource dataSource;

    @Test
    void thePoolHasTwoConnectionsPerProcessorAndOneMoreWhenTheDeploymentSetsNoSize() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize())
                .isEqualTo(2 * Runtime.getRuntime().availableProcessors() + 1);
    }

    @Test
    void everyConnectionHasTheStatementAndIdleInTransactionTimeouts() {
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("30s");
        assertThat(jdbc.sql("show idle_in_transaction_session_timeout").query(String.class).single()).isEqualTo("1min");
    }

    @Test
    void aStatementThatRunsTooLongIsCancelledAndAnswersServiceUnavailable() {
        Throwable failure = catchThrowable(() -> tx.executeWithoutResult(status -> {
            jdbc.sql("set local statement_timeout = '200ms'").update();
            jdbc.sql("select pg_sleep(5)").query().singleValue();
        }));
        assertThat(failure).isInstanceOf(QueryTimeoutException.class);
        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void aLostConnectionHiddenBehindAnotherFailureStillAnswersServiceUnavailable() {
        IllegalStateException rollbackFailed = new IllegalStateException("the session could not be saved");
        rollbackFailed.addSuppressed(new SQLException("This connection has been closed.", "08003"));
        assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a defect",
                new SQLException("duplicate key", "23505")))).isFalse();
    }

    /** As Spring Session's lookup failed when PostgreSQL stopped: the rollback fails, the lost connection rides along. */
    @Test
    void aRollbackThatFailsAfterTheConnectionWasLostAnswersServiceUnavailable() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("terminating connection",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
        TransactionSystemException defect = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        defect.initApplicationException(new IllegalStateException("a defect"));
        assertThat(DatabaseUnavailable.causedBy(defect)).isFalse();
    }
}

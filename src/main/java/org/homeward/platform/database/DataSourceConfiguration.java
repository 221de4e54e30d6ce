package org.homeward.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.homeward.platform.DatabaseProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connection pool, with every wait bounded: when PostgreSQL is down or unreachable a request
 * fails within seconds (and the page says so) instead of holding a thread for minutes.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    /** Beyond the statement timeout, how long the driver waits on a silent socket (a dead network). */
    static final Duration SOCKET_MARGIN = Duration.ofSeconds(15);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("homeward");
        config.setMaximumPoolSize(poolSize(properties.maximumPoolSize(), Runtime.getRuntime().availableProcessors()));
        if (properties.embedded()) {
            config.setJdbcUrl(EmbeddedDatabase.start(properties.embeddedDataDir(), properties.embeddedPort()));
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.username());
            config.setPassword(properties.password());
        }
        bound(config, properties);
        return new HikariDataSource(config);
    }

    /**
     * The size set, else two connections per processor and one more: a connection is busy only while
     * PostgreSQL works or the page waits on it, so more connections than this add queueing in the database
     * rather than pages served, and a pool this small keeps several instances within max_connections.
     */
    static int poolSize(int configured, int processors) {
        return configured > 0 ? configured : 2 * Math.max(1, processors) + 1;
    }

    /** Timeouts in the pool, in the driver (seconds) and in the server (milliseconds, per session). */
    static void bound(HikariConfig config, DatabaseProperties properties) {
        long connection = Math.max(250, properties.connectionTimeout().toMillis());
        config.setConnectionTimeout(connection);
        config.setValidationTimeout(Math.max(250, connection * 2 / 3));
        int connectSeconds = (int) Math.max(1, (connection + 999) / 1000);
        config.addDataSourceProperty("connectTimeout", String.valueOf(connectSeconds));
        config.addDataSourceProperty("loginTimeout", String.valueOf(connectSeconds));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        long statement = properties.statementTimeout().toMillis();
        if (statement > 0) {
            config.addDataSourceProperty("socketTimeout",
                    String.valueOf((statement + SOCKET_MARGIN.toMillis() + 999) / 1000));
        }
        // Pages run short queries: compiling one (JIT) cost 150 ms on the national data set and starting parallel
        // workers 15-20 ms, more than running the query, and both took cores other pages needed. Homeward's
        // database is on SSD, where a random read costs little more than a sequential one, so index-driven
        // plans (a council's children, then their records) are costed as they run.
        config.addDataSourceProperty("options", "-c statement_timeout=" + statement
                + " -c idle_in_transaction_session_timeout=" + properties.idleInTransactionTimeout().toMillis()
                + " -c jit=off -c max_parallel_workers_per_gather=0 -c random_page_cost=1.1");
    }
}

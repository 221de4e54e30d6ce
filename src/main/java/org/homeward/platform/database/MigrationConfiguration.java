package org.homeward.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations connect without the pool's statement and socket timeouts: a page's statement is cut off
 * after 30 s, but a migration that rebuilds a table on a national data set may take minutes, and cut
 * off half way it would stop Homeward starting at all.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    @Bean
    FlywayConfigurationCustomizer unboundedMigrations(HikariDataSource pool) {
        return flyway -> flyway.dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }
}

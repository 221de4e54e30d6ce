package org.homeward.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.homeward.platform.DatabaseProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("homeward");
        config.setMaximumPoolSize(properties.maximumPoolSize() > 0 ? properties.maximumPoolSize() : 10);
        if (properties.embedded()) {
            config.setJdbcUrl(EmbeddedDatabase.start(properties.embeddedDataDir(), properties.embeddedPort()));
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.username());
            config.setPassword(properties.password());
        }
        return new HikariDataSource(config);
    }
}

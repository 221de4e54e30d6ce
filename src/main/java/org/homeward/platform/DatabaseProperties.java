package org.homeward.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Homeward keeps its data. With no URL, Homeward runs its own embedded PostgreSQL
 * under {@code embeddedDataDir} so that a machine with only a JDK can run it.
 *
 * <p>The timeouts bound how long a page can wait on the database: a page waits at most
 * {@code connectionTimeout} for a connection, and PostgreSQL cancels a statement after
 * {@code statementTimeout}, so an outage answers "Sorry, there is a problem with the service"
 * within seconds instead of hanging the request.
 */
@ConfigurationProperties("homeward.database")
public record DatabaseProperties(
        String url,
        String username,
        String password,
        String embeddedDataDir,
        int embeddedPort,
        int maximumPoolSize,
        @DefaultValue("3s") Duration connectionTimeout,
        @DefaultValue("30s") Duration statementTimeout,
        @DefaultValue("60s") Duration idleInTransactionTimeout) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}

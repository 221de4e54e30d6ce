package org.homeward.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Homeward keeps its data. With no URL, Homeward runs its own embedded PostgreSQL
 * under {@code embeddedDataDir} so that a machine with only a JDK can run it.
 */
@ConfigurationProperties("homeward.database")
public record DatabaseProperties(
        String url,
        String username,
        String password,
        String embeddedDataDir,
        int embeddedPort,
        int maximumPoolSize) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}

package org.homeward.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries shipped in a Maven Central jar. One server per
 * data directory per JVM, so test contexts that share a directory share the server.
 */
final class EmbeddedDatabase {

    static final String DATABASE = "homeward";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    private EmbeddedDatabase() {
    }

    /** @return the JDBC URL of the {@value #DATABASE} database, created on first start. */
    static String start(String dataDir, int port) {
        boolean temporary = dataDir == null || dataDir.isBlank();
        String key = temporary ? "<temporary>" : Path.of(dataDir).toAbsolutePath().normalize().toString();
        EmbeddedPostgres server = SERVERS.computeIfAbsent(key, k -> launch(temporary ? null : Path.of(k), port));
        ensureDatabase(server);
        return server.getJdbcUrl("postgres", DATABASE);
    }

    private static EmbeddedPostgres launch(Path dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100");
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir.toFile()).setCleanDataDirectory(false);
                durable(builder);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            log.info("Embedded PostgreSQL started on port {} (data kept: {})", server.getPort(), dataDir != null);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * The library starts PostgreSQL with fsync and synchronous commit off, which loses commits a person
     * was told were saved if the server or the machine dies. A kept database gets PostgreSQL's durable
     * settings (the later -c options override the library's -F). Only a temporary database, wiped at the
     * end of the run (tests), keeps the fast settings: nothing in it outlives the process.
     */
    static void durable(EmbeddedPostgres.Builder builder) {
        DURABLE_SETTINGS.forEach(builder::setServerConfig);
    }

    static final Map<String, String> DURABLE_SETTINGS = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private static void ensureDatabase(EmbeddedPostgres server) {
        try (Connection c = server.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}

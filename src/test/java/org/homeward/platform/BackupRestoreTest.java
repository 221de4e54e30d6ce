package org.homeward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.homeward.HomewardApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The restore drill of docs/operations.md, run for real: Homeward's database is dumped with pg_dump
 * (custom format), restored with pg_restore into a new database, and Homeward starts on the restored
 * copy with nothing to migrate and shows the same child's record.
 *
 * <p>The embedded PostgreSQL ships no pg_dump, and a pg_dump can only dump a server of its own major
 * version or older, so the drill runs on a PostgreSQL server whose client tools are on the PATH: by
 * default the machine's on 127.0.0.1:5432 as postgres (CI's), or the one the standard PGHOST, PGPORT,
 * PGUSER and PGPASSWORD name. Without pg_dump, pg_restore or that server the test fails: a backup that has
 * never been restored is not a backup. It is tagged {@code external-postgres}: {@code ./mvnw verify} on a
 * machine with only a JDK leaves it out, and {@code .ci/run} runs it beside the machine's PostgreSQL 15.
 */
@Tag("external-postgres")
class BackupRestoreTest {

    /** A named demo child: Jaden Smith. */
    static final String CHILD = "4cdd2055-930d-6eaf-14f4-733f3e7d1bfb";

    final String host = env("PGHOST", "127.0.0.1");
    final String port = env("PGPORT", "5432");
    final String user = env("PGUSER", "postgres");
    final String password = env("PGPASSWORD", "");
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String source = "homeward_backup_" + suffix;
    final String restored = "homeward_restored_" + suffix;
    final List<ConfigurableApplicationContext> running = new ArrayList<>();

    static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url("postgres"), user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @AfterEach
    void dropTheDatabases() throws Exception {
        running.forEach(ConfigurableApplicationContext::close);
        admin("drop database if exists " + source + " with (force)");
        admin("drop database if exists " + restored + " with (force)");
    }

    ConfigurableApplicationContext homeward(String database, boolean demoData) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HomewardApplication.class).profiles("test")
                .run("--server.port=0", "--homeward.database.url=" + url(database),
                        "--homeward.database.username=" + user, "--homeward.database.password=" + password,
                        "--homeward.demo-data=" + demoData);
        running.add(context);
        return context;
    }

    static Path tool(String name) {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
        assertThat(found).as(name + " must be on the PATH (Debian: apt-get install postgresql-client-15)").isPresent();
        return found.get();
    }

    /** Runs a PostgreSQL client tool with the server's address in the standard variables; its output. */
    String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PGHOST", host, "PGPORT", port, "PGUSER", user, "PGPASSWORD", password));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command.get(0) + " finished").isTrue();
        assertThat(process.exitValue()).as(command + "\n" + output).isZero();
        return output;
    }

    @Test
    void aDumpRestoresIntoADatabaseHomewardStartsOnWithTheSameRecords() throws Exception {
        Path pgDump = tool("pg_dump");
        Path pgRestore = tool("pg_restore");
        admin("create database " + source);

        ConfigurableApplicationContext original = homeward(source, true);
        JdbcClient before = original.getBean(JdbcClient.class);
        long children = before.sql("select count(*) from child").query(Long.class).single();
        long migrations = before.sql("select count(*) from flyway_schema_history where success").query(Long.class).single();
        assertThat(children).as("the demo children were loaded").isPositive();
        original.close();

        Path dump = Files.createTempFile("homeward-", ".dump");
        try {
            run(List.of(pgDump.toString(), "--format=custom", "--file=" + dump, "--dbname=" + source));
            assertThat(Files.size(dump)).isPositive();
            admin("create database " + restored);
            run(List.of(pgRestore.toString(), "--exit-on-error", "--no-owner", "--no-privileges",
                    "--dbname=" + restored, dump.toString()));
        } finally {
            Files.deleteIfExists(dump);
        }

        // No demo data here: whatever Homeward shows comes from the restored copy.
        ConfigurableApplicationContext copy = homeward(restored, false);
        assertThat(copy.getBean(Flyway.class).info().pending()).as("no migration pending on the restored copy").isEmpty();
        JdbcClient after = copy.getBean(JdbcClient.class);
        assertThat(after.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                .isEqualTo(migrations);
        assertThat(after.sql("select count(*) from child").query(Long.class).single()).isEqualTo(children);

        String base = "http://localhost:" + ((WebServerApplicationContext) copy).getWebServer().getPort();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String signIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signIn);
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=coordinator&password=homeward-demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).as("the restored users sign in").hasValue(base + "/");
        HttpResponse<String> child = browser.send(HttpRequest.newBuilder(URI.create(base + "/children/" + CHILD))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(child.statusCode()).isEqualTo(200);
        assertThat(child.body()).contains("Jaden", "Smith");
    }
}

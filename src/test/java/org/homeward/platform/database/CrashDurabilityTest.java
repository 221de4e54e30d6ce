package org.homeward.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.homeward.support.TestShares;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Homeward as a person runs it (its own JVM, the embedded PostgreSQL keeping its data on disk with the
 * production settings), killed with SIGKILL together with PostgreSQL during a burst of writes, then
 * started again: every share a person was told was saved is there, with its audit entry.
 */
@Tag("crash")
class CrashDurabilityTest {

    static final String JADEN = "4cdd2055-930d-6eaf-14f4-733f3e7d1bfb";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final int WRITERS = 16;

    @TempDir
    Path dir;
    Process app;

    @AfterEach
    void stop() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
            killTree(app, dir);
        }
        FileSystemUtils.deleteRecursively(dir.resolve("data"));
    }

    @Test
    void everyWriteAcknowledgedBeforeTheApplicationAndPostgresqlAreKilledIsThereAfterRestart() throws Exception {
        int port = freePort();
        int dbPort = freePort();
        app = start(port, dbPort, "first");
        HttpClient http = signIn(port);

        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                String token = csrf(http, port, "/children/" + JADEN + "/shares/new");
                for (int n = 0; writing.get(); n++) {
                    try {
                        HttpResponse<String> r = http.send(post(port, "/children/" + JADEN + "/shares",
                                share(token, "Crash write " + writer + "-" + n)), HttpResponse.BodyHandlers.ofString());
                        String location = r.headers().firstValue("Location").orElse("");
                        if (r.statusCode() == 302 && location.contains("/shares/")) {
                            acknowledged.add(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
                        }
                    } catch (IOException | InterruptedException e) {
                        return null;
                    }
                }
                return null;
            });
        }
        Instant until = Instant.now().plusSeconds(60);
        while (acknowledged.size() < 400 && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        killTree(app, dir);
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(100);

        app = start(port, dbPort, "restarted");
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + dbPort + "/" + EmbeddedDatabase.DATABASE, "postgres", "")) {
            Array ids = c.createArrayOf("uuid", acknowledged.toArray());
            long shares = count(c, "select count(*) from information_share where id = any(?)", ids);
            long audited = count(c, """
                    select count(distinct record_id) from audit_entry
                     where action = 'CREATE' and record_type = 'information-share' and record_id = any(?)""", ids);
            System.out.printf("Crash test: %d writes acknowledged before SIGKILL, %d found after restart, %d audited%n",
                    acknowledged.size(), shares, audited);
            assertThat(shares).as("acknowledged shares present after the crash").isEqualTo(acknowledged.size());
            assertThat(audited).as("their audit entries").isEqualTo(acknowledged.size());
            for (Map.Entry<String, String> setting : EmbeddedDatabase.DURABLE_SETTINGS.entrySet()) {
                try (ResultSet rs = c.createStatement().executeQuery("show " + setting.getKey())) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting.getKey()).isEqualTo(setting.getValue());
                }
            }
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    Process start(int port, int dbPort, String name) throws Exception {
        Path log = dir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.homeward.HomewardApplication",
                "--homeward.demo.synthetic-children=0")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("HOMEWARD_"));
        env.put("PORT", String.valueOf(port));
        env.put("HOMEWARD_DATA_DIR", dir.resolve("data").toString());
        env.put("HOMEWARD_EMBEDDED_DB_PORT", String.valueOf(dbPort));
        env.put("HOMEWARD_MANAGEMENT_PORT", String.valueOf(freePort()));
        env.put("HOMEWARD_DEMO_DATA", "auto");
        env.put("HOMEWARD_LOG_FORMAT", "");
        Process p = pb.start();
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            assertThat(p.isAlive()).as("Homeward (%s) running; its log: %s", name, tail(log)).isTrue();
            try {
                // Ready only once the demo partnership is loaded: the sign-in page answers before that.
                if (probe.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/readyz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Homeward (" + name + ") did not start; its log: " + tail(log));
    }

    HttpClient signIn(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String token = csrf(http, port, "/sign-in");
        HttpResponse<String> r = http.send(post(port, "/sign-in",
                Map.of("_csrf", token, "username", "socialworker", "password", "homeward-demo")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return http;
    }

    static String csrf(HttpClient http, int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("CSRF token on " + path).isTrue();
        return m.group(1);
    }

    static Map<String, String> share(String token, String summary) {
        Map<String, String> f = TestShares.phoneCallToSchool(summary,
                ZonedDateTime.now(ZoneId.of("Europe/London")).minusHours(2));
        f.put("_csrf", token);
        return f;
    }

    static HttpRequest post(int port, String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /**
     * SIGKILL to the application and every PostgreSQL process, all at once. pg_ctl detaches the
     * postmaster from the JVM, so it is found by the pid in its data directory.
     */
    static void killTree(Process process, Path dir) throws Exception {
        List<ProcessHandle> all = new ArrayList<>(process.toHandle().descendants().toList());
        all.add(process.toHandle());
        Path pid = dir.resolve("data/postgres/postmaster.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())).ifPresent(postmaster -> {
                all.addAll(postmaster.descendants().toList());
                all.add(postmaster);
            });
        }
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : all) {
            h.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> h).join();
        }
    }

    static long count(Connection c, String sql, Array ids) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}

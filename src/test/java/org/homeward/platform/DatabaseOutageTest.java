package org.homeward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.HomewardApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL stops under a running Homeward and starts again: the load balancer is told at once
 * (readiness DOWN), every page says "Sorry, there is a problem with the service" within seconds,
 * sign-in included, and when PostgreSQL is back Homeward serves pages again by itself.
 *
 * <p>Homeward runs here on its own context and its own PostgreSQL server, which the test stops and
 * starts on the same port and data directory; the other tests' shared server is untouched.
 */
class DatabaseOutageTest {

    /** What a load balancer or a person may wait, at most, to learn that the database is down. */
    static final Duration BOUND = Duration.ofSeconds(10);
    static final String PROBLEM = "Sorry, there is a problem with the service";

    static Path dataDir;
    static int dbPort;
    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext homeward;
    static String base;
    static String child;

    final HttpClient signedIn = client();

    @BeforeAll
    static void startPostgresAndHomeward() throws Exception {
        dataDir = Files.createTempDirectory("homeward-outage");
        try (ServerSocket free = new ServerSocket(0)) {
            dbPort = free.getLocalPort();
        }
        postgres = startPostgres();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database homeward");
        }
        homeward = new SpringApplicationBuilder(HomewardApplication.class).profiles("test").run(
                // Arguments, not defaults: they win over HOMEWARD_DB_URL when a CI pass sets it.
                "--server.port=0",
                "--homeward.database.url=jdbc:postgresql://localhost:" + dbPort + "/homeward",
                "--homeward.database.username=postgres", "--homeward.database.password=",
                "--homeward.demo-data=true");
        base = "http://localhost:" + ((WebServerApplicationContext) homeward).getWebServer().getPort();
        try (Connection c = postgres.getDatabase("postgres", "homeward").getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from child order by id limit 1")) {
            rs.next();
            child = rs.getString(1);
        }
    }

    static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder().setPort(dbPort).setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false).setServerConfig("timezone", "UTC").start();
    }

    @AfterAll
    static void stopEverything() throws IOException {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(LOGGED);
        if (homeward != null) {
            homeward.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As a load balancer asks: no Accept header. */
    static int probe(String path) throws Exception {
        return client().send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static HttpResponse<String> signIn(HttpClient client, String csrf) throws Exception {
        String form = "username=coordinator&password=homeward-demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the sign-in form carries a CSRF token").isTrue();
        return m.group(1);
    }

    /** Milliseconds a request took, with its answer. */
    record Timed(long millis, HttpResponse<String> response) {
    }

    interface Call {
        HttpResponse<String> call() throws Exception;
    }

    static Timed timed(Call call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = call.call();
        return new Timed((System.nanoTime() - start) / 1_000_000, response);
    }

    /** Polls readiness until it answers the status wanted; the milliseconds that took. */
    static long readinessBecomes(int status) throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (probe("/readyz") == status) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("readiness did not answer " + status + " within 60 s");
    }

    static void problemPage(Timed timed, String what) {
        System.out.printf("Outage: %s answered %d in %d ms%n", what, timed.response().statusCode(), timed.millis());
        assertThat(timed.response().statusCode()).as(() -> what + "; the server logged: " + logged()).isEqualTo(503);
        assertThat(timed.millis()).as(what + " took too long").isLessThan(BOUND.toMillis());
        assertThat(timed.response().body()).as(what).contains(PROBLEM, "govuk-template__body", "govuk-heading-l",
                "govuk-frontend.min.css");
        assertThat(timed.response().headers().firstValue("Retry-After")).as(what).isPresent();
    }

    /** What the server logged with a failure attached, each as its chain of failure types: to tell a 500 from a 503. */
    static String logged() {
        StringBuilder failures = new StringBuilder();
        for (ILoggingEvent event : List.copyOf(LOGGED.list)) {
            failures.append("\n  ").append(event.getLevel()).append(' ').append(event.getLoggerName()).append(':');
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                failures.append(' ').append(t.getClassName()).append(" (").append(t.getMessage()).append(')');
            }
        }
        return failures.isEmpty() ? "nothing" : failures.toString();
    }

    static final ListAppender<ILoggingEvent> LOGGED = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getThrowableProxy() != null) {
                super.append(event);
            }
        }
    };

    @Test
    void anOutageIsReportedAtOnceAndHomewardRecoversByItself() throws Exception {
        LOGGED.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(LOGGED);
        HttpResponse<String> signInPage = get(signedIn, "/sign-in");
        assertThat(signIn(signedIn, csrf(signInPage.body())).headers().firstValue("Location")).hasValue(base + "/");
        assertThat(get(signedIn, "/episodes").statusCode()).isEqualTo(200);
        assertThat(get(signedIn, "/children/" + child).statusCode()).isEqualTo(200);
        assertThat(probe("/readyz")).isEqualTo(200);
        HttpClient stranger = client();
        String strangersToken = csrf(get(stranger, "/sign-in").body());

        postgres.close();
        long down = readinessBecomes(503);
        System.out.printf("Outage: readiness DOWN %d ms after PostgreSQL stopped%n", down);
        assertThat(down).isLessThan(BOUND.toMillis());
        assertThat(probe("/livez"))
                .as("the application itself is alive: no restart is wanted").isEqualTo(200);

        problemPage(timed(() -> get(signedIn, "/episodes")), "the episodes page");
        problemPage(timed(() -> get(signedIn, "/children/" + child)), "a child's page");
        problemPage(timed(() -> get(signedIn, "/sign-in")), "the sign-in page with a session");
        problemPage(timed(() -> signIn(stranger, strangersToken)), "signing in");
        problemPage(timed(() -> get(signedIn, "/no-such-page")), "an unknown page while signed in");

        postgres = startPostgres();
        long up = readinessBecomes(200);
        System.out.printf("Outage: readiness UP %d ms after PostgreSQL started%n", up);
        assertThat(up).isLessThan(BOUND.toMillis());
        assertThat(get(signedIn, "/episodes").statusCode()).as("the session outlived the outage").isEqualTo(200);
        HttpResponse<String> page = get(signedIn, "/children/" + child);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(PROBLEM);
    }
}

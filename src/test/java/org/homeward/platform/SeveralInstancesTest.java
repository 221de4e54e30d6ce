package org.homeward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.homeward.HomewardApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Homeward instances on one PostgreSQL database, as behind a load balancer without sticky sessions:
 * a session begun on one is good on the other, and work both schedule is done once.
 */
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesTest {

    static final String JADEN = "4cdd2055-930d-6eaf-14f4-733f3e7d1bfb";
    static final UUID MANAGER = UUID.fromString("c6f87718-6d76-b07e-881e-d162ae2eb154");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final int EMAILS = 150;

    // Any free port: other builds on the machine may hold GreenMail's usual one.
    final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    EmbeddedPostgres postgres;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoInstances() throws Exception {
        smtp.start();
        postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database homeward");
        }
        // Started together on the empty database, as a deployment starts its instances: one migrates and
        // loads the demo partnership, the other waits for it. The second begins once the first has set up
        // logging, which is one per JVM and not made to be set up twice at once.
        CountDownLatch logging = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> homeward(logging));
        assertThat(logging.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(
                () -> homeward(new CountDownLatch(1)));
        a = first.join();
        b = second.join();
    }

    @AfterAll
    void stopEverything() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {a, b}) {
            if (context != null) {
                context.close();
            }
        }
        smtp.stop();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    ConfigurableApplicationContext homeward(CountDownLatch loggingReady) {
        return new SpringApplicationBuilder(HomewardApplication.class).profiles("test")
                .listeners(event -> {
                    if (event instanceof ApplicationPreparedEvent) {
                        loggingReady.countDown();
                    }
                })
                .run("--server.port=0", "--homeward.database.url=" + postgres.getJdbcUrl("postgres", "homeward"),
                        "--homeward.database.username=postgres", "--homeward.database.password=",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(), "--homeward.demo-data=true", "--homeward.mail.outbox.scheduled=true",
                        "--homeward.mail.outbox.first-run=PT0.2S", "--homeward.mail.outbox.interval=PT0.2S");
    }

    @Test
    void aSessionBegunOnOneInstanceIsSignedInOnTheOtherAndSigningOutThereEndsItOnBoth() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String token = csrf(browser.send(get(a, "/sign-in"), HttpResponse.BodyHandlers.ofString()));
        HttpResponse<String> signedIn = browser.send(post(a, "/sign-in",
                Map.of("_csrf", token, "username", "socialworker", "password", "homeward-demo")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();

        // Only the cookie travels to the other instance: nothing of the session is kept in A's memory.
        HttpClient other = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> child = other.send(withSession(get(b, "/children/" + JADEN), session),
                HttpResponse.BodyHandlers.ofString());
        assertThat(child.statusCode()).isEqualTo(200);
        assertThat(child.body()).contains("Jaden").contains("Sam Okafor");

        // A form rendered by A is accepted by B: the CSRF token is kept with the session.
        String formToken = csrf(other.send(withSession(get(a, "/children/" + JADEN), session),
                HttpResponse.BodyHandlers.ofString()));
        HttpResponse<String> signedOut = other.send(withSession(post(b, "/sign-out", Map.of("_csrf", formToken)),
                session), HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/sign-in?signedOut");

        HttpResponse<String> afterwards = other.send(withSession(get(a, "/children/" + JADEN), session),
                HttpResponse.BodyHandlers.ofString());
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElse("")).contains("/sign-in");
    }

    @Test
    void emailsOwedWhileBothInstancesRunTheirSchedulesAreEachSentOnce() throws Exception {
        String prefix = "Homeward: two instances " + UUID.randomUUID().toString().substring(0, 8) + " #";
        double sentBefore = sent(a) + sent(b);
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        // Written in one statement, as a change committed on an instance that stopped before sending.
        jdbc.sql("""
                insert into notification (id, recipient_id, text, link, email_subject, created_at)
                select gen_random_uuid(), :r, 'Something needs you', '/notifications', :prefix || n, now()
                  from generate_series(1, :n) n""")
                .param("r", MANAGER).param("prefix", prefix).param("n", EMAILS).update();

        Instant until = Instant.now().plusSeconds(30);
        while (owed(jdbc, prefix) > 0 && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        assertThat(owed(jdbc, prefix)).as("emails still owed after 30 s").isZero();
        Thread.sleep(1_000); // several more runs on each instance: none sends again

        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject().startsWith(prefix)) {
                received.merge(m.getSubject(), 1, Integer::sum);
            }
        }
        assertThat(received).hasSize(EMAILS);
        assertThat(received.values()).containsOnly(1);
        double byA = sent(a);
        double byB = sent(b);
        assertThat(byA + byB - sentBefore).as("sent by the two instances together").isEqualTo(EMAILS);
        System.out.printf("Several instances: %d emails owed, sent once each (instance A sent %.0f, B %.0f in all)%n",
                EMAILS, byA, byB);
    }

    static long owed(JdbcClient jdbc, String prefix) {
        return jdbc.sql("select count(*) from notification where email_subject like :p and emailed_at is null")
                .param("p", prefix + "%").query(Long.class).single();
    }

    static double sent(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class).counter("homeward.emails.sent").count();
    }

    static String csrf(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("CSRF token on " + page.uri()).isTrue();
        return m.group(1);
    }

    static URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }

    static HttpRequest get(ConfigurableApplicationContext instance, String path) {
        return HttpRequest.newBuilder(uri(instance, path)).timeout(Duration.ofSeconds(10)).build();
    }

    static HttpRequest post(ConfigurableApplicationContext instance, String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(instance, path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpRequest withSession(HttpRequest request, String session) {
        return HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", "SESSION=" + session).build();
    }
}

package org.homeward.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Many browsers signing in to one account at the same moment, against the running server. */
@HomewardTest
@ExtendWith(OutputCaptureExtension.class)
class SignInLockoutConcurrencyTest {

    static final String PASSWORD = "correct horse battery";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired Clock clock;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final ExecutorService threads = Executors.newFixedThreadPool(60);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void sixtySimultaneousWrongPasswordsAreAllCountedAndOnlyFiveAreChecked(CapturedOutput output) throws Exception {
        String username = newUser();

        List<String> answers = burst(username, 60, 0);

        assertThat(answers).hasSize(60).allMatch(SignInLockoutConcurrencyTest::refused);
        assertThat(failedAttempts(username)).isEqualTo(60);
        assertThat(lockedUntil(username)).isAfter(clock.instant());
        String refusedUnchecked = "account " + id(username) + " is locked";
        assertThat(output.getAll().split(refusedUnchecked, -1)).hasSize(55 + 1);
        assertThat(refused(signIn(openSignInPage(), username, PASSWORD))).isTrue();
    }

    @Test
    void onceLockedNoneOfABurstSignsInEvenWithTheRightPassword() throws Exception {
        String username = newUser();
        burst(username, 30, 0);

        List<String> answers = burst(username, 20, 20);

        assertThat(answers).hasSize(40).allMatch(SignInLockoutConcurrencyTest::refused);
        assertThat(failedAttempts(username)).isEqualTo(70);
    }

    @Test
    void theRightPasswordBeforeTheLimitSignsInAndClearsTheCount() throws Exception {
        String username = newUser();
        burst(username, 3, 0);

        assertThat(signIn(openSignInPage(), username, PASSWORD)).doesNotContain("error");
        assertThat(failedAttempts(username)).isZero();
    }

    static boolean refused(String answer) {
        return answer.contains("/sign-in?error=");
    }

    /** Opens a sign-in page per browser first, then sends every browser's attempt at once. */
    List<String> burst(String username, int wrong, int right) throws Exception {
        assertThat(wrong + right).as("one thread per browser").isLessThanOrEqualTo(60);
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < wrong + right; i++) {
            browsers.add(openSignInPage());
        }
        CountDownLatch ready = new CountDownLatch(browsers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> sent = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            Browser browser = browsers.get(i);
            String password = i % 2 == 1 && i / 2 < right ? PASSWORD : "guess " + i;
            sent.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return signIn(browser, username, password);
            }));
        }
        ready.await();
        go.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> answer : sent) {
            answers.add(answer.get());
        }
        return answers;
    }

    record Browser(String cookie, String csrf) {
    }

    Browser openSignInPage() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        return new Browser(cookie, token.group(1));
    }

    /** Where the server sends the browser after it posts the form. */
    String signIn(Browser browser, String username, String password) throws Exception {
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(browser.csrf());
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(uri("/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", browser.cookie())
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    String newUser() {
        String username = "burst-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, agency_id)
                select :id, :u, 'Test User', :hash, id from agency where kind = 'LOCAL_AUTHORITY' order by name limit 1""")
                .param("id", id).param("u", username).param("hash", passwords.encode(PASSWORD)).update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, 'SOCIAL_WORKER')").param("id", id).update();
        return username;
    }

    UUID id(String username) {
        return jdbc.sql("select id from user_account where username = :u").param("u", username)
                .query(UUID.class).single();
    }

    int failedAttempts(String username) {
        return jdbc.sql("select failed_attempts from user_account where username = :u").param("u", username)
                .query(Integer.class).single();
    }

    Instant lockedUntil(String username) {
        return jdbc.sql("select locked_until from user_account where username = :u").param("u", username)
                .query(OffsetDateTime.class).single().toInstant();
    }
}

package org.homeward.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.platform.web.Keyset;
import org.homeward.support.HomewardTest;
import org.homeward.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails are owed in the notification table until a sender hands them over: the mail server being down
 * loses none and the attempts are counted; when it returns, two senders at once (two instances, or one
 * started after a restart that only reads the table) send each email exactly once; an address that can
 * never be sent to is given up with a trace instead of being tried for ever.
 */
@HomewardTest
class OwedEmailTest {

    static final UUID MANAGER = EscalationTest.MANAGER;
    static final UUID LEAD = EscalationTest.LEAD;
    static final UUID SOCIAL_WORKER = EscalationTest.SOCIAL_WORKER;

    @Autowired Notifications notifications;
    @Autowired Mailer mailer;
    @Autowired EmailTransport transport;
    @Autowired TransactionTemplate tx;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    /** Started by the test when the mail server is meant to be back; on the port the test profile names. */
    final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
    final String subject = "Homeward: owed email " + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void stopTheMailServer() {
        smtp.stop();
        clock.reset();
    }

    /** Another sender reading the same table, as an instance started after a restart would. */
    Mailer freshSender(int giveUpAfter) {
        return new Mailer(notifications, transport, tx, clock, new SimpleMeterRegistry(), true, "http://localhost:8080",
                Duration.ofMinutes(1), Duration.ofHours(1), giveUpAfter);
    }

    /** An email owed from a month ago, so that it is first in line. */
    UUID owe(UUID recipient) {
        notifications.add(recipient, "Something needs you", "/notifications", subject, null,
                clock.instant().minus(Duration.ofDays(30)));
        return jdbc.sql("select id from notification where recipient_id = :r and email_subject = :s")
                .param("r", recipient).param("s", subject).query(UUID.class).single();
    }

    record Row(Instant emailedAt, int attempts, String lastError, Instant nextAttemptAt, Instant failedAt) {
    }

    Row row(UUID id) {
        return jdbc.sql("""
                select emailed_at, email_attempts as attempts, email_last_error as last_error, email_next_attempt_at as next_attempt_at,
                       email_failed_at as failed_at from notification where id = :id""").param("id", id).query(Row.class).single();
    }

    List<String> delivered() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (subject.equals(m.getSubject())) {
                to.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
            }
        }
        return to;
    }

    @Test
    void anEmailWithTextOfItsOwnIsOwedUntilAnotherSenderSendsItOnce() throws Exception {
        String body = "Self-assessment answers " + subject;
        notifications.add(MANAGER, "Answers emailed", "/self-assessment", subject, null,
                clock.instant().minus(Duration.ofDays(30)), body);
        mailer.sendWaiting();
        UUID id = jdbc.sql("select id from notification where recipient_id = :r and email_subject = :s")
                .param("r", MANAGER).param("s", subject).query(UUID.class).single();
        assertThat(row(id).emailedAt()).as("owed while the mail server is down").isNull();

        smtp.start();
        clock.moveTo(clock.instant().plus(Duration.ofMinutes(2)));
        freshSender(10).sendWaiting();
        mailer.sendWaiting();
        assertThat(delivered()).containsExactly("manager@homeward.example");
        MimeMessage sent = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> { try { return subject.equals(m.getSubject()); } catch (jakarta.mail.MessagingException e) { return false; } })
                .findFirst().orElseThrow();
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(sent)).contains(body);
        assertThat(row(id).emailedAt()).isNotNull();
    }

    @Test
    void owedEmailsWaitForTheMailServerThenGoExactlyOnceFromTwoSenders() throws Exception {
        List<UUID> owed = List.of(owe(MANAGER), owe(LEAD), owe(SOCIAL_WORKER));

        // The mail server is down: nothing goes, nothing is lost, each attempt is counted.
        mailer.sendWaiting();
        for (UUID id : owed) {
            Row row = row(id);
            assertThat(row.emailedAt()).as("still owed").isNull();
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.failedAt()).as("a mail server down is never a reason to give up").isNull();
            assertThat(row.nextAttemptAt()).isAfter(clock.instant());
            assertThat(row.lastError()).contains("mail server").doesNotContain("@");
        }
        // Tried again only after its delay.
        mailer.sendWaiting();
        assertThat(owed).allSatisfy(id -> assertThat(row(id).attempts()).isEqualTo(1));

        smtp.start();
        clock.moveTo(clock.instant().plus(Duration.ofMinutes(2)));
        Mailer afterRestart = freshSender(10);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<Integer> one = pool.submit(() -> {
                go.await();
                return mailer.sendWaiting();
            });
            Future<Integer> two = pool.submit(() -> {
                go.await();
                return afterRestart.sendWaiting();
            });
            go.countDown();
            assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(3);
        } finally {
            pool.shutdown();
        }
        smtp.waitForIncomingEmail(5_000, 3);
        List<String> to = delivered();
        assertThat(to).as("each owed email exactly once").hasSize(3).doesNotHaveDuplicates();
        assertThat(owed).allSatisfy(id -> assertThat(row(id).emailedAt()).isNotNull());

        // Sent is sent: a later run, on either sender, sends nothing again.
        clock.moveTo(clock.instant().plus(Duration.ofHours(2)));
        mailer.sendWaiting();
        afterRestart.sendWaiting();
        assertThat(delivered()).hasSize(3);
    }

    @Test
    void anAddressThatCanNeverBeSentToIsGivenUpWithATraceAndNoPersonalData() throws Exception {
        UUID agency = jdbc.sql("select id from agency order by id limit 1").query(UUID.class).single();
        UUID person = UUID.randomUUID();
        String broken = "pat.broken <no-end";
        jdbc.sql("""
                insert into user_account (id, username, display_name, email, password_hash, agency_id)
                values (:id, :u, 'Pat Broken', :email, '{noop}x', :agency)""")
                .param("id", person).param("u", "broken-" + person.toString().substring(0, 8)).param("email", broken)
                .param("agency", agency).update();
        UUID id = owe(person);
        smtp.start();
        SimpleMeterRegistry counted = new SimpleMeterRegistry();
        Mailer sender = new Mailer(notifications, transport, tx, clock, counted, true, "http://localhost:8080",
                Duration.ofMinutes(1), Duration.ofHours(1), 2);

        sender.sendWaiting();
        assertThat(row(id).attempts()).isEqualTo(1);
        assertThat(row(id).failedAt()).isNull();

        clock.moveTo(clock.instant().plus(Duration.ofMinutes(2)));
        sender.sendWaiting();
        Row row = row(id);
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.failedAt()).as("given up").isNotNull();
        assertThat(row.emailedAt()).isNull();
        assertThat(row.lastError()).contains("address").doesNotContain("broken").doesNotContain("Pat");
        assertThat(counted.get("homeward.emails.given.up").counter().count()).isEqualTo(1.0);

        clock.moveTo(clock.instant().plus(Duration.ofDays(1)));
        sender.sendWaiting();
        assertThat(row(id).attempts()).as("never tried again").isEqualTo(2);
        assertThat(notifications.forRecipient(person, Keyset.ranked(null, null, NotificationController.PAGE_SIZE)).rows()).as("the notification itself remains in Homeward").hasSize(1);

        // Administrators see it, with the reason and without the address; nobody else does.
        String page = mvc.perform(get("/admin/emails").with(as(users, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Pat Broken", "Given up", "could not be made for its address").doesNotContain("no-end");
        mvc.perform(get("/admin/emails").with(as(users, "coordinator"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/emails/" + id + "/try-again").with(csrf()).with(as(users, "coordinator")))
                .andExpect(status().isForbidden());
        assertThat(row(id).failedAt()).isNotNull();
        mvc.perform(post("/admin/emails/" + id + "/try-again").with(csrf()).with(as(users, "admin")))
                .andExpect(redirectedUrl("/admin/emails?owedAgain"));
        assertThat(row(id)).as("owed again, from its first attempt")
                .satisfies(r -> assertThat(r.failedAt()).isNull(), r -> assertThat(r.attempts()).isZero());
    }

    @Test
    void delaysDoubleUpToTheLongest() {
        Mailer sender = freshSender(10);
        assertThat(Map.of(1, sender.delayAfter(1), 2, sender.delayAfter(2), 3, sender.delayAfter(3), 8, sender.delayAfter(8)))
                .containsEntry(1, Duration.ofMinutes(1)).containsEntry(2, Duration.ofMinutes(2))
                .containsEntry(3, Duration.ofMinutes(4)).containsEntry(8, Duration.ofHours(1));
        assertThat(meters.find("homeward.emails.owed").gauge()).as("owed emails are a metric").isNotNull();
    }
}

package org.homeward.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.HomewardApplication;
import org.homeward.oversight.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Homeward stops while emails are owed: one its mail server refused, two written by a change that
 * committed just before the instance died. A new instance on the same database sends each of them
 * exactly once, by itself, once a mail server answers.
 */
class OwedEmailRestartTest {

    final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
    final String subject = "Homeward: owed across a restart " + UUID.randomUUID().toString().substring(0, 8);
    EmbeddedPostgres postgres;
    final List<ConfigurableApplicationContext> running = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        running.forEach(ConfigurableApplicationContext::close);
        smtp.stop();
        if (postgres != null) {
            postgres.close();
        }
    }

    ConfigurableApplicationContext homeward(boolean scheduled) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HomewardApplication.class).profiles("test")
                .run("--server.port=0", "--homeward.database.url=" + postgres.getJdbcUrl("postgres", "homeward"),
                        "--homeward.database.username=postgres", "--homeward.database.password=",
                        "--homeward.demo-data=true", "--homeward.mail.outbox.scheduled=" + scheduled,
                        "--homeward.mail.outbox.first-run=PT1S", "--homeward.mail.outbox.interval=PT1S",
                        "--homeward.mail.retry.first-delay=PT1S");
        running.add(context);
        return context;
    }

    @Test
    void emailsOwedWhenAnInstanceStopsAreSentOnceByTheNextInstance() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database homeward");
        }

        ConfigurableApplicationContext first = homeward(false);
        TransactionTemplate tx = first.getBean(TransactionTemplate.class);
        // Sent after commit, to a mail server that is down: owed, one attempt counted.
        tx.executeWithoutResult(status -> first.getBean(Notifier.class)
                .tell(Set.of(EscalationTest.MANAGER), null, "Something needs you", "/notifications", subject));
        // Committed, and the instance dies before its after-commit send: owed, never tried.
        Notifications notifications = first.getBean(Notifications.class);
        Clock clock = first.getBean(Clock.class);
        notifications.add(EscalationTest.LEAD, "Something needs you", "/notifications", subject, null, clock.instant());
        notifications.add(EscalationTest.SOCIAL_WORKER, "Something needs you", "/notifications", subject, null,
                clock.instant());
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from notification where email_subject = :s and emailed_at is null")
                .param("s", subject).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select sum(email_attempts) from notification where email_subject = :s")
                .param("s", subject).query(Long.class).single()).isEqualTo(1);
        first.close();

        smtp.start();
        ConfigurableApplicationContext second = homeward(true);
        assertThat(smtp.waitForIncomingEmail(30_000, 3)).as("the owed emails went without anyone asking").isTrue();
        Thread.sleep(3_000); // three more scheduled runs: none sends again
        List<String> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (subject.equals(m.getSubject())) {
                to.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
            }
        }
        assertThat(to).hasSize(3).doesNotHaveDuplicates();
        assertThat(second.getBean(JdbcClient.class)
                .sql("select count(*) from notification where email_subject = :s and emailed_at is null")
                .param("s", subject).query(Long.class).single()).isZero();
    }
}

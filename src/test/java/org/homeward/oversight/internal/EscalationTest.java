package org.homeward.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.MovableClock;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The escalation matrix with the clock moved on: overdue tasks go to the team manager, then the
 * named senior manager; unacknowledged handovers escalate; two instances send each escalation once.
 */
@HomewardTest
class EscalationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    static final UUID MANAGER = UUID.fromString("c6f87718-6d76-b07e-881e-d162ae2eb154");
    static final UUID LEAD = UUID.fromString("ec66a787-95e7-61d1-7731-af10506bf2ef");
    static final UUID SOCIAL_WORKER = UUID.fromString("907a70c3-1012-f037-b64c-e4228c38fb29");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Escalations escalations;
    @Autowired MovableClock clock;

    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);

    @BeforeEach
    void escalateWhatOtherTestsLeftOverdue() throws Exception {
        clock.reset();
        escalations.run();
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A child returned five hours ago whose interview offer is not yet made; the offer's task. */
    UUID offerTask(String given, String family) throws Exception {
        UUID child = TestChildren.add(mvc, users, given, family);
        UUID episode = TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusHours(10), 5);
        UUID offer = jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", episode).query(UUID.class).single();
        return jdbc.sql("select id from task where kind = 'RHI_OFFER' and source_id = :o").param("o", offer.toString())
                .query(UUID.class).single();
    }

    Instant due(UUID task) {
        return jdbc.sql("select due_at from task where id = :t").param("t", task).query(Instant.class).single();
    }

    List<UUID> notified(UUID task, String step) {
        return jdbc.sql("""
                select n.recipient_id from notification n join escalation e on e.id = n.escalation_id
                 where e.task_id = :t and e.step like :s order by n.recipient_id""")
                .param("t", task).param("s", step).query(UUID.class).list();
    }

    static List<String> recipients(MimeMessage[] messages) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : messages) {
            to.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        return to;
    }

    static void noChildDetails(MimeMessage[] messages, String... words) {
        for (MimeMessage m : messages) {
            // What a person reads: the subject and the body (a random Message-ID may hold any digits).
            String text;
            try {
                text = m.getSubject() + "\n" + GreenMailUtil.getBody(m);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            for (String w : words) {
                assertThat(text).doesNotContain(w);
            }
            assertThat(text).doesNotContain("2011");
        }
    }

    @Test
    void anInterviewOfferNotMadeGoesToTheTeamManagerThenTheNamedSeniorManager() throws Exception {
        UUID task = offerTask("Esme", "Escalante");
        Instant due = due(task);
        assertThat(due).isEqualTo(now.minusHours(5).toInstant().plus(Duration.ofHours(72)));
        assertThat(jdbc.sql("select owner_team_id from task where id = :t").param("t", task).query(UUID.class).single())
                .as("no allocated worker: the responsible authority's team with a manager").isNotNull();

        clock.moveTo(due.plus(Duration.ofHours(3)));
        escalations.run();
        assertThat(notified(task, "overdue%")).isEmpty();

        Instant teamStep = due.plus(Duration.ofHours(4)).plusSeconds(60);
        clock.moveTo(teamStep);
        escalations.run();
        assertThat(notified(task, "overdue-team-manager")).containsExactly(MANAGER);
        assertThat(notified(task, "overdue-senior-manager")).isEmpty();
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] first = greenMail.getReceivedMessages();
        // Other tests' tasks may escalate at the moved time too: the notifications above are this task's.
        assertThat(recipients(first)).contains("manager@homeward.example");
        assertThat(first[0].getSubject()).startsWith("Homeward: ");
        assertThat(Arrays.stream(first).filter(m -> {
            try {
                return m.getSubject().equals("Homeward: a task is overdue")
                        && m.getRecipients(Message.RecipientType.TO)[0].toString().equals("manager@homeward.example");
            } catch (Exception e) {
                return false;
            }
        })).isNotEmpty();
        assertThat(GreenMailUtil.getBody(first[0])).contains("/notifications");
        noChildDetails(first, "Esme", "Escalante");

        escalations.run();
        assertThat(notified(task, "overdue-team-manager")).hasSize(1);

        clock.moveTo(Escalations.workingDaysAfter(due, 1).plusSeconds(60));
        greenMail.purgeEmailFromAllMailboxes();
        escalations.run();
        assertThat(notified(task, "overdue-senior-manager")).containsExactly(LEAD);
        MimeMessage[] second = greenMail.getReceivedMessages();
        assertThat(recipients(second)).contains("lead@homeward.example");
        noChildDetails(second, "Esme", "Escalante");

        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/notifications")
                .with(as(users, "lead"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Overdue: Offer a return home interview").contains("/tasks/" + task);
        String taskPage = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/tasks/" + task)
                .with(as(users, "lead"))).andReturn().getResponse().getContentAsString();
        assertThat(taskPage).contains("Overdue: team manager told").contains("Overdue: named senior manager told");
    }

    @Test
    void aHighRiskTaskGoesToTheNamedSeniorManagerAtOnce() throws Exception {
        UUID task = offerTask("Hana", "Highland");
        jdbc.sql("update task set high_risk = true where id = :t").param("t", task).update();
        escalations.run();
        assertThat(notified(task, "high-risk-senior-manager")).containsExactly(LEAD);
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().equals("Homeward: a high-risk task needs your oversight");
            } catch (Exception e) {
                return false;
            }
        })).isTrue();
    }

    @Test
    void aHandoverNotAcknowledgedEscalatesAndOnlyTheNewOwnerCanAcknowledgeIt() throws Exception {
        UUID task = offerTask("Hollie", "Handover");
        MvcResult handed = mvc.perform(post("/tasks/" + task + "/reassign").with(csrf()).with(as(users, "manager"))
                .param("toId", SOCIAL_WORKER.toString())).andReturn();
        assertThat(handed.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + task);
        assertThat(jdbc.sql("select owner_id from task where id = :t").param("t", task).query(UUID.class).single())
                .isEqualTo(SOCIAL_WORKER);

        MvcResult refused = mvc.perform(post("/tasks/" + task + "/acknowledge").with(csrf()).with(as(users, "manager")))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString())
                .contains("Only Sam Okafor, to whom the task was handed, can acknowledge it");
        assertThat(mvc.perform(post("/tasks/" + task + "/acknowledge").with(csrf()).with(as(users, "police")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        clock.moveTo(Instant.now().plus(Duration.ofMinutes(59)));
        escalations.run();
        assertThat(notified(task, "handover-%")).isEmpty();
        clock.moveTo(Instant.now().plus(Duration.ofMinutes(61)));
        escalations.run();
        assertThat(notified(task, "handover-%")).containsExactly(MANAGER);
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().equals("Homeward: a handover has not been acknowledged");
            } catch (Exception e) {
                return false;
            }
        })).isTrue();
        noChildDetails(greenMail.getReceivedMessages(), "Hollie", "Handover:");

        clock.reset();
        assertThat(mvc.perform(post("/tasks/" + task + "/acknowledge").with(csrf()).with(as(users, "socialworker")))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + task);
        assertThat(jdbc.sql("select handover_acknowledged_at is not null from task where id = :t").param("t", task)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void twoInstancesRunningAtOnceSendEachEscalationExactlyOnce() throws Exception {
        List<UUID> tasks = List.of(offerTask("Tess", "Twin"), offerTask("Theo", "Twin"), offerTask("Tara", "Twin"));
        Instant since = Instant.now().minusSeconds(1);
        clock.moveTo(due(tasks.get(0)).plus(Duration.ofHours(5)));
        Instant moved = clock.instant();
        List<UUID> before = jdbc.sql("select id from notification").query(UUID.class).list();
        greenMail.purgeEmailFromAllMailboxes();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return escalations.run();
            }));
        }
        start.countDown();
        int made = 0;
        for (Future<Integer> run : runs) {
            made += run.get();
        }
        pool.shutdown();
        escalations.run();

        for (UUID task : tasks) {
            assertThat(notified(task, "overdue-team-manager")).containsExactly(MANAGER);
            assertThat(jdbc.sql("select count(*) from escalation where task_id = :t").param("t", task)
                    .query(Long.class).single()).isEqualTo(1);
        }
        assertThat(made).isGreaterThanOrEqualTo(3);
        long sent = jdbc.sql("select count(*) from notification where emailed_at is not null and id <> all(:before)")
                .param("before", before.toArray(UUID[]::new)).query(Long.class).single();
        greenMail.waitForIncomingEmail(5000, (int) sent);
        assertThat(greenMail.getReceivedMessages()).hasSize((int) sent);
        assertThat(jdbc.sql("""
                select count(*) from (select escalation_id, recipient_id from notification where escalation_id is not null
                 group by escalation_id, recipient_id having count(*) > 1) d""").query(Long.class).single()).isZero();
        noChildDetails(greenMail.getReceivedMessages(), "Tess", "Theo", "Tara", "Twin");
        assertThat(since).isBefore(moved);
    }
}

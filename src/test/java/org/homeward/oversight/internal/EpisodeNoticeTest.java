package org.homeward.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A child reported missing, then graded high: the named professionals are told at once, in Homeward and by email. */
@HomewardTest
class EpisodeNoticeTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String SAM_OKAFOR = "907a70c3-1012-f037-b64c-e4228c38fb29";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Mailer mailer;

    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);

    List<String> notified(String text) {
        return jdbc.sql("""
                select u.username from notification n join user_account u on u.id = n.recipient_id
                 where n.text = :t order by u.username""").param("t", text).query(String.class).list();
    }

    List<String> mailedTo(String subject) throws Exception {
        List<String> to = new java.util.ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (subject.equals(m.getSubject())) {
                to.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
            }
        }
        return to.stream().sorted().toList();
    }

    String email(String username) {
        return jdbc.sql("select email from user_account where username = :u").param("u", username)
                .query(String.class).single();
    }

    @Test
    void theAllocatedWorkerTheirManagerAndThePoliceCoordinatorAreToldAndTheSeniorManagerWhenHigh() throws Exception {
        mailer.sendWaiting();
        greenMail.purgeEmailFromAllMailboxes();
        UUID child = TestChildren.add(mvc, users, "Nico", "Notice", SAM_OKAFOR);
        UUID episode = TestEpisodes.report(mvc, users, child, now.minusHours(1));

        assertThat(notified("Nico Notice has been reported missing")).containsExactly("coordinator", "manager", "socialworker");
        assertThat(greenMail.waitForIncomingEmail(5000, 3)).isTrue();
        assertThat(mailedTo(EpisodeNotices.MISSING_SUBJECT)).containsExactlyInAnyOrder(
                email("coordinator"), email("manager"), email("socialworker"));
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            assertThat(GreenMailUtil.getWholeMessage(m)).doesNotContain("Nico").doesNotContain("Notice");
        }

        greenMail.purgeEmailFromAllMailboxes();
        mvc.perform(post("/episodes/" + episode + "/grading").with(csrf()).with(as(users, "police"))
                .param("classification", "MISSING").param("riskLevel", "HIGH").param("rationale", "With an adult of concern").params(TestEpisodes.gradingSourceParams()));
        assertThat(notified("Police risk level for Nico Notice is now high"))
                .containsExactly("coordinator", "lead", "manager", "socialworker");
        assertThat(greenMail.waitForIncomingEmail(5000, 4)).isTrue();
        assertThat(mailedTo(EpisodeNotices.RISK_SUBJECT)).hasSize(4).contains(email("lead"));

        // The same level again is no change: nobody is told twice.
        mvc.perform(post("/episodes/" + episode + "/grading").with(csrf()).with(as(users, "police"))
                .param("classification", "MISSING").param("riskLevel", "HIGH").param("rationale", "Still high").params(TestEpisodes.gradingSourceParams()));
        assertThat(notified("Police risk level for Nico Notice is now high")).hasSize(4);
    }
}

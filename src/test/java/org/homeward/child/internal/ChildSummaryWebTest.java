package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The child's record opens with one summary at a glance, then one banner of what needs doing, then the details. */
@HomewardTest
class ChildSummaryWebTest {

    static final String JADEN = SafetyAlertsWebTest.JADEN;
    static final List<String> ROWS = List.of("Missing now", "Current risk", "Episodes in the last 12 months",
            "Risk management plan", "Trusted worker", "Next due");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    String record(UUID child) throws Exception {
        return mvc.perform(get("/children/" + child).with(as(users, "socialworker"))).andReturn().getResponse()
                .getContentAsString();
    }

    static String summary(String html) {
        int start = html.indexOf("data-testid=\"child-summary\"");
        assertThat(start).as("the summary").isNotNegative();
        return html.substring(start, html.indexOf("</dl>", start));
    }

    @Test
    void theSummaryComesFirstInAFixedOrderAndSaysWhatIsHappeningNow() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
        UUID child = TestChildren.add(mvc, users, "Glance", "Summary");
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(400), 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(60), 5);
        UUID open = TestEpisodes.report(mvc, users, child, now.minusHours(3));
        UUID worker = jdbc.sql("select id from user_account where username = 'socialworker'").query(UUID.class).single();
        jdbc.sql("""
                insert into intervention (id, child_id, description, responsible_id, started_on, recorded_by, recorded_at)
                values (:id, :c, 'Weekly mentoring', :w, current_date - 3, :w, now())""")
                .param("id", UUID.randomUUID()).param("c", child).param("w", worker).update();
        jdbc.sql("""
                insert into task (id, kind, subject, child_id, source_module, source_id, link, owner_id, due_at, created_at)
                values (:id, 'MEETING_ACTION', 'Hold the summary test meeting', :c, 'test', :id, '/children/' || :c || '/meetings',
                        :w, now() - interval '400 days', now())""")
                .param("id", UUID.randomUUID()).param("c", child).param("w", worker).update();

        String html = record(child);
        String summary = summary(html);
        int previous = -1;
        for (String label : ROWS) {
            int at = summary.indexOf(">" + label + "<");
            assertThat(at).as(label + " after the row before it").isGreaterThan(previous);
            previous = at;
        }
        assertThat(summary).contains("Yes, last seen").contains("/episodes/" + open)
                .contains("Not graded or screened")
                .containsPattern(">\\s*2\\s*<").contains("1 open intervention")
                .contains("Hold the summary test meeting, due").contains("govuk-tag--red\">Overdue");
        // One summary before the details; the page still has the identity lists, below it.
        assertThat(html.indexOf("child-summary")).isLessThan(html.indexOf(">Identity<"))
                .isGreaterThan(html.indexOf("<h1"));
        assertThat(html).doesNotContain("Working with the child");
    }

    @Test
    void aChildNeverMissingWithNothingOpenSaysSo() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Quiet", "Summary");
        // Placed in care, the child is assessed for the risk of going missing: nothing is left open.
        TestChildren.assessRiskOfGoingMissing(mvc, users, child);
        String summary = summary(record(child));
        assertThat(summary).contains("No open plan").contains("Nothing open").containsPattern(">\\s*No\\s*<")
                .contains("None named");
    }

    @Test
    void theSummaryShowsThePhotographAndThePoliceAndCouncilRisk() throws Exception {
        String html = record(UUID.fromString(JADEN));
        assertThat(summary(html)).contains("Police risk: ").contains("Council risk: ");
        assertThat(html).contains("data-testid=\"child-photo\"")
                .contains("src=\"/children/" + JADEN + "/philomena/photo\"");
        assertThat(html.indexOf("child-photo")).isLessThan(html.indexOf(">Identity<"));
    }

    @Test
    void everythingThatNeedsDoingIsOneListInOneBanner() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
        UUID child = TestChildren.add(mvc, users, "Banner", "Summary");
        // Three episodes in a few weeks, one long: a meeting is required, and so on.
        for (int week = 6; week >= 2; week -= 2) {
            TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusWeeks(week), 30);
        }
        mvc.perform(post("/children/" + child + "/strategy-discussions").with(csrf()).with(as(users, "socialworker"))
                .param("reason", "Seen getting into cars with older men"));
        String html = record(child);
        assertThat(count(html, "data-testid=\"child-alert\"")).isGreaterThanOrEqualTo(2);
        assertThat(html).contains("Strategy discussion due by");
        assertThat(count(html, "class=\"govuk-notification-banner\"")).isEqualTo(1);
        assertThat(count(html, "govuk-notification-banner__title")).isEqualTo(1);
        int banner = html.indexOf("data-testid=\"child-alerts\"");
        assertThat(banner).isLessThan(html.indexOf("<h1"));
        assertThat(html.indexOf("data-testid=\"child-alert\"", html.indexOf("</div>", html.lastIndexOf("govuk-notification-banner__content"))))
                .as("no alert outside the banner").isNegative();
    }

    static int count(String html, String what) {
        int n = 0;
        for (int at = html.indexOf(what); at >= 0; at = html.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }
}

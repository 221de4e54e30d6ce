package org.homeward.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.homeward.platform.web.Dates;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestOffers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class HomePageWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    String home(String username) throws Exception {
        return mvc.perform(get("/").with(as(users, username))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aChildJustOpenedIsFirstAmongRecentlyViewed() throws Exception {
        UUID child = jdbc.sql("select id from child where family_name = 'Hussain'").query(UUID.class).single();
        mvc.perform(get("/children/" + child).with(as(users, "coordinator")));
        assertThat(home("coordinator")).contains("Children you viewed recently").contains("Maryam Hussain");
    }

    @Test
    void aTaskIsDueOnTheSameDayOnTheHomePageAndInTheWorkQueue() throws Exception {
        java.time.Instant due = jdbc.sql("""
                select t.due_at from task t join user_account u on u.id = t.owner_id
                 where u.username = 'socialworker' and t.status = 'OPEN'
                 order by t.due_at limit 1""").query(java.time.Instant.class).single();
        String written = new Dates().due(due);
        String tasks = mvc.perform(get("/tasks").with(as(users, "socialworker"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(home("socialworker")).contains(written);
        assertThat(tasks).contains(written).doesNotContain("12:00am");
    }

    @Test
    void eachRoleSeesItsOwnTools() throws Exception {
        assertThat(home("admin")).contains("Manage users").doesNotContain("Find a child");
        assertThat(home("auditor")).contains("Search the audit trail");
        assertThat(home("analyst")).contains("pseudonymised").doesNotContain("Find a child");
        assertThat(home("socialworker")).contains("Find a child").contains("Add a child");
        assertThat(home("rhiworker")).contains("Find a child").doesNotContain("Add a child");
    }

    @Test
    void theRhiWorkersOwnOffersAreOnTheirHomePageTheNextDueBesideTheLatestOverdue() throws Exception {
        UUID backlog = TestOffers.child(jdbc, "Lingering", "Homepage");
        UUID fresh = TestOffers.child(jdbc, "Freshly", "Homeward");
        try {
            TestOffers.weeklySince2023(jdbc, backlog, 30);
            // Due in 10 minutes: sooner than any other test's offer, so always among the ten due next.
            UUID offer = TestOffers.offer(jdbc, fresh, "now() - interval '71 hours 50 minutes'");
            String html = home("rhiworker");
            String due = section(html, "tasks-due");
            String overdue = section(html, "tasks-overdue");
            assertThat(due).contains("Freshly Homeward").contains("/return-interviews/" + offer)
                    .containsPattern("Offer a return home interview \\((9|10) minutes left\\)");
            // Other offers may be more recently overdue than this backlog from 2023: the latest come first.
            assertThat(overdue).contains("Overdue").doesNotContain("Freshly Homeward")
                    .containsPattern("overdue by \\d+ (days?|hours?|minutes?)");
            assertThat(html).containsPattern("All \\d+ return home interviews for your agency \\(\\d+ overdue\\)");
            // Overdue first, then what is due next; both across the full width, above the two-thirds column.
            assertThat(html.indexOf("data-testid=\"tasks-overdue\"")).isLessThan(html.indexOf("data-testid=\"tasks-due\""));
            assertThat(html.indexOf("data-testid=\"tasks\"")).isLessThan(html.indexOf("govuk-grid-column-two-thirds"));
        } finally {
            TestOffers.remove(jdbc, backlog);
            TestOffers.remove(jdbc, fresh);
        }
    }

    /** The table with this test id. */
    static String section(String html, String testId) {
        int start = html.indexOf("data-testid=\"" + testId + "\"");
        assertThat(start).as(testId).isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }
}

package org.homeward.insight.impact;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestOffers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analyst asks whether what the partnership does works: every part of the page, its chart and its tables, and
 * the error summary for a period typed the wrong way round, each with no accessibility violation.
 */
@HomewardTest
class ImpactJourneyTest extends BrowserJourney {

    @Autowired JdbcClient jdbc;
    @Autowired EpisodeFacts facts;

    UUID child;

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from intervention where child_id = :c").param("c", child).update();
        TestOffers.remove(jdbc, child);
        facts.refreshAll();
    }

    @Test
    void theAnalystSeesWhetherItWorksWithoutMeetingAChild() {
        child = TestOffers.child(jdbc, "Journeying", "Impactchild");
        TestOffers.offer(jdbc, child, "now() - interval '150 days'");
        TestOffers.offer(jdbc, child, "now() - interval '100 days'");
        TestOffers.offer(jdbc, child, "now() - interval '20 days'");
        jdbc.sql("""
                insert into intervention (id, child_id, description, responsible_id, started_on, review_weeks, recorded_by,
                                          recorded_at, kind)
                select gen_random_uuid(), :c, 'Mentoring for Journeying', u.id, current_date - 120, 6, u.id, now(), 'MENTORING'
                  from user_account u where u.username = 'socialworker'""")
                .param("c", child).update();
        facts.refreshAll();

        signIn("analyst");
        page.navigate(url("/insight/impact"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Does it work?"))).isVisible();
        assertThat(page.getByTestId("survival")).isVisible();
        assertThat(page.locator("svg#chart-survival")).isVisible();
        assertThat(page.getByTestId("interviews-provider")).containsText("All returns");
        assertThat(page.getByTestId("intervention-groups")).containsText("Mentoring or youth work");
        assertThat(page.locator("main")).not().containsText("Journeying");
        accessible();

        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("First day")).getByLabel("Year").fill("2030");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the figures")).click();
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("The last day must be the same as or after the first day");
        accessible();
    }
}

package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestOffers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An RHI worker with years of overdue offers still finds the child who came back today: on their
 * home page, then first on the list, with the overdue ones counted, paged and in days and hours.
 */
@HomewardTest
class ReturnInterviewBacklogJourneyTest extends BrowserJourney {

    @Autowired JdbcClient jdbc;

    UUID backlog;
    UUID fresh;

    @AfterEach
    void removeThem() {
        TestOffers.remove(jdbc, backlog);
        TestOffers.remove(jdbc, fresh);
    }

    @Test
    void theChildBackTodayIsNotBuriedUnderTheBacklog() {
        backlog = TestOffers.child(jdbc, "Lingering", "Journey");
        fresh = TestOffers.child(jdbc, "Today", "Journey");
        TestOffers.weeklySince2023(jdbc, backlog, 60);
        TestOffers.offer(jdbc, fresh, "now() - interval '2 hours'");

        signIn("rhiworker");
        assertThat(page.getByTestId("tasks-due")).containsText("Today Journey");
        assertThat(page.getByTestId("tasks-due")).containsText("Offer a return home interview (2 days 21 hours left)");
        assertThat(page.getByTestId("tasks-overdue")).containsText("Overdue");
        assertThat(page.getByTestId("tasks-overdue")).not().containsText("Today Journey");
        accessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^All \\d+ return home interviews for your agency"))).click();
        Locator list = page.getByTestId("rhi-list");
        assertThat(list.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Today Journey")))
                .containsText("2 days 21 hours left");
        assertThat(list).not().containsText("Lingering Journey");
        assertThat(page.getByTestId("rhi-overdue-warning")).containsText("past their 72 hours");
        accessible();

        page.getByTestId("rhi-tabs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Overdue \\(\\d+\\)$"))).click();
        assertThat(page.getByTestId("rhi-list")).containsText(Pattern.compile("Overdue by \\d+ (days?|hours?|minutes?)"));
        assertThat(page.getByTestId("rhi-list")).not().containsText("Today Journey");
        accessible();
        page.getByTestId("pagination").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next page")).click();
        assertThat(page.getByTestId("pagination").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Previous page"))).isVisible();
        assertThat(page.getByTestId("rhi-list")).containsText("Overdue by");
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Due (latest first)")).click();
        assertThat(page.getByTestId("rhi-list")).containsText(Pattern.compile("Overdue by \\d+ days?( \\d+ hours?)?"));
        assertThat(page.getByTestId("rhi-list")).containsText("Lingering Journey");
        accessible();
    }
}

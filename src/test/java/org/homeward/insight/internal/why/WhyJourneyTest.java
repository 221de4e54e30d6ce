package org.homeward.insight.internal.why;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.homeward.access.Directory;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analyst looks at why children went missing in a council, reads what children said about problems at home,
 * drafts the board's report and issues it; a board member reads it. Every page is checked for accessibility.
 */
@HomewardTest
class WhyJourneyTest extends BrowserJourney {

    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired EpisodeFacts facts;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void period(String group, String day, String month, String year) {
        Locator date = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(group));
        date.getByLabel("Day").fill(day);
        date.getByLabel("Month").fill(month);
        date.getByLabel("Year").fill(year);
    }

    @Test
    void theAnalystReadsWhyChildrenWentMissingAndIssuesTheBoardsReport() {
        try (WhyData data = new WhyData(jdbc, directory); WhyData other = new WhyData(jdbc, directory)) {
            WhyWebTest.arrange(data, other);
            facts.refreshAll();

            signIn("analyst");
            page.navigate(url("/insight/why?" + WhyWebTest.PERIOD + "&authority=" + data.council));
            assertThat(page.locator("h1")).hasText("Why children go missing");
            accessible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Read what children said: " + WhyWebTest.HOME_LABEL)).click();
            assertThat(page.locator("h1")).hasText("What children said: " + WhyWebTest.HOME_LABEL);
            assertThat(page.locator("[data-testid=said]")).containsText("[name] said home was too loud");
            accessible();

            page.navigate(url("/insight/reports/why"));
            accessible();
            period("First day", "1", "1", "2015");
            period("Last day", "31", "12", "2015");
            page.getByLabel("Council").selectOption(data.council.toString());
            button("Start a draft").click();
            assertThat(page.locator(".govuk-caption-l")).hasText("Draft report");
            accessible();
            button("Issue the report").click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the summary before issuing the report");
            accessible();
            page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true)).fill("Home is the main reason.");
            page.getByLabel("What children tell us", new Page.GetByLabelOptions().setExact(true)).fill("Shouting at home.");
            page.getByLabel("What this means for the partnership", new Page.GetByLabelOptions().setExact(true))
                    .fill("Family support first.");
            page.getByLabel("Recommendations", new Page.GetByLabelOptions().setExact(true)).fill("Agree the offer.");
            button("Issue the report").click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("Report issued");
            accessible();
            signOut();

            signIn("board");
            page.navigate(url("/insight/reports/why"));
            accessible();
            page.locator("[data-testid=reports] a").first().click();
            assertThat(page.locator("[data-testid=download]")).isVisible();
            assertThat(page.locator("body")).containsText("Agree the offer.");
            accessible();
        }
    }
}

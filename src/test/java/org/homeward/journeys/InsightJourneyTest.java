package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The partnership analyst looks at the picture for a period, then produces the quarterly report and downloads it;
 * a named senior manager follows figures of the dashboard and the definitions page to the episodes behind them.
 * Every page is checked with axe-core.
 */
@HomewardTest
class InsightJourneyTest extends BrowserJourney {

    @Autowired EpisodeFacts facts;

    @Test
    void anAnalystReadsThePictureAndProducesTheQuarterlyReport() {
        facts.refreshAll();
        signIn("analyst");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Missing children: the partnership picture"))
                .click();
        assertThat(page.locator("h1")).hasText("Missing children: the partnership picture");
        accessible();
        page.locator("#fromDay").fill("1");
        page.locator("#fromMonth").fill("1");
        page.locator("#fromYear").fill("2000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the figures")).click();
        assertThat(page.getByTestId("period")).containsText("1 January 2000");
        assertThat(page.locator("svg[role=img]").first()).isVisible();
        accessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Reports to the partnership");
        accessible();
        page.getByLabel("Quarterly report to the missing sub-group").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Produce the report")).click();
        assertThat(page.locator("h1")).hasText("Quarterly report to the missing sub-group");
        assertThat(page.locator("caption").first()).hasText("The period's numbers");
        accessible();
        Download pdf = page.waitForDownload(() -> page.getByText("Download as PDF").click());
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).startsWith("quarterly-").endsWith(".pdf");
        signOut();

        signIn("lead");
        page.navigate(url("/insight?fromDay=1&fromMonth=1&fromYear=2000&toDay=31&toMonth=12&toYear=2030"));
        accessible();
        page.locator("[data-breakdown=chart-sex] a").first().click();
        assertThat(page.locator("h1")).containsText("Sex:");
        accessible();
        page.goBack();
        page.locator("[data-measure=missing] a").click();
        assertThat(page.locator("h1")).hasText("Missing episodes");
        assertThat(page.getByTestId("total")).containsText(" of ");
        accessible();
        page.navigate(url("/insight/definition?fromDay=1&fromMonth=1&fromYear=2000&toDay=31&toMonth=12&toYear=2030"));
        accessible();
        page.locator("[data-testid=definition] td[data-measure=children] a").first().click();
        assertThat(page.getByTestId("total")).containsText(" of ");
        accessible();
        page.navigate(url("/insight/why?fromDay=1&fromMonth=1&fromYear=2000&toDay=31&toMonth=12&toYear=2030"));
        accessible();
        page.navigate(url("/insight/places?fromDay=1&fromMonth=1&fromYear=2000&toDay=31&toMonth=12&toYear=2030"));
        accessible();
    }

    /**
     * The pages the other journeys do not reach: does it work, the children's words for one factor, a draft of the
     * "Why children go missing" report, the reports beside the compliance dashboard, and a network group followed to
     * its children's episodes.
     */
    @Test
    void everyOtherInsightPageIsAccessible() {
        facts.refreshAll();
        String always = "fromDay=1&fromMonth=1&fromYear=2000&toDay=31&toMonth=12&toYear=2030";
        signIn("analyst");
        page.navigate(url("/insight/impact?" + always));
        assertThat(page.locator("h1")).isVisible();
        accessible();
        page.navigate(url("/insight/why/words/rhi-push-factor.HOME_PROBLEMS?" + always));
        assertThat(page.locator("h1")).isVisible();
        accessible();
        page.navigate(url("/insight/reports/why"));
        accessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a draft")).click();
        assertThat(page.locator("h1")).hasText("Why children go missing");
        accessible();
        signOut();

        signIn("lead");
        page.navigate(url("/dashboard/carer-reporting"));
        assertThat(page.locator("h1")).isVisible();
        accessible();
        page.navigate(url("/dashboard/notification-times"));
        assertThat(page.locator("h1")).isVisible();
        accessible();
        page.navigate(url("/insight/places/network?" + always));
        accessible();
        page.locator("[data-testid=group] [data-cell=children] a").first().click();
        assertThat(page.locator("h1")).containsText("Children of group 1 of the network");
        assertThat(page.getByTestId("total")).containsText(" of ");
        accessible();
    }
}

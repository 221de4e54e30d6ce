package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.homeward.insight.internal.compliance.FigureSummaries;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The team manager finds an overdue task in the team's queue and hands it over; the new owner acknowledges it. */
@HomewardTest
class OversightJourneyTest extends BrowserJourney {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired FigureSummaries summaries;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A figure on the compliance dashboard, as the page shows it once the figures are counted again. */
    private long figure(String measure) {
        summaries.refreshRecent();
        page.navigate(url("/dashboard"));
        return Long.parseLong(page.locator("tr[data-measure='" + measure + "'] [data-testid=count]").innerText().strip());
    }

    @Test
    void aTeamManagerHandsOverAnOverdueTaskAndTheNewOwnerAcknowledgesIt() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
        UUID child = TestChildren.add(mvc, users, "Olive", "Oversight");
        // Back 80 hours ago: the 72-hour interview offer is overdue.
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusHours(90), 10);

        signIn("manager");
        long acknowledgedBefore = figure("Handovers acknowledged");
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tasks").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Tasks");
        accessible();
        page.getByLabel("Overdue").check();
        button("Apply filters").click();
        Locator row = page.getByTestId("task-queue").getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Olive Oversight"));
        assertThat(row).containsText("Offer a return home interview");
        assertThat(row).containsText("Overdue");
        accessible();

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Offer a return home interview")).click();
        assertThat(page.getByTestId("task")).containsText("Olive Oversight");
        accessible();
        button("Reassign").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select who the task goes to");
        accessible();
        page.getByLabel("Who should do it").selectOption(new SelectOption().setLabel("Sam Okafor (South Gloucestershire Council)"));
        button("Reassign").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Task handed over");
        assertThat(page.getByTestId("owner")).containsText("Sam Okafor");
        assertThat(page.getByTestId("owner")).containsText("not yet acknowledged");
        accessible();
        signOut();

        signIn("socialworker");
        Locator task = page.getByTestId("tasks").getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Olive Oversight"));
        assertThat(task).containsText("Overdue");
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications").setExact(true)).click();
        Locator note = page.getByTestId("notifications").getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Handed to you by Morgan Reid"));
        assertThat(note).hasCount(1);
        accessible();
        note.getByRole(AriaRole.LINK).click();
        button("Acknowledge the handover").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Handover acknowledged");
        assertThat(page.getByTestId("owner")).not().containsText("not yet acknowledged");
        assertThat(button("Acknowledge the handover")).hasCount(0);
        accessible();
        signOut();

        // The named senior manager's dashboard counts the handover acknowledged.
        signIn("lead");
        org.assertj.core.api.Assertions.assertThat(figure("Handovers acknowledged")).isEqualTo(acknowledgedBefore + 1);
        accessible();
    }
}

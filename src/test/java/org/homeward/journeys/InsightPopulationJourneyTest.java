package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;

/**
 * The administrator enters and imports a child population; the analyst reads how missing is applied and the
 * disproportionality rates against it. Every page scanned for accessibility.
 */
@HomewardTest
class InsightPopulationJourneyTest extends BrowserJourney {

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private FilePayload csv(String text) {
        return new FilePayload("population.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAdministratorEntersAPopulationAndAnAnalystReadsTheRatesAgainstIt() {
        signIn("admin");
        page.locator("nav[aria-label='Primary navigation']").getByText("Administration").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Child population")).click();
        accessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enter a population")).click();
        accessible();
        page.getByLabel("Year of the mid-year estimate").fill("");
        button("Save the population").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the year of the mid-year estimate");
        accessible();
        page.getByLabel("Year of the mid-year estimate").fill("2044");
        page.getByLabel("All children", new Page.GetByLabelOptions().setExact(true)).fill("50000");
        page.getByLabel("Female", new Page.GetByLabelOptions().setExact(true)).fill("24000");
        page.getByLabel("Male", new Page.GetByLabelOptions().setExact(true)).fill("26000");
        button("Save the population").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Population for 2044 saved");
        accessible();

        page.getByLabel("CSV file").setInputFiles(csv("year,council,characteristic,group,children\n2044,,sex,F,lots\n"));
        button("Import the file").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Row 2: enter the number of children");
        accessible();
        page.getByLabel("CSV file").setInputFiles(csv("year,council,characteristic,group,children\n"
                + "2044,,ethnicity,WHITE,36000\n2044,,ethnicity,BLACK,4000\n"));
        button("Import the file").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("2 added");
        accessible();
        signOut();

        signIn("analyst");
        page.navigate(url("/insight/definition"));
        assertThat(page.locator("h1")).hasText("How missing is applied");
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Disproportionality")).click();
        accessible();
        page.navigate(url("/insight/disproportionality?fromDay=1&fromMonth=1&fromYear=2044&toDay=31&toMonth=12&toYear=2044"));
        assertThat(page.getByTestId("base")).containsText("mid-year 2044 child population of the whole partnership");
        accessible();
        signOut();

        // Entered in error: the administrator deletes it, after confirming.
        signIn("admin");
        page.navigate(url("/insight/population"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2044").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete this population")).click();
        assertThat(page.locator("h1")).hasText("Delete the child population for 2044, the whole partnership?");
        accessible();
        button("Delete the population").click();
        assertThat(page.locator(".govuk-notification-banner--success"))
                .containsText("The child population for 2044, the whole partnership was deleted");
        accessible();
    }
}

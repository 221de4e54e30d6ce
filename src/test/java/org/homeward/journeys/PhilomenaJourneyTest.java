package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HomewardTest
class PhilomenaJourneyTest extends BrowserJourney {

    @Autowired Clock clock;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void date(String prefix, LocalDate date) {
        page.locator("#" + prefix + "Day").fill(String.valueOf(date.getDayOfMonth()));
        page.locator("#" + prefix + "Month").fill(String.valueOf(date.getMonthValue()));
        page.locator("#" + prefix + "Year").fill(String.valueOf(date.getYear()));
    }

    @Test
    void aCareWorkerCompletesTheGrabPackAndDownloadsThePolicePack() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        Path photo = Files.createTempFile("maryam", ".png");
        Files.write(photo, TestChildren.png());

        signIn("carer");
        page.locator("nav[aria-label='Primary navigation']").getByText("Children").click();
        page.getByLabel("Name, date of birth or identifier").fill("Maryam Hussain");
        button("Search").click();
        link("Maryam Hussain").click();
        assertThat(page.locator("h1")).hasText("Maryam Hussain");
        accessible();

        page.locator("nav[aria-label='Child’s pages']").getByText("Philomena profile").click();
        assertThat(page.locator("main")).containsText("No Philomena profile has been completed");
        accessible();
        button("Complete the profile").click();
        assertThat(page.locator("h1")).hasText("Complete the Philomena profile");
        accessible();

        // A photograph without the date it was taken is refused, and the form says to choose it again.
        page.getByLabel("Upload a recent photograph").setInputFiles(photo);
        page.locator("#reviewDueDay").fill("");
        button("Save profile").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date the photograph was taken");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date the profile should next be reviewed");
        accessible();

        page.getByLabel("Height (optional)").fill("5 feet 1 inch");
        page.getByLabel("Hair (optional)").fill("Black, long, usually in a plait");
        page.getByLabel("Distinguishing features (optional)").fill("Small scar on her chin");
        page.getByLabel("Upload a recent photograph").setInputFiles(photo);
        date("photoTaken", today.minusWeeks(2));
        page.getByLabel("Phones (optional)").fill("07700 900 999, white iPhone");
        page.getByLabel("Medication (optional)").fill("Sertraline 50 mg in the morning");
        page.getByLabel("Transport (optional)").fill("Number 48 bus to Emersons Green");
        date("reviewDue", today.plusMonths(3));
        button("Save profile").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Philomena profile saved");
        assertThat(page.locator("img.homeward-photo")).isVisible();
        assertThat(page.locator("main")).containsText("Sertraline 50 mg");
        assertThat(page.getByTestId("warning")).hasCount(0);
        accessible();

        page.locator("nav[aria-label='Child’s pages']").getByText("Associates").click();
        accessible();
        button("Add a new associate").click();
        accessible();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Tariq Westbrook");
        page.getByLabel("How does the child know them?").fill("Older boyfriend");
        page.getByLabel("Vehicle (optional)").fill("Black Audi A3");
        page.getByLabel("Yes, a person of concern").check();
        page.getByLabel("Why is this person a concern? (if yes)").fill("Aged 22; collects her from school in his car");
        button("Save and link").click();
        assertThat(page.getByTestId("associates")).containsText("Tariq Westbrook");
        assertThat(page.getByTestId("associates")).containsText("Person of concern");
        accessible();
        link("Tariq Westbrook").click();
        assertThat(page.getByTestId("network")).containsText("Maryam Hussain");
        accessible();
        page.goBack();

        page.locator("nav[aria-label='Child’s pages']").getByText("Locations").click();
        accessible();
        button("Add a location").click();
        accessible();
        page.getByLabel("Description of the place").fill("Emersons Green retail park");
        page.getByLabel("Postcode (optional)").fill("bs16 7aa");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("No").setExact(true)).check();
        button("Save and link").click();
        assertThat(page.getByTestId("locations")).containsText("Emersons Green retail park");
        assertThat(page.getByTestId("locations")).containsText("BS16 7AA");
        accessible();
        link("Emersons Green retail park").click();
        assertThat(page.getByTestId("use-count")).hasText("1");
        accessible();
        page.goBack();

        page.locator("nav[aria-label='Child’s pages']").getByText("Philomena profile").click();
        Download download = page.waitForDownload(() -> link("Police information pack (PDF)").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).matches("police-pack-[0-9a-f]{8}\\.pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
    }
}

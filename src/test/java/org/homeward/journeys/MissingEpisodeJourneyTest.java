package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;

@HomewardTest
class MissingEpisodeJourneyTest extends BrowserJourney {

    @org.springframework.beans.factory.annotation.Autowired org.springframework.test.web.servlet.MockMvc mvc;
    @org.springframework.beans.factory.annotation.Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Fills the day, month, year and time boxes of the date-time group whose legend is given. */
    private void when(String legend, ZonedDateTime at) {
        Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
        group.getByLabel("Day").fill(String.valueOf(at.getDayOfMonth()));
        group.getByLabel("Month").fill(String.valueOf(at.getMonthValue()));
        group.getByLabel("Year").fill(String.valueOf(at.getYear()));
        group.getByLabel("Time").fill(String.format("%02d:%02d", at.getHour(), at.getMinute()));
    }

    @Test
    void aChildIsReportedGradedFoundCheckedAndTheEpisodeClosesWithEveryStepInTheChronology() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);

        // A child placed at Oakfield House, whose carers report her missing.
        TestChildren.add(mvc, users, "Kasia", "Nowakowska");
        signIn("carer");
        page.navigate(url("/children"));
        page.getByLabel("Name, date of birth or identifier").fill("Kasia Nowakowska");
        button("Search").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kasia Nowakowska")).click();
        button("Report missing").click();
        assertThat(page.locator("h1")).hasText("Report missing");
        accessible();
        page.getByLabel("Care placement").check();
        when("When was the child last seen?", now.minusHours(3));
        page.getByLabel("Where were they last seen?").fill("Oakfield House, front door");
        page.getByLabel("What were they wearing? (optional)").fill("Grey tracksuit, white trainers");
        page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
        when("When was it reported to the police? (if reported)", now.minusHours(2));
        button("Report missing").click();
        assertThat(page.getByTestId("episode-status")).containsText("Missing");
        accessible();
        String episodeUrl = page.url();
        assertThat(page.getByTestId("police-pack")).containsText("Issued when reported");
        com.microsoft.playwright.Download pack = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF of the pack as issued")).click());
        byte[] pdf = java.nio.file.Files.readAllBytes(pack.path());
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Kasia Nowakowska")
                    .contains("Part 2: this episode").contains("Grey tracksuit, white trainers");
        }
        signOut();

        signIn("police");
        page.navigate(episodeUrl);
        button("Grade risk").click();
        accessible();
        page.getByLabel("Medium").check();
        page.getByLabel("Why this risk level?").fill("First episode; no known risks");
        rankAndSource();
        button("Save risk level").click();
        assertThat(page.getByTestId("episode-status")).containsText("Medium risk");
        button("Grade risk").click();
        page.getByLabel("High").check();
        page.getByLabel("Why this risk level?").fill("Seen getting into a car with an older male");
        rankAndSource();
        button("Save risk level").click();
        assertThat(page.getByTestId("episode-status")).containsText("High risk");
        assertThat(page.getByTestId("gradings")).containsText("Seen getting into a car with an older male");
        accessible();

        button("Record found or returned").click();
        accessible();
        when("When was the child found or did they return?", now.minusMinutes(30));
        page.getByLabel("Where were they found or did they return to?").fill("Cabot Circus, Bristol");
        page.getByLabel("Found by police").check();
        button("Save return").click();
        assertThat(page.getByTestId("episode-status")).containsText("Returned");
        accessible();

        button("Record safe and well check").click();
        accessible();
        when("When was the check held?", now.minusMinutes(10));
        page.getByLabel("Face to face").check();
        page.getByLabel("What did the child disclose? (optional)").fill("Was given cannabis by the driver");
        button("Save check").click();
        assertThat(page.getByTestId("safe-and-well-check")).containsText("Was given cannabis by the driver");
        signOut();

        signIn("socialworker");
        page.navigate(episodeUrl);
        assertThat(page.getByTestId("safe-and-well-check")).containsText("Was given cannabis by the driver");
        accessible();
        String interviewPath = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Return home interview record"))
                .getAttribute("href");
        button("Close episode").click();
        accessible();
        page.getByLabel("Why can the episode close?").fill("Home and safe; safe and well check done; RHI offered");
        button("Close episode").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("a team or senior manager signs it off");
        assertThat(page.locator(".govuk-notification-banner")).containsText("the return home interview has an outcome");
        assertThat(page.getByTestId("close-request")).containsText("Home and safe; safe and well check done; RHI offered");
        assertThat(page.getByTestId("episode-status")).containsText("Returned");
        accessible();
        signOut();

        signIn("manager");
        page.navigate(url("/sign-offs"));
        accessible();
        page.getByTestId("awaited").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Episode ready to close")).filter(new Locator.FilterOptions().setHasText("Kasia Nowakowska"))
                .first().getByRole(AriaRole.LINK).click();
        accessible();
        page.getByLabel("Your oversight comment").fill("Return checked with the safe and well check; RHI offered");
        button("Sign off").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Signed off");
        signOut();

        // Signed off, but the episode waits for the return interview's outcome (EP-01).
        signIn("rhiworker");
        page.navigate(url(interviewPath));
        accessible();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Declined")).check();
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill("Did not want to talk; carer will share what she knows");
        button("Save outcome").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Outcome recorded");
        signOut();

        signIn("socialworker");
        page.navigate(episodeUrl);
        assertThat(page.getByTestId("episode-status")).containsText("Closed");
        assertThat(page.getByTestId("episode-state")).containsText("Closed");
        assertThat(page.getByTestId("escalation")).hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kasia Nowakowska")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chronology")).click();
        accessible();
        String chronology = page.getByTestId("chronology").innerText();
        // In the order things happened: the gradings were made after the return time typed in this journey.
        String[] steps = {"Reported missing from care", "Found by police", "Safe and well check held face to face",
                "Risk graded medium", "Risk graded high", "Episode closed"};
        int previous = -1;
        for (String step : steps) {
            int at = chronology.indexOf(step);
            assertThat(at).as(step + " in " + chronology).isGreaterThan(previous);
            previous = at;
        }

        page.navigate(url("/episodes"));
        accessible();
        page.navigate(url("/episodes/coordinator"));
        accessible();
    }

    /** Every police grading names the assessor's rank and where its information came from. */
    private void rankAndSource() {
        page.getByLabel("Your rank or role").fill("Sergeant");
        page.locator("[id='sources[0].supplier']").fill("Cara Jones, carer");
        page.locator("[id='sources[0].contact']").fill("0117 496 0000");
        page.locator("[id='sources[0].information']").fill("Left after an argument");
        page.locator("[id='sources[0].obtainedDay']").fill("1");
        page.locator("[id='sources[0].obtainedMonth']").fill("1");
        page.locator("[id='sources[0].obtainedYear']").fill("2025");
        page.locator("[id='sources[0].obtainedTime']").fill("09:00");
    }
}

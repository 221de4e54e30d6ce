package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
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

/** A long episode raises "meeting required"; the team manager records the meeting and the minutes. */
@HomewardTest
class MeetingJourneyTest extends BrowserJourney {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator group(String legend) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
    }

    @Test
    void aLongEpisodeRaisesAMeetingThatTheManagerRecords() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
        UUID child = TestChildren.add(mvc, users, "Maya", "Meetings");
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(4), 30);

        signIn("manager");
        page.navigate(url("/meetings"));
        Locator row = page.getByTestId("meetings-required").getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Maya Meetings"));
        assertThat(row).containsText("An episode of 24 hours or more");
        accessible();
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Maya Meetings")).click();
        assertThat(page.getByTestId("criteria")).containsText("An episode of 24 hours or more");
        accessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a meeting")).click();
        assertThat(page.getByTestId("prepared")).containsText("1 episode in all");
        accessible();

        button("Save the meeting").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date and time of the meeting");
        accessible();

        ZonedDateTime held = now.minusHours(2);
        Locator when = group("When was it held?");
        when.getByLabel("Day").fill(String.valueOf(held.getDayOfMonth()));
        when.getByLabel("Month").fill(String.valueOf(held.getMonthValue()));
        when.getByLabel("Year").fill(String.valueOf(held.getYear()));
        when.getByLabel("Time").fill(String.format("%02d:%02d", held.getHour(), held.getMinute()));
        page.getByLabel("Who attended").fill("Morgan Reid, team manager\nPC Parry, missing-person coordinator");
        page.getByLabel("What the child wants the meeting to know").fill("I stayed at my friend's because I was scared to come home.");
        page.getByLabel("Risk analysis").fill("Stays with a friend when afraid at home; no exploitation indicators.");
        page.getByLabel("Decisions").fill("Strategy discussion not needed; family work offered.");
        group("Is a police trigger plan needed?").getByLabel("No").check();
        LocalDate review = now.toLocalDate().plusWeeks(6);
        Locator reviewDate = group("Review date");
        reviewDate.getByLabel("Day").fill(String.valueOf(review.getDayOfMonth()));
        reviewDate.getByLabel("Month").fill(String.valueOf(review.getMonthValue()));
        reviewDate.getByLabel("Year").fill(String.valueOf(review.getYear()));
        button("Save the meeting").click();

        assertThat(page.locator("h1")).hasText("Missing management meeting");
        assertThat(page.getByTestId("child-view")).containsText("scared to come home");
        accessible();
        page.navigate(url("/children/" + child));
        assertThat(page.getByTestId("child-alert")).hasCount(0);
        signOut();
    }
}

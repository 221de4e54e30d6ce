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

    private void date(String legend, LocalDate day) {
        Locator g = group(legend);
        g.getByLabel("Day").fill(String.valueOf(day.getDayOfMonth()));
        g.getByLabel("Month").fill(String.valueOf(day.getMonthValue()));
        g.getByLabel("Year").fill(String.valueOf(day.getYear()));
    }

    @Test
    void aThirdEpisodeRaisesAMeetingThatDecidesATriggerPlanAndAnInterventionIsReviewed() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
        UUID child = TestChildren.add(mvc, users, "Maya", "Meetings");
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(120), 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(60), 6);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(20), 4);

        signIn("coordinator");
        page.navigate(url("/meetings"));
        Locator row = page.getByTestId("meetings-required").getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Maya Meetings"));
        assertThat(row).containsText("3 or more episodes in 6 months");
        accessible();
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Maya Meetings")).click();
        assertThat(page.getByTestId("criteria")).containsText("3 episodes from");
        accessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a meeting")).click();
        assertThat(page.getByTestId("prepared")).containsText("3 episodes in all");
        accessible();

        button("Save the meeting").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date and time of the meeting");
        accessible();

        ZonedDateTime held = now.minusDays(2).withHour(10).withMinute(0);
        Locator when = group("When was it held?");
        when.getByLabel("Day").fill(String.valueOf(held.getDayOfMonth()));
        when.getByLabel("Month").fill(String.valueOf(held.getMonthValue()));
        when.getByLabel("Year").fill(String.valueOf(held.getYear()));
        when.getByLabel("Time").fill("10:00");
        page.getByLabel("Who attended").fill("DS Colin Carter, missing-person coordinator\nSam Okafor, social worker");
        page.getByLabel("What the child wants the meeting to know").fill("I stay at my friend's because I am scared to come home.");
        page.getByLabel("Risk analysis").fill("Stays with a friend when afraid at home; no exploitation indicators.");
        page.getByLabel("Decisions").fill("Trigger plan; mentoring offered.");
        group("Is a police trigger plan needed?").getByLabel("Yes").check();
        date("Review date", now.toLocalDate().plusWeeks(2));
        page.getByLabel("Distribution list").fill("Sam Okafor, social worker\nAvon and Somerset Police missing person unit");
        button("Save the meeting").click();
        assertThat(page.locator("h1")).hasText("Missing management meeting");
        assertThat(page.getByTestId("child-view")).containsText("scared to come home");
        accessible();

        page.navigate(url("/children/" + child + "/trigger-plan"));
        assertThat(page.getByTestId("plan-due")).containsText("A trigger plan is needed");
        accessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write the trigger plan")).click();
        accessible();
        LocalDate written = held.toLocalDate().plusDays(1);
        date("Takes effect from", written);
        date("Review by", written.plusMonths(3));
        page.getByLabel("Aim").fill("Find her quickly and safely");
        page.getByLabel("What to do when she or he is reported missing").fill("Check her friend's flat at 3 Elm Road first");
        date("Date shared with the police (optional)", written);
        page.getByLabel("Who in the police received it").fill("PC Parry");
        button("Save the trigger plan").click();
        assertThat(page.getByTestId("plan-in-force")).containsText("PC Parry");
        assertThat(page.getByTestId("plan-due")).hasCount(0);
        accessible();

        page.navigate(url("/children/" + child + "/plan"));
        accessible();
        page.getByLabel("Intervention", new Page.GetByLabelOptions().setExact(true)).fill("Weekly mentoring");
        page.getByLabel("Who is responsible").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sam Okafor (South Gloucestershire Council)"));
        date("Started", now.toLocalDate().minusDays(43));
        page.getByLabel("The child’s views, in their words").fill("I want someone to talk to who is not from school.");
        button("Add to the plan").click();
        Locator intervention = page.getByTestId("interventions").getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Weekly mentoring"));
        assertThat(intervention).containsText("Overdue");
        accessible();
        intervention.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Weekly mentoring")).click();
        assertThat(page.getByTestId("before")).containsText("1 episode, 6.0 hours");
        assertThat(page.getByTestId("since")).containsText("1 episode, 4.0 hours");
        group("Has it helped?").getByLabel("Partly").check();
        page.getByLabel("What shows it").fill("One episode since, shorter; she says mentoring helps");
        page.getByLabel("If their views were not obtained, why not").fill("She did not want to add anything today");
        button("Save the review").click();
        assertThat(page.getByTestId("reviews")).containsText("1 episode, 6.0 hours before; 1 episode, 4.0 hours since");
        accessible();

        page.navigate(url("/children/" + child + "/protection"));
        accessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a referral")).click();
        button("Save the referral").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the level of help");
        accessible();
        page.navigate(url("/children/" + child + "/protective-measures/new"));
        button("Save").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what was done");
        accessible();
        signOut();
    }
}

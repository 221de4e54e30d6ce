package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class ReturnInterviewJourneyTest extends BrowserJourney {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    /** The demo social worker, who holds Amara's case and her plan. */
    static final String SAM_OKAFOR = "907a70c3-1012-f037-b64c-e4228c38fb29";

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void tick(String label) {
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(label).setExact(true)).check();
    }

    private Locator group(String legend) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
    }

    private void when(String legend, ZonedDateTime at) {
        Locator group = group(legend);
        group.getByLabel("Day").fill(String.valueOf(at.getDayOfMonth()));
        group.getByLabel("Month").fill(String.valueOf(at.getMonthValue()));
        group.getByLabel("Year").fill(String.valueOf(at.getYear()));
        group.getByLabel("Time").fill(String.format("%02d:%02d", at.getHour(), at.getMinute()));
    }

    @Test
    void theChildReturnsAndTheRhiWorkerHoldsTheInterviewWithin72Hours() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
        UUID child = TestChildren.add(mvc, users, "Amara", "Okafor", SAM_OKAFOR);
        ZonedDateTime seen = now.minusHours(4);
        String episodeUrl = mvc.perform(post("/children/" + child + "/episodes").with(csrf()).with(as(users, "carer"))
                        .param("category", "MISSING_FROM_CARE").param("missingFrom", "PLACEMENT")
                        .param("lastSeenDay", String.valueOf(seen.getDayOfMonth()))
                        .param("lastSeenMonth", String.valueOf(seen.getMonthValue()))
                        .param("lastSeenYear", String.valueOf(seen.getYear()))
                        .param("lastSeenTime", String.format("%02d:%02d", seen.getHour(), seen.getMinute()))
                        .param("lastSeenPlace", "Oakfield House").param("reported", "no"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(episodeUrl).startsWith("/episodes/");

        signIn("police");
        page.navigate(url(episodeUrl));
        button("Record found or returned").click();
        when("When was the child found or did they return?", now.minusMinutes(30));
        page.getByLabel("Where were they found or did they return to?").fill("Temple Meads station");
        page.getByLabel("Found by police").check();
        button("Save return").click();
        assertThat(page.getByTestId("return-interview")).containsText("Due");
        accessible();
        signOut();

        signIn("rhiworker");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Return interviews")).click();
        accessible();
        Locator row = page.getByTestId("rhi-list").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Amara Okafor"));
        assertThat(row).containsText("2 days 23 hours left");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Amara Okafor")).click();
        assertThat(page.locator("h1")).hasText("Return home interview");
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Information for the child (printable)")).click();
        assertThat(page.getByTestId("helplines")).containsText("116 000");
        accessible();
        page.goBack();

        when("When", now.minusMinutes(20));
        page.getByLabel("Phone", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("What happened").fill("No answer; left a message");
        button("Save attempt").click();
        assertThat(page.getByTestId("attempts")).containsText("No answer; left a message");
        assertThat(page.getByTestId("offered-within")).hasText("Yes");
        accessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the interview")).click();
        accessible();
        when("When was it held?", now.minusMinutes(5));
        group("Did the child choose to talk to a worker they already know?").getByLabel("No").check();
        tick("Problems at home (arguments to abuse or neglect)");
        page.getByLabel("More about: Problems at home (arguments to abuse or neglect)").fill("Rows with her stepdad");
        tick("Bullying");
        tick("To be near friends or family");
        page.getByLabel("Did the child come to harm while missing?").fill("No harm disclosed");
        group("Are there signs of exploitation?").getByLabel("No").check();
        page.getByLabel("How to stay safe if they run away again").check();
        page.getByLabel("Helplines, including 116 000 (Missing People, free, call or text, 24 hours)").check();
        page.getByLabel("What the child said").fill("I just wanted to see my nan in Bristol.");
        group("Does the child consent to what they said being shared?").getByLabel("Yes").check();
        page.getByLabel("If yes, with whom").fill("Social worker");
        group("Decision on support").getByLabel("Further support from the return interview service").check();
        Locator action = group("Follow-up action 1");
        action.getByLabel("What will be done").fill("Talk to school about the bullying");
        action.getByLabel("Who owns it").selectOption(SAM_OKAFOR);
        ZonedDateTime due = now.plusDays(7);
        action.getByLabel("Day").fill(String.valueOf(due.getDayOfMonth()));
        action.getByLabel("Month").fill(String.valueOf(due.getMonthValue()));
        action.getByLabel("Year").fill(String.valueOf(due.getYear()));
        button("Save the interview").click();
        assertThat(page.getByTestId("rhi-status")).containsText("Held within 72 hours");
        assertThat(page.getByTestId("child-words")).hasText("I just wanted to see my nan in Bristol.");
        assertThat(page.getByTestId("interview")).containsText("Push: Bullying");
        assertThat(page.getByTestId("interview")).containsText("Pull: To be near friends or family");
        assertThat(page.getByTestId("interview")).containsText("Push: Problems at home");
        assertThat(page.getByTestId("actions")).containsText("Talk to school about the bullying");
        accessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The episode")).click();
        assertThat(page.getByTestId("return-interview")).containsText("Held within 72 hours");
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amara Okafor")).click();
        assertThat(page.getByTestId("contacts")).containsText("Out of hours");
        assertThat(page.getByTestId("episodes")).containsText("Not graded");
        accessible();
        signOut();

        signIn("socialworker");
        // The work queue by kind, latest due first: the home page shows only the next ten due.
        page.navigate(url("/tasks?scope=mine&kind=RHI_ACTION&order=desc"));
        Locator task = page.getByTestId("task-queue").getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Amara Okafor"));
        assertThat(task.filter(new Locator.FilterOptions().setHasText("Return interview follow-up")))
                .containsText("Talk to school about the bullying");
        accessible();
        page.navigate(url("/tasks?scope=mine&kind=RHI_PLAN&order=desc"));
        assertThat(page.getByTestId("task-queue").getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Amara Okafor"))
                .filter(new Locator.FilterOptions().setHasText("Reflect return home interview findings in the plan")))
                .hasCount(1);
        accessible();
        page.navigate(url("/children/" + child));
        assertThat(page.getByTestId("child-alert")).containsText("Latest return home interview not reflected in plan");
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See what needs doing")).click();
        assertThat(page.locator("h1")).hasText("Reflect the interview's findings in the plan");
        accessible();
        button("Record as reflected in the plan").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter how the plan now reflects");
        accessible();
        page.getByLabel("How does the child’s plan now reflect these findings?")
                .fill("Anti-bullying support with school added to the plan; weekly visits to her nan arranged");
        button("Record as reflected in the plan").click();
        assertThat(page.getByTestId("plan-status")).containsText("Reflected in plan");
        page.navigate(url("/children/" + child));
        assertThat(page.getByTestId("child-alert")).hasCount(0);
        signOut();

        signIn("analyst");
        page.navigate(url("/return-interviews/measures"));
        assertThat(page.getByTestId("measures")).containsText("Held within 72 hours");
        accessible();
    }
}

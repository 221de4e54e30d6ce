package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The team manager records a case supervision with Sam; Sam names the child's trusted worker, then changes them. */
@HomewardTest
class SupervisionJourneyTest extends BrowserJourney {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void date(Locator group, LocalDate day) {
        group.getByLabel("Day").fill(String.valueOf(day.getDayOfMonth()));
        group.getByLabel("Month").fill(String.valueOf(day.getMonthValue()));
        group.getByLabel("Year").fill(String.valueOf(day.getYear()));
    }

    private Locator group(String legend) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
    }

    @Test
    void aCaseSupervisionIsRecordedAndTheTrustedWorkerChanged() throws Exception {
        LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
        String family = "Journey" + UUID.randomUUID().toString().substring(0, 6);
        UUID child = TestChildren.add(mvc, users, "Nia", family, "907a70c3-1012-f037-b64c-e4228c38fb29");

        signIn("manager");
        page.navigate(url("/supervision"));
        accessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a supervision")).click();
        accessible();
        page.getByLabel("Who did you supervise?").selectOption(new SelectOption().setLabel("Sam Okafor"));
        button("Continue").click();
        accessible();
        button("Save the supervision").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whether this was case or reflective supervision");
        accessible();

        page.getByLabel("Case supervision").check();
        date(group("Date of the supervision"), today.minusDays(1));
        page.getByLabel("Nia " + family).check();
        page.getByLabel("Discussion").fill("Nia goes missing after contact; she trusts her youth worker.");
        Locator action = group("Follow-up action 1");
        action.getByLabel("What will be done").fill("Invite the youth worker to the next meeting");
        action.getByLabel("Who owns it").selectOption(new SelectOption().setLabel("Sam Okafor"));
        date(action.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Due by")), today.plusDays(7));
        date(group("Date of the next supervision (optional)"), today.plusDays(27));
        button("Save the supervision").click();
        assertThat(page.locator("h1")).hasText("Case supervision");
        assertThat(page.getByTestId("actions")).containsText("Invite the youth worker to the next meeting");
        accessible();
        signOut();

        signIn("socialworker");
        page.navigate(url("/children/" + child));
        assertThat(page.getByTestId("child-summary")).containsText("None named");
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trusted worker and changes")).click();
        accessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Name the trusted worker")).click();
        accessible();
        page.getByLabel("Name (if they do not use Homeward)").fill("Jo Ellis");
        page.getByLabel("Agency (if they do not use Homeward)").fill("Youth Service");
        page.getByLabel("Their role").fill("Youth worker");
        date(group("Date the child chose them"), today.minusMonths(3));
        page.getByLabel("The child’s view").fill("Jo listens and does not judge me");
        button("Save the trusted worker").click();
        assertThat(page.getByTestId("current-trusted-worker")).containsText("Jo Ellis, Youth worker, Youth Service");
        accessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the trusted worker")).click();
        page.getByLabel("Someone who uses Homeward").selectOption(new SelectOption().setLabel("Rhian Hughes (Safe Return Project)"));
        page.getByLabel("Their role").fill("Return home interview worker");
        date(group("Date the child chose them"), today);
        page.getByLabel("The child’s view").fill("I want Rhian, she came after every time I went missing");
        button("Save the trusted worker").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the trusted worker is changing");
        accessible();
        page.getByLabel("Why the trusted worker is changing").fill("Jo has left the Youth Service");
        button("Save the trusted worker").click();
        assertThat(page.getByTestId("trusted-worker-changes")).containsText("Jo has left the Youth Service");
        assertThat(page.getByTestId("changes-in-last-year")).hasText("1");
        accessible();

        page.navigate(url("/children/" + child));
        assertThat(page.getByTestId("child-summary")).containsText("Rhian Hughes, Return home interview worker, Safe Return Project");
        assertThat(page.getByTestId("child-summary")).containsText("1 change in the last 12 months");
        accessible();
        page.navigate(url("/children/" + child + "/chronology"));
        assertThat(page.getByTestId("chronology")).containsText("Case supervision");
        accessible();
    }
}

package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;

@HomewardTest
class AdministrationJourneyTest extends BrowserJourney {

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void anAdministratorAddsAnAgencyATeamAndAUserWhoThenSignsIn() {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        signIn("admin");
        page.locator("nav[aria-label='Primary navigation']").getByText("Administration").click();
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agencies and teams")).click();
        accessible();
        button("Add an agency").click();
        accessible();
        button("Add agency").click();
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        accessible();

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Wessex Youth Health " + suffix);
        page.getByLabel("Health", new Page.GetByLabelOptions().setExact(true)).check();
        button("Add agency").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Agency added");
        accessible();
        page.getByLabel("Team name").fill("School nursing");
        button("Add team").click();
        assertThat(page.locator("main")).containsText("School nursing");
        accessible();

        page.navigate(url("/admin/users"));
        accessible();
        button("Add a user").click();
        page.getByLabel("Username").fill("nurse." + suffix);
        page.getByLabel("Full name").fill("Nia Nurse");
        page.getByLabel("Agency").selectOption(new SelectOption().setLabel("Wessex Youth Health " + suffix));
        page.getByLabel("Team manager").check();
        page.getByLabel("Initial password").fill("a long enough password");
        accessible();
        button("Add user").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Account added");
        accessible();

        signOut();
        page.getByLabel("Username").fill("nurse." + suffix);
        page.getByLabel("Password").fill("a long enough password");
        button("Sign in").click();
        assertThat(page.getByTestId("signed-in-user")).containsText("Nia Nurse (Wessex Youth Health " + suffix + ")");
        accessible();
    }
}

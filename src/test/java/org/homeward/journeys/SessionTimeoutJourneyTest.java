package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HomewardTest
class SessionTimeoutJourneyTest extends BrowserJourney {

    @Autowired JdbcClient jdbc;

    @Test
    void whatWasTypedSurvivesTheSessionEndingAndSigningInAgain() {
        signIn("socialworker");
        page.navigate(url("/children/new"));
        page.getByLabel("First names").fill("Persephone");
        page.getByLabel("Family name").fill("Kept-Safe");
        page.getByLabel("Day").fill("1");
        page.getByLabel("Month").fill("2");
        page.getByLabel("Year").fill("2013");
        page.getByLabel("Male", new Page.GetByLabelOptions().setExact(true)).check();

        // The session ends while the form is open: every session, as a timeout would leave it.
        jdbc.sql("delete from spring_session").update();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save record")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("Your answers have been kept");
        accessible();
        page.getByLabel("Username").fill("socialworker");
        page.getByLabel("Password").fill("homeward-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.locator("h1")).hasText("Continue where you left off");
        accessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator("h1")).hasText("Persephone Kept-Safe");
    }
}

package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@HomewardTest
@TestPropertySource(properties = {"spring.session.timeout=20s", "homeward.session-warning=16s"})
class TimeoutWarningJourneyTest extends BrowserJourney {

    @Test
    void theTimeoutWarningOffersToStaySignedIn() {
        signIn("socialworker");
        page.navigate(url("/children/new"));
        page.getByLabel("First names").fill("Still here");

        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("You're about to be signed out");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in"))).isFocused();
        accessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in")).click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).isHidden();
        assertThat(page.getByLabel("First names")).hasValue("Still here");
    }
}

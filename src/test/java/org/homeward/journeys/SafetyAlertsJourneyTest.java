package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;

/** A return home interviewer opens a referred child and sees every current risk before meeting them. */
@HomewardTest
class SafetyAlertsJourneyTest extends BrowserJourney {

    static final String JADEN = "4cdd2055-930d-6eaf-14f4-733f3e7d1bfb";

    @Test
    void theInterviewerSeesRiskLevelsExploitationAndPersonsOfConcern() {
        signIn("rhiworker");
        page.navigate(url("/children/" + JADEN));
        accessible();
        var alerts = page.getByTestId("safety-alert");
        assertThat(alerts.filter(new Locator.FilterOptions().setHasText("Police risk:"))).hasCount(1);
        assertThat(alerts.filter(new Locator.FilterOptions().setHasText("Council risk:"))).hasCount(1);
        assertThat(alerts.filter(new Locator.FilterOptions().setHasText("Exploitation screening:")))
                .hasCount(1);
        assertThat(alerts.filter(new Locator.FilterOptions()
                .setHasText("Person of concern: Older \"friend\" who gives him lifts (Dean Marsh)"))).hasCount(1);
        assertThat(page.getByTestId("no-alerts")).hasCount(0);
    }
}

package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;

/** A police officer opens a child missing now and reads the essentials before anything else. */
@HomewardTest
class ChildAtAGlanceJourneyTest extends BrowserJourney {

    static final String JADEN = "4cdd2055-930d-6eaf-14f4-733f3e7d1bfb";

    @Test
    void theRecordOpensWithTheChildAtAGlance() {
        signIn("coordinator");
        page.navigate(url("/children/" + JADEN));
        Locator summary = page.getByTestId("child-summary");
        assertThat(summary).isVisible();
        assertThat(summary).containsText("Missing now");
        assertThat(summary).containsText("Police risk: ");
        assertThat(summary).containsText("Council risk: ");
        assertThat(summary).containsText("Episodes in the last 12 months");
        assertThat(summary).containsText("Trusted worker");
        assertThat(summary).containsText("Next due");
        assertThat(page.getByTestId("child-photo").getByRole(AriaRole.IMG)).isVisible();
        assertThat(page.locator(".govuk-notification-banner")).hasCount(page.getByTestId("child-alert").count() > 0 ? 1 : 0);
        accessible();

        // The summary sits above the details, which are all still there.
        double summaryTop = summary.boundingBox().y;
        double identityTop = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Identity")).boundingBox().y;
        org.assertj.core.api.Assertions.assertThat(summaryTop).isLessThan(identityTop);
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("View episodes (Episodes in the last 12 months)")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/children/" + JADEN + "/episodes$"));
        accessible();
    }
}

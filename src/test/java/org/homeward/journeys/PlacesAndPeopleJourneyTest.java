package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An analyst looks for the places and people that join missing children, on the demo partnership's year. */
@HomewardTest
class PlacesAndPeopleJourneyTest extends BrowserJourney {

    @Autowired EpisodeFacts facts;
    @Autowired JdbcClient jdbc;

    private Locator placesNav(String name) {
        return page.locator("nav[aria-label='Places and people pages']")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void anAnalystFollowsPlacesAssociatesAndTheNetwork() {
        facts.refreshAll();
        // The demo's groups are small: shown whole here so that the drawing and its lists are checked too.
        jdbc.sql("""
                insert into setting_value (setting, value, changed_by, changed_by_name, changed_at, reason)
                select 'INSIGHT_SUPPRESS_BELOW', '1', id, 'Admin', now(), 'Journey' from user_account
                 where username = 'admin'""").update();
        try {
            journey();
        } finally {
            jdbc.sql("delete from setting_value where setting = 'INSIGHT_SUPPRESS_BELOW'").update();
        }
    }

    private void journey() {
        signIn("analyst");
        page.navigate(url("/insight/places"));
        assertThat(page.locator("h1")).hasText("Places used by several children");
        assertThat(page.getByTestId("places")).containsText("Oakfield House");
        accessible();

        placesNav("Associates").click();
        assertThat(page.locator("h1")).hasText("Associates linked to several children");
        assertThat(page.locator("main")).not().containsText("Dean Marsh");
        accessible();

        placesNav("Network").click();
        assertThat(page.locator("h1")).hasText("The network of children, associates and places");
        assertThat(page.locator("svg[role='img'] title")).containsText("Network diagram");
        assertThat(page.getByTestId("links-1")).containsText("Associate");
        assertThat(page.locator("main")).not().containsText("Dean Marsh");
        accessible();

        page.locator("#fromDay").fill("31");
        page.locator("#fromMonth").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the network")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The first day of the period must be a real date");
        accessible();
    }
}

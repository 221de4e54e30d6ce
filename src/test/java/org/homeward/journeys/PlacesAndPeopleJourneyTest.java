package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
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

    /** May 2014, which no other test records in: five children who meet one adult at one place. */
    static final String MAY_2014 = "fromDay=1&fromMonth=5&fromYear=2014&toDay=31&toMonth=5&toYear=2014";

    @Test
    void anAnalystFollowsPlacesAssociatesAndTheNetwork() {
        UUID adult = UUID.randomUUID();
        jdbc.sql("""
                insert into associate (id, name, person_of_concern, concern_reason, created_at, updated_at, version)
                values (:id, 'Rex Journeyman', true, 'Gives children lifts', now(), now(), 0)""").param("id", adult).update();
        for (int i = 1; i <= 5; i++) {
            UUID child = UUID.randomUUID();
            jdbc.sql("""
                    insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at,
                                       updated_at, version)
                    values (:id, 'Wren' || :i, 'Networked', date '2000-03-01', 'F', 'NONE', now(), now(), 0)""")
                    .param("id", child).param("i", i).update();
            jdbc.sql("""
                    insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, located_at,
                                         created_at, updated_at, version)
                    values (gen_random_uuid(), :child, 'MISSING_FROM_HOME', 'HOME',
                            timestamptz '2014-05-01 20:00+01' + :i * interval '2 days', 'Quayside arcade',
                            timestamptz '2014-05-01 23:00+01' + :i * interval '2 days', now(), now(), 0)""")
                    .param("child", child).param("i", i).update();
            jdbc.sql("""
                    insert into child_associate (child_id, associate_id, relationship, linked_at)
                    values (:child, :adult, 'Friend', now())""").param("child", child).param("adult", adult).update();
        }
        facts.refreshAll();
        // The groups are small: shown whole here so that the drawing and its lists are checked too.
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
        page.navigate(url("/insight/places?" + MAY_2014));
        assertThat(page.locator("h1")).hasText("Places used by several children");
        assertThat(page.getByTestId("places")).containsText("Quayside arcade");
        accessible();

        placesNav("Associates").click();
        assertThat(page.locator("h1")).hasText("Associates linked to several children");
        assertThat(page.locator("main")).not().containsText("Rex Journeyman");
        accessible();

        placesNav("Network").click();
        assertThat(page.locator("h1")).hasText("The network of children, associates and places");
        assertThat(page.locator("svg[role='img'] title")).containsText("Network diagram");
        assertThat(page.getByTestId("links-1")).containsText("Associate");
        assertThat(page.locator("main")).not().containsText("Rex Journeyman");
        accessible();

        page.locator("#fromDay").fill("31");
        page.locator("#fromMonth").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the network")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The first day of the period must be a real date");
        accessible();
    }
}

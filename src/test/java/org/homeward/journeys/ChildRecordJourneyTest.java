package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;

@HomewardTest
class ChildRecordJourneyTest extends BrowserJourney {

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void aSocialWorkerRecordsFindsAndChangesAChildAndTheAuditorSeesIt() {
        signIn("socialworker");
        assertThat(page.locator("h1")).containsText("What needs you now");
        assertThat(page.getByTestId("signed-in-user")).containsText("South Gloucestershire Council");
        accessible();

        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a child")).click();
        assertThat(page.locator("h1")).hasText("Add a child");
        accessible();

        button("Save record").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the child's first name");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the child's date of birth");
        accessible();

        page.getByLabel("First names").fill("Tallulah");
        page.getByLabel("Family name").fill("Featherstonehaugh");
        page.getByLabel("Day").fill("3");
        page.getByLabel("Month").fill("9");
        page.getByLabel("Year").fill("2011");
        page.getByLabel("Female").check();
        page.getByLabel("Ethnicity (optional)").selectOption("WBRI");
        page.getByLabel("Looked after: full care order").check();
        page.getByLabel("Responsible local authority").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("South Gloucestershire Council"));
        // An NHS number no other test child has: the same number would rightly ask whether she is already recorded.
        page.getByLabel("NHS number (optional)").fill("485 777 3414");
        button("Save record").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Record created");
        assertThat(page.locator("h1")).hasText("Tallulah Featherstonehaugh");
        assertThat(page.locator("main")).containsText("15 to 17");
        accessible();

        page.locator("nav[aria-label='Primary navigation']").getByText("Children").click();
        accessible();
        page.getByLabel("Name, date of birth or identifier").fill("Talula Fetherstonhaugh");
        button("Search").click();
        assertThat(page.getByTestId("search-results")).containsText("Tallulah Featherstonehaugh");
        accessible();
        link("Tallulah Featherstonehaugh").click();

        button("Change record").click();
        assertThat(page.locator("h1")).hasText("Change child’s record");
        accessible();
        page.getByLabel("Family name").fill("Fanshawe");
        button("Save changes").click();
        assertThat(page.locator("h1")).hasText("Tallulah Fanshawe");
        accessible();
        String recordUrl = page.url();

        signOut();
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out");
        signIn("auditor");
        page.navigate(recordUrl);
        accessible();
        link("Who has viewed or changed this record").click();
        Locator trail = page.getByTestId("audit-entries");
        assertThat(trail).containsText("socialworker");
        assertThat(trail).containsText("Changed");
        assertThat(trail).containsText("Family name");
        assertThat(trail).containsText("Created");
        accessible();
    }
}

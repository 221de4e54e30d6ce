package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The team manager records a subject access request and finds the downloads; then asks for a supervision record
 * past its retention to be disposed of, and the named senior manager approves it.
 */
@HomewardTest
class RecordsJourneyTest extends BrowserJourney {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private UUID user(String username) {
        return jdbc.sql("select id from user_account where username = :u").param("u", username).query(UUID.class).single();
    }

    @Test
    void aSubjectAccessRequestIsRecordedAndAnOldSupervisionDisposedOfWithApproval() throws Exception {
        LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
        String family = "Journey" + UUID.randomUUID().toString().substring(0, 6);
        UUID child = TestChildren.add(mvc, users, "Orla", family);

        signIn("manager");
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Subject access request")).click();
        assertThat(page.locator("h1")).hasText("Subject access request");
        accessible();
        button("Record the request").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select who made the request");
        assertThat(page.locator(".govuk-error-summary")).containsText("Confirm that you have checked the identity");
        accessible();
        page.getByLabel("The care-experienced adult the child has become").check();
        page.getByLabel("Name of the person who asked").fill("Orla " + family);
        Locator received = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Date the request was received"));
        received.getByLabel("Day").fill(String.valueOf(today.getDayOfMonth()));
        received.getByLabel("Month").fill(String.valueOf(today.getMonthValue()));
        received.getByLabel("Year").fill(String.valueOf(today.getYear()));
        page.getByLabel("I have checked the identity of the person who asked", new Page.GetByLabelOptions().setExact(false)).check();
        button("Record the request").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Subject access request recorded");
        assertThat(page.getByTestId("subject-access-requests")).containsText("Orla " + family);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Whole record (PDF)"))).isVisible();
        accessible();

        UUID supervision = UUID.randomUUID();
        jdbc.sql("""
                insert into supervision (id, kind, held_on, supervisor_id, supervisee_id, discussion, recorded_by, recorded_at)
                values (:id, 'REFLECTIVE', :held, :sr, :se, 'Long ago', :sr, :at)""")
                .param("id", supervision).param("held", today.minusYears(8)).param("sr", user("coordinator"))
                .param("se", user("carer")).param("at", Timestamp.from(Instant.now())).update();
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Records due for review (retention and disposal)")).click();
        assertThat(page.getByTestId("retention-rules")).containsText("75 years");
        accessible();
        page.locator("a[href='/records/retention/supervision/" + supervision + "']").click();
        button("Ask for disposal").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why this record should be disposed of");
        accessible();
        page.getByLabel("Why this record should be disposed of").fill("Retention ended; no complaint or legal hold");
        button("Ask for disposal").click();
        assertThat(page.locator("h1")).hasText("Disposal waiting for approval");
        accessible();
        String disposal = page.url();
        signOut();

        signIn("lead");
        page.navigate(disposal);
        button("Approve and dispose of the record").click();
        assertThat(page.locator("h1")).hasText("Record disposed of");
        assertThat(page.getByTestId("disposal")).containsText("Lesley Grant");
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The disposal register")).click();
        assertThat(page.getByTestId("disposal-register")).containsText("supervision " + supervision.toString().substring(0, 8));
        accessible();
    }
}

package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * South Gloucestershire tells Bristol of a child it placed there; the child goes missing: Bristol is
 * told and acknowledges, who holds the interview is agreed (Bristol), the child returns, the
 * interview is held and its findings go back to South Gloucestershire.
 */
@HomewardTest
class CrossBorderJourneyTest extends BrowserJourney {

    static final String SOUTH_GLOS = "6513270e-269e-0d37-f2a7-4de452e6b438";
    static final String BRISTOL = "d23f0824-128b-2f33-0c5c-7fd0a6a3a450";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void send(String user, MockHttpServletRequestBuilder request, String... params) throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request.with(csrf()).with(as(users, user)));
    }

    @Test
    void theHostIsToldAcknowledgesHoldsTheInterviewAndReturnsTheFindings() throws Exception {
        String family = "Journey" + UUID.randomUUID().toString().substring(0, 6);
        String name = "Casey " + family;
        UUID child = TestChildren.add(mvc, users, "Casey", family, "907a70c3-1012-f037-b64c-e4228c38fb29");
        LocalDate start = LocalDate.now(ClockConfiguration.LONDON).minusDays(30);
        TestChildren.leaveOakfield(jdbc, child, start);
        send("socialworker", post("/children/" + child + "/placements"), "placementType", "FOSTER_AGENCY",
                "providerName", "Horizon Fostering carers", "providerAgencyId", TestChildren.OAKFIELD, "placingAuthorityId", SOUTH_GLOS, "hostAuthorityId", BRISTOL,
                "hostPoliceForceId", "9531985d-5d9d-c9f8-1818-e811892f902b",
                "startDay", String.valueOf(start.getDayOfMonth()), "startMonth", String.valueOf(start.getMonthValue()),
                "startYear", String.valueOf(start.getYear()));

        // South Gloucestershire tells the host area, giving what Homeward does not hold.
        signIn("socialworker");
        page.navigate(url("/children/" + child));
        accessible();
        page.getByTestId("child-alert").filter(new Locator.FilterOptions()
                .setHasText("Host area not told of the out-of-area placement")).getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).hasText("Tell the host area of the placement");
        assertThat(page.getByTestId("placement-notices")).containsText("Bristol Schools Inclusion Service");
        accessible();
        button("Send the notices").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the placing authority's contact");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whether the child has an education, health and care plan");
        accessible();
        page.getByLabel("Placing authority contact").fill("Sam Okafor, social worker, 01454 868000");
        page.getByLabel("Independent reviewing officer (IRO)").fill("Irene Owusu, 01454 868100");
        page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
        button("Send the notices").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The host area has been told of the placement");
        assertThat(page.getByTestId("placement-notices")).containsText("Awaiting acknowledgement");
        accessible();
        signOut();

        ZonedDateTime lastSeen = ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(9).truncatedTo(ChronoUnit.MINUTES);
        UUID episode = TestEpisodes.report(mvc, users, child, lastSeen);

        // Bristol, the host, is told in Homeward and acknowledges the notice.
        signIn("bristol");
        page.navigate(url("/notifications"));
        accessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cross-border notice (missing): " + name
                + ", from South Gloucestershire Council")).click();
        assertThat(page.locator("h1")).hasText("Cross-border notice: missing");
        assertThat(page.getByTestId("notice-content")).containsText(name);
        assertThat(page.getByTestId("notice-content")).containsText("To be agreed between the placing and the host authority");
        accessible();
        button("Acknowledge").click();
        assertThat(page.getByTestId("status")).containsText("Acknowledged");
        assertThat(page.getByTestId("status")).containsText("Bea Bristow");
        accessible();
        page.navigate(url("/cross-border/notices"));
        assertThat(page.getByTestId("received")).containsText(name);
        accessible();
        page.navigate(url("/cross-border/placed-in"));
        assertThat(page.getByTestId("placed-in-current")).containsText(name);
        accessible();
        signOut();

        // South Gloucestershire's manager sees who holds the interview is not agreed, and records it.
        signIn("manager");
        page.navigate(url("/cross-border/exceptions"));
        assertThat(page.getByTestId("unagreed")).containsText(name);
        accessible();
        page.getByTestId("unagreed").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        assertThat(page.locator("h1")).hasText("Who holds the return home interview");
        assertThat(page.getByTestId("responsibility")).containsText("Not agreed");
        accessible();
        button("Save who holds the interview").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select which authority holds the return home interview");
        accessible();
        page.getByLabel("Bristol City Council (the host authority)").check();
        page.getByLabel("How it was agreed").fill("Agreed by phone with Bea Bristow, Bristol's team manager");
        button("Save who holds the interview").click();
        assertThat(page.getByTestId("responsibility")).containsText("Bristol City Council");
        assertThat(page.getByTestId("episode-notices")).containsText("Awaiting acknowledgement");
        accessible();
        signOut();

        // The child returns; the interview is held by the provider Bristol commissioned.
        TestEpisodes.locate(mvc, users, jdbc, episode, lastSeen.plusHours(2));
        UUID offer = jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", episode)
                .query(UUID.class).single();
        send("manager", post("/return-interviews/" + offer + "/provider"),
                "providerAgencyId", "6b0d549b-6f03-675a-1600-a35a099950d8", "responsible", "HOST");
        ZonedDateTime held = lastSeen.plusHours(5);
        send("rhiworker", post("/return-interviews/" + offer + "/interview"),
                "heldDay", String.valueOf(held.getDayOfMonth()), "heldMonth", String.valueOf(held.getMonthValue()),
                "heldYear", String.valueOf(held.getYear()), "heldTime", String.format("%02d:%02d", held.getHour(), held.getMinute()),
                "interviewerName", "Rhian Hughes", "interviewerRole", "INDEPENDENT", "interviewerAgency", "Safe Return Project",
                "childChoseKnownWorker", "no", "harm", "No harm disclosed", "exploitation", "no", "stayingSafeGiven", "true",
                "childWords", "I wanted to see my brother in Kingswood.", "consentToShare", "yes",
                "shareWith", "Social worker", "supportDecision", "NONE");

        // The interviewer returns the findings to South Gloucestershire.
        signIn("rhiworker");
        page.navigate(url("/tasks"));
        assertThat(page.locator("main")).containsText("Return the interview's findings to the placing authority");
        accessible();
        page.navigate(url("/cross-border/episodes/" + episode + "/findings"));
        assertThat(page.getByLabel("Findings for the placing authority")).containsText("I wanted to see my brother in Kingswood.");
        accessible();
        page.getByLabel("Findings for the placing authority").fill("Casey wanted to see their brother in Kingswood; "
                + "no harm; no signs of exploitation; no further support needed.");
        button("Send the findings").click();
        assertThat(page.getByTestId("findings-returned")).containsText("In time");
        accessible();
        signOut();

        // South Gloucestershire's social worker reads them.
        signIn("socialworker");
        page.navigate(url("/cross-border/notices"));
        assertThat(page.getByTestId("received")).containsText("Return home interview findings");
        accessible();
        page.getByTestId("received").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name))
                .filter(new Locator.FilterOptions().setHasText("Return home interview findings"))
                .getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByTestId("notice-content")).containsText("Casey wanted to see their brother in Kingswood");
        accessible();
        button("Acknowledge").click();
        assertThat(page.getByTestId("status")).containsText("Acknowledged");
        accessible();

        // The interview's summary and the notices are in the child's sharing register, each with its lawful basis.
        page.navigate(url("/children/" + child + "/shares"));
        assertThat(page.locator("main")).containsText("Cross-border notice");
        assertThat(page.locator("main")).containsText("Article 6(1)(e) public task");
        assertThat(page.locator("main")).containsText("Return home interview");
        accessible();
    }
}

package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class RiskScreeningJourneyTest extends BrowserJourney {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator group(String legend) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
    }

    @Test
    void theSocialWorkerScreensTheRiskAndThePoliceSeeWhereTheRatingsDiffer() throws Exception {
        ZonedDateTime seen = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES).minusHours(3);
        UUID child = TestChildren.add(mvc, users, "Kezia", "Marsh");
        String episodeUrl = mvc.perform(post("/children/" + child + "/episodes").with(csrf()).with(as(users, "carer"))
                        .param("category", "MISSING_FROM_CARE").param("missingFrom", "PLACEMENT")
                        .param("lastSeenDay", String.valueOf(seen.getDayOfMonth()))
                        .param("lastSeenMonth", String.valueOf(seen.getMonthValue()))
                        .param("lastSeenYear", String.valueOf(seen.getYear()))
                        .param("lastSeenTime", String.format("%02d:%02d", seen.getHour(), seen.getMinute()))
                        .param("lastSeenPlace", "Oakfield House").param("reported", "no"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(post(episodeUrl + "/grading").with(csrf()).with(as(users, "police"))
                        .param("classification", "MISSING").param("riskLevel", "MEDIUM")
                        .param("rationale", "Has returned by morning before").params(TestEpisodes.gradingSourceParams()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(episodeUrl);

        signIn("socialworker");
        page.navigate(url(episodeUrl));
        assertThat(page.getByTestId("council-screening")).containsText("Not screened yet");
        accessible();
        link("Screen the risk").click();
        assertThat(page.locator("h1")).hasText("Council risk screening");
        accessible();
        button("Screen the risk").click();
        assertThat(page.locator("h1")).hasText("Screen the risk");
        accessible();
        link("How the suggested rating is worked out").click();
        assertThat(page.getByTestId("rule")).containsText("suggests high whatever the score");
        accessible();
        page.goBack();

        button("Continue").click();
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Select whether legal status is current, historical, not known or not present");
        accessible();

        for (Locator notPresent : page.getByLabel("Not present", new Page.GetByLabelOptions().setExact(true)).all()) {
            notPresent.check();
        }
        group("Suicide or self-harm").getByLabel("Current").check();
        group("Previous missing episodes").getByLabel("Not known").check();
        button("Continue").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the evidence for suicide or self-harm");
        accessible();
        page.getByLabel("Evidence: suicide or self-harm").fill("Texted a friend that she would hurt herself");
        page.getByLabel("The child’s views, in their words").fill("Nobody listens to me at home.");
        button("Continue").click();

        assertThat(page.locator("h1")).hasText("Check the suggested rating");
        assertThat(page.getByTestId("suggestion")).containsText("High");
        assertThat(page.getByTestId("suggestion-reasons")).containsText("Current critical factor: Suicide or self-harm");
        accessible();
        group("Do you agree with the suggested rating of high?").getByLabel("No, I give a different rating").check();
        button("Save the screening").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why your rating differs");
        accessible();
        group("Do you agree with the suggested rating of high?").getByLabel("Yes").check();
        button("Save the screening").click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("Risk screening saved: council rating high");
        assertThat(page.getByTestId("council-rating").first()).hasText("High");
        assertThat(page.getByTestId("ratings-differ")).containsText("police medium, council high");
        accessible();
        signOut();

        signIn("police");
        page.navigate(url(episodeUrl));
        assertThat(page.getByTestId("escalation")).containsText("High risk: escalate to the named senior manager");
        assertThat(page.getByTestId("ratings-differ")).containsText("Police and council ratings differ");
        accessible();
        link("Council risk screening").click();
        assertThat(page.getByTestId("screening-answers").first()).isVisible();
        assertThat(button("Screen again")).hasCount(0);
        accessible();
    }

    @Test
    void anAdministratorIsToldWhatIsMissingBeforePublishingANewVersion() {
        signIn("admin");
        page.navigate(url("/risk-screening/instrument"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Publish a new version")).click();
        accessible();
        page.getByLabel("What changed and why").fill(" ");
        button("Publish the new version").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date the version takes effect");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say what changed and why");
        accessible();
        signOut();
    }
}

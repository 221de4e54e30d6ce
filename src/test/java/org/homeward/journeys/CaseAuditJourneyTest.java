package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import org.homeward.access.Directory;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestCouncils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit lead samples 10 repeat-missing cases and allocates two; a police auditor and the lead audit one
 * each with the evidence Homeward gathered; the lead moderates the police part, resolves the disagreement,
 * records a recommendation and issues the report; the action is on its owner's work queue.
 */
@HomewardTest
class CaseAuditJourneyTest extends BrowserJourney {

    static final String SAM = "907a70c3-1012-f037-b64c-e4228c38fb29";
    static final String CHILDREN_IN_CARE_TEAM = "a170b338-3926-3059-f28c-105d1fb17c23";

    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator group(String legend) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
    }

    private void date(Locator group, LocalDate day) {
        group.getByLabel("Day").fill(String.valueOf(day.getDayOfMonth()));
        group.getByLabel("Month").fill(String.valueOf(day.getMonthValue()));
        group.getByLabel("Year").fill(String.valueOf(day.getYear()));
    }

    private void repeatMissingChild(UUID council, int i) {
        UUID child = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, ethnicity, legal_status,
                                   responsible_authority_id, allocated_worker_id, allocated_team_id, created_at, updated_at, version)
                values (:id, 'Journey' || :i, 'Sampled', date '2010-06-01', 'M', 'WBRI', 'LAC_CO', :council,
                        cast(:sam as uuid), cast(:team as uuid), now(), now(), 0)""")
                .param("id", child).param("i", i).param("council", council).param("sam", SAM)
                .param("team", CHILDREN_IN_CARE_TEAM).update();
        for (int e = 0; e < 2; e++) {
            jdbc.sql("""
                    insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, located_at,
                                         created_at, updated_at, version)
                    values (gen_random_uuid(), :child, 'MISSING_FROM_CARE', 'HOME', now() - (:days || ' days')::interval,
                            'Retail park', now() - (:days || ' days')::interval + interval '6 hours', now(), now(), 0)""")
                    .param("child", child).param("days", 15 + 40 * e).update();
        }
    }

    private void grade(String grade) {
        for (int n = 1; n <= 8; n++) {
            Locator line = page.getByTestId("line-" + n);
            line.getByLabel(grade, new Locator.GetByLabelOptions().setExact(true)).check();
            line.getByLabel("Evidence for the grade of line " + n).fill("Read in the chronology and the plan, line " + n);
        }
    }

    private UUID part(UUID audit, String auditor) {
        return jdbc.sql("""
                select p.id from case_audit_part p join user_account u on u.id = p.auditor_id
                 where p.audit_id = :a and u.username = :u""").param("a", audit).param("u", auditor)
                .query(UUID.class).single();
    }

    @Test
    void repeatMissingCasesAreSampledAuditedModeratedAndReportedAndTheActionsReachTheirOwners() throws Exception {
        LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
        UUID council = TestCouncils.add(jdbc, directory, "Journey Vale");
        for (int i = 0; i < 12; i++) {
            repeatMissingChild(council, i);
        }
        String theme = "Repeat missing " + council.toString().substring(0, 6);

        signIn("auditor");
        page.navigate(url("/case-audits"));
        accessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan an audit")).click();
        accessible();
        button("Plan the audit").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the audit's theme");
        accessible();
        page.getByLabel("Theme").fill(theme);
        page.getByLabel("Objective").fill("Is our response to children who go missing repeatedly timely and child-centred?");
        page.getByLabel("Partnership audit: eight key lines of enquiry (version 1)").check();
        page.getByLabel("Council").selectOption(council.toString());
        date(group("Day the audit starts"), today);
        date(group("Day the audit ends"), today.plusDays(30));
        button("Plan the audit").click();
        assertThat(page.locator("h1")).hasText(theme);
        accessible();

        page.getByLabel("Only children who went missing repeatedly").check();
        page.getByLabel("Number of cases").fill("10");
        button("Sample the cases").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("10 cases sampled");
        assertThat(page.getByTestId("sample-description")).containsText("missing 2 or more times in the period");
        accessible();
        UUID audit = UUID.fromString(page.url().replaceAll(".*/case-audits/([0-9a-f-]{36}).*", "$1"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Case 1").setExact(true)).click();
        accessible();
        page.getByLabel("Auditor", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Cass Reid (Avon and Somerset Police)"));
        page.getByLabel("Moderator (optional)").selectOption(new SelectOption().setLabel("Audrey Stone (South Gloucestershire Council)"));
        button("Allocate the part").click();
        assertThat(page.getByTestId("parts")).containsText("Avon and Somerset Police");
        accessible();
        page.navigate(url("/case-audits/" + audit));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Case 2").setExact(true)).click();
        page.getByLabel("Auditor", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Audrey Stone (South Gloucestershire Council)"));
        button("Allocate the part").click();
        assertThat(page.getByTestId("parts")).containsText("South Gloucestershire Council");
        assertThat(page.getByTestId("all-evidence-1")).containsText("2 episodes in the period");
        assertThat(page.getByTestId("all-evidence-1")).containsText("council risk screenings recorded");
        accessible();
        signOut();

        signIn("caseauditor");
        page.navigate(url("/case-audit-parts/" + part(audit, "caseauditor")));
        assertThat(page.getByTestId("evidence-1")).containsText("2 episodes in the period");
        assertThat(page.getByTestId("evidence-8")).containsText("Ethnicity: White British");
        accessible();
        button("Submit the audit").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select a grade for line 1");
        accessible();
        grade("Good");
        page.getByLabel("Conversation with the practitioners").fill("The officer in the case explained the trigger plan");
        page.getByLabel("Feedback from the child or family").fill("His carer said the police came quickly");
        button("Submit the audit").click();
        assertThat(page.getByTestId("part-status")).hasText("Submitted for moderation");
        accessible();
        signOut();

        signIn("auditor");
        page.navigate(url("/case-audit-parts/" + part(audit, "auditor")));
        assertThat(page.getByTestId("evidence-1")).containsText("0 council risk screenings recorded");
        assertThat(page.getByTestId("evidence-1")).not().containsText("the police graded");
        grade("Requires improvement");
        button("Submit the audit").click();
        assertThat(page.getByTestId("part-status")).hasText("Complete");

        page.navigate(url("/case-audit-parts/" + part(audit, "caseauditor")));
        for (int n = 1; n <= 8; n++) {
            page.getByTestId("line-" + n).getByLabel(n == 5 ? "Disagree" : "Agree", new Locator.GetByLabelOptions().setExact(true)).check();
        }
        page.getByLabel("Why you disagree with line 5 (if you do)").fill("The child's words are not in the plan");
        button("Record the moderation").click();
        assertThat(page.getByTestId("part-status")).hasText("Moderated: disagreement to resolve");
        accessible();
        page.getByTestId("line-5").getByLabel("Requires improvement", new Locator.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("How the disagreement on line 5 was resolved").fill("Agreed with Cass: the voice is missing from the plan");
        button("Record the resolution").click();
        assertThat(page.getByTestId("part-status")).hasText("Complete");
        assertThat(page.getByTestId("line-5")).containsText("Requires improvement: Agreed with Cass");
        accessible();

        page.navigate(url("/case-audits/" + audit));
        page.getByLabel("Recommendation (an action with an owner and due date)").check();
        page.getByLabel("Finding", new Page.GetByLabelOptions().setExact(true))
                .fill("Put the child's own words from the return interview into the plan " + theme);
        page.getByLabel("Action owner (recommendations)").selectOption(new SelectOption().setLabel("Morgan Reid (South Gloucestershire Council)"));
        date(group("Action due by (recommendations)"), today.plusDays(45));
        button("Add the finding").click();
        assertThat(page.getByTestId("findings")).containsText("Morgan Reid");
        accessible();
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the audit report (PDF)")).click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        button("Issue the report").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Report issued");
        accessible();
        page.navigate(url("/case-audits"));
        assertThat(page.getByTestId("cycle").filter(new Locator.FilterOptions().setHasText(theme)))
                .containsText("Requires improvement 2");
        accessible();
        signOut();

        signIn("manager");
        page.navigate(url("/tasks?kind=CASE_AUDIT_ACTION"));
        assertThat(page.locator("main")).containsText("Put the child's own words from the return interview into the plan " + theme);
        accessible();
    }
}

package org.homeward.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.BrowserJourney;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The named senior manager runs part one of the reconstructed self-assessment with a team manager, answering all
 * twelve areas; the report flags three; one checklist is completed; the answers go by email to the participant who
 * asked; the report is downloaded as a PDF. Participants are picked from an agency's people, and a document is
 * uploaded as evidence and downloaded again.
 */
@HomewardTest
class SelfAssessmentJourneyTest extends BrowserJourney {

    final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);

    @AfterEach
    void stopTheMailServer() {
        smtp.stop();
    }

    static final byte[] DOCUMENT = "%PDF-1.4\n% the provider's report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void partOneIsAnsweredThreeAreasAreFlaggedAChecklistIsCompletedAndTheAnswersAreEmailed() throws Exception {
        String name = "Missing response " + UUID.randomUUID().toString().substring(0, 8);
        signIn("lead");
        page.navigate(url("/self-assessment"));
        accessible();
        button("Start a self-assessment").click();
        accessible();
        button("Start the self-assessment").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the self-assessment");
        accessible();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Missing children response self-assessment (missing-response reconstruction-1, reconstruction)").check();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Does each agency answer separately first?"))
                .getByLabel("No").check();
        button("Start the self-assessment").click();
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.getByTestId("reconstruction")).containsText("This questionnaire is a reconstruction");
        accessible();

        page.getByLabel("Their agency").selectOption(new SelectOption().setLabel("South Gloucestershire Council"));
        button("Show their people").click();
        button("Add the participants").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select at least one person to take part");
        accessible();
        page.getByLabel("Morgan Reid", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Do they want a copy of the answers by email?"))
                .getByLabel("Yes").check();
        button("Add the participants").click();
        assertThat(page.getByTestId("participants")).containsText("Morgan Reid");
        accessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1. Strategic leadership, governance and accountability")).click();
        for (int area = 1; area <= 12; area++) {
            assertThat(page.locator(".govuk-caption-l")).hasText("Area " + area + " of 12");
            String grade = area <= 9 ? "In place" : "Not in place";
            Locator questions = page.locator("[data-testid^=question-]");
            for (int q = 0; q < questions.count(); q++) {
                questions.nth(q).getByLabel(grade, new Locator.GetByLabelOptions().setExact(true)).check();
            }
            if (area == 6) {
                assertThat(page.getByTestId("live-figures").first()).containsText("Offered within 72 hours");
                accessible();
                button("Save and return to the overview").click();
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("6. Return home interviews: reach")).click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName("Attach to question 1 as it is now: Offered within 72 hours")).click();
                assertThat(page.getByTestId("evidence").first()).containsText("Offered within 72 hours");
                // A document as evidence: a program is refused with the error summary, a PDF is kept and downloads.
                Locator upload = page.getByTestId("upload");
                upload.getByLabel("Question").selectOption(new SelectOption().setIndex(1));
                upload.getByLabel("What the document is").fill("Return interview provider's quarterly report");
                upload.getByLabel("Upload a file").setInputFiles(new FilePayload("report.exe", "application/octet-stream",
                        new byte[] {'M', 'Z', 0, 0}));
                button("Upload the document").click();
                assertThat(page.locator(".govuk-error-summary")).containsText("The selected file must be a PDF");
                accessible();
                upload.getByLabel("Upload a file").setInputFiles(new FilePayload("rhi-report.pdf", "application/pdf", DOCUMENT));
                button("Upload the document").click();
                assertThat(page.locator(".govuk-notification-banner")).containsText("Document uploaded: rhi-report.pdf");
                Download document = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Download rhi-report.pdf, 1 KB")).click());
                org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(document.path())).isEqualTo(DOCUMENT);
                page.getByTestId("question-1").getByLabel("Notes on question 1 (optional)").fill("The provider's report agrees");
                accessible();
            }
            if (area == 12) {
                button("Save").click();
            } else {
                button("Save and go to the next area").click();
            }
        }
        assertThat(page.locator("h1")).hasText(name);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report by area")).click();
        assertThat(page.getByTestId("flagged")).containsText("3 areas need more focused self-assessment");
        assertThat(page.getByTestId("flagged")).containsText("Exploitation, trafficking and contextual risk");
        assertThat(page.getByTestId("report")).containsText("No further self-assessment needed");
        accessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("10. Exploitation, trafficking and contextual risk: checklist")).click();
        assertThat(page.locator("h1")).hasText("Checklist: Exploitation, trafficking and contextual risk");
        accessible();
        Locator checklist = page.getByTestId("checklist");
        checklist.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("1. The exploitation panel sees the children who go missing most often."))
                .getByLabel("Partly met").check();
        checklist.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("2. Disruption tactics are used and recorded against those who harm children."))
                .getByLabel("Not met", new Locator.GetByLabelOptions().setExact(true)).check();
        checklist.getByLabel("Notes on item 2 (optional)").fill("No disruption log is kept");
        button("Save the checklist").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Checklist saved");
        LocalDate due = LocalDate.now(ClockConfiguration.LONDON).plusMonths(3);
        page.getByLabel("What will be done").fill("Start a disruption log with the police");
        page.getByLabel("Who owns it (name and agency)").fill("DI Lee, police");
        page.getByLabel("Day").fill("" + due.getDayOfMonth());
        page.getByLabel("Month").fill("" + due.getMonthValue());
        page.getByLabel("Year").fill("" + due.getYear());
        button("Add the action").click();
        assertThat(page.getByTestId("actions")).containsText("Start a disruption log with the police");
        accessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report by area")).click();
        smtp.start();
        button("Email the answers to the participants who asked").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The answers are being emailed to 1 participant");
        accessible();
        List<MimeMessage> mine = List.of();
        for (int i = 0; i < 100 && mine.isEmpty(); i++) {
            mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> GreenMailUtil.getBody(m).contains(name)).toList();
            Thread.sleep(100);
        }
        org.assertj.core.api.Assertions.assertThat(mine).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(mine.get(0).getAllRecipients()[0].toString()).isEqualTo("manager@homeward.example");
        org.assertj.core.api.Assertions.assertThat(GreenMailUtil.getBody(mine.get(0)))
                .contains("Exploitation, trafficking and contextual risk: Needs further self-assessment")
                .contains("Start a disruption log with the police");

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the report (PDF)")).click());
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).startsWith("self-assessment-").endsWith(".pdf");
        org.assertj.core.api.Assertions.assertThat(new String(Arrays.copyOf(Files.readAllBytes(pdf.path()), 5))).isEqualTo("%PDF-");

        // A practitioner answers the survey; the report sets it beside the partnership's rating.
        button("Open a practitioner survey").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The practitioner survey is open");
        String survey = page.url().replace("/report", "/survey");
        signOut();
        signIn("socialworker");
        page.navigate(survey);
        assertThat(page.locator("h1")).hasText("Practitioner survey");
        accessible();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("10. Exploitation, trafficking and contextual risk"))
                .getByLabel("Partially in place").check();
        button("Send your answers").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("your answers are saved");
        accessible();
        signOut();
        signIn("lead");
        page.navigate(survey.replace("/survey", "/report"));
        assertThat(page.getByTestId("report")).containsText("1.0 of 3 from 1 practitioner");
    }
}

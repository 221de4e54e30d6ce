package org.homeward.selfassessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A self-assessment cycle end to end on a questionnaire loaded as a file: separate answers per agency and the
 * agreed grade, moderation, the report and its flags, part two, the email to participants, and the next cycle.
 */
@HomewardTest
class SelfAssessmentWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    static final String COUNCIL = "6513270e-269e-0d37-f2a7-4de452e6b438";
    static final String POLICE = "9531985d-5d9d-c9f8-1818-e811892f902b";
    static final String MANAGER = "c6f87718-6d76-b07e-881e-d162ae2eb154";
    static final String COORDINATOR = "923a7369-94e3-bf91-1a61-dbe22e44158b";

    final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);

    @AfterEach
    void stopTheMailServer() {
        smtp.stop();
    }

    MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn().getResponse();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    /** Loads a three-area questionnaire of the test's own and starts a cycle on it, agencies answering apart. */
    UUID cycle(String key, String name, String previous) throws Exception {
        send("admin", post("/admin/self-assessment/load"), Map.of("content", QuestionnaireWebTest.threeAreas(key)));
        UUID questionnaire = jdbc.sql("select id from selfassessment_questionnaire where key = :k").param("k", key)
                .query(UUID.class).single();
        Map<String, String> form = new LinkedHashMap<>(Map.of("name", name, "questionnaire", questionnaire.toString(),
                "separateAnswers", "yes"));
        if (previous != null) {
            form.put("previous", previous);
        }
        MockHttpServletResponse created = send("lead", post("/self-assessment/new"), form);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        return UUID.fromString(created.getRedirectedUrl().substring("/self-assessment/".length()));
    }

    @Test
    void aCycleOnALoadedQuestionnaireIsAnsweredAgreedModeratedReportedAndCarriedForward() throws Exception {
        String key = "cycle-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send("manager", post("/self-assessment/new"), Map.of("name", "x")).getStatus()).isEqualTo(403);
        UUID id = cycle(key, "Self-assessment " + key, null);
        assertThat(page("lead", "/self-assessment")).contains("Start a self-assessment").contains("Self-assessment " + key);
        assertThat(page("manager", "/self-assessment")).doesNotContain("Start a self-assessment")
                .doesNotContain("Self-assessment " + key);
        String overview = page("lead", "/self-assessment/" + id);
        assertThat(overview).contains("Governance " + key).contains("Response " + key).contains("Learning " + key)
                .doesNotContain("Return home interviews: reach");
        assertThat(mvc.perform(get("/self-assessment/" + id).with(as(users, "manager"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);

        // The facilitator picks participants from an agency's people, not by typing a username.
        String picker = page("lead", "/self-assessment/" + id + "?agency=" + COUNCIL);
        assertThat(picker).contains("Morgan Reid").contains("Sam Okafor").doesNotContain("PC Priya Patel")
                .doesNotContain("value=\"ec66a787-95e7-61d1-7731-af10506bf2ef\"");
        assertThat(page("lead", "/self-assessment/" + id + "?agency=" + COUNCIL + "&name=okaf")).contains("Sam Okafor")
                .doesNotContain("Morgan Reid");
        assertThat(send("lead", post("/self-assessment/" + id + "/participants"), Map.of("agency", COUNCIL,
                "people", UUID.randomUUID().toString(), "wantsCopy", "yes")).getContentAsString())
                .contains("govuk-error-summary").contains("someone selected is no longer in Homeward");
        assertThat(send("lead", post("/self-assessment/" + id + "/participants"), Map.of("agency", COUNCIL,
                "wantsCopy", "yes")).getContentAsString()).contains("Select at least one person to take part");
        assertThat(send("lead", post("/self-assessment/" + id + "/participants"), Map.of("agency", POLICE,
                "people", MANAGER, "wantsCopy", "yes")).getContentAsString())
                .contains("someone selected is no longer in Homeward");
        assertThat(send("lead", post("/self-assessment/" + id + "/participants"), Map.of("agency", COUNCIL,
                "people", MANAGER, "wantsCopy", "yes")).getStatus()).isEqualTo(302);
        assertThat(send("lead", post("/self-assessment/" + id + "/participants"), Map.of("agency", POLICE,
                "people", COORDINATOR, "wantsCopy", "no")).getStatus()).isEqualTo(302);
        assertThat(page("lead", "/self-assessment/" + id + "?agency=" + COUNCIL)).doesNotContain("Morgan Reid (")
                .doesNotContain("value=\"" + MANAGER + "\"");
        assertThat(send("manager", post("/self-assessment/" + id + "/participants"), Map.of("agency", POLICE,
                "people", "ae97ba94-d0ed-a82f-8f6d-05584ef8aa38", "wantsCopy", "no")).getStatus()).isEqualTo(403);
        // A participant asks for a copy themselves, and stops it again; someone outside the cycle cannot.
        assertThat(send("coordinator", post("/self-assessment/" + id + "/copy"), Map.of("wantsCopy", "yes")).getStatus())
                .isEqualTo(302);
        assertThat(page("lead", "/self-assessment/" + id + "/report")).contains("DS Colin Carter");
        assertThat(send("coordinator", post("/self-assessment/" + id + "/copy"), Map.of("wantsCopy", "no")).getStatus())
                .isEqualTo(302);
        assertThat(send("socialworker", post("/self-assessment/" + id + "/copy"), Map.of("wantsCopy", "yes")).getStatus())
                .isEqualTo(403);

        // Each agency answers for itself; the council and the police disagree on governance.
        send("manager", post("/self-assessment/" + id + "/areas/governance"), Map.of("grade[gov-1]", "yes",
                "note[gov-1]", "The board saw the report in June"));
        send("coordinator", post("/self-assessment/" + id + "/areas/governance"), Map.of("grade[gov-1]", "no"));
        String governance = page("lead", "/self-assessment/" + id + "/areas/governance");
        assertThat(governance).contains("Agencies disagree").contains("The board saw the report in June")
                .contains("Read the minutes");
        assertThat(send("lead", post("/self-assessment/" + id + "/areas/governance"), Map.of("grade[gov-1]", "yes"))
                .getContentAsString()).contains("govuk-error-summary")
                .contains("Give the rationale for the agreed grade of question 1: the agencies");
        assertThat(send("lead", post("/self-assessment/" + id + "/areas/governance"), Map.of("grade[gov-1]", "maybe"))
                .getContentAsString()).contains("Select a grade for question 1 from the scale");
        assertThat(send("lead", post("/self-assessment/" + id + "/areas/governance"), Map.of("grade[gov-1]", "yes",
                "rationale[gov-1]", "Minutes show the board discussed it", "moderatedGrade[gov-1]", "no"))
                .getContentAsString()).contains("Give the reason for the moderated grade of question 1");
        assertThat(send("lead", post("/self-assessment/" + id + "/areas/governance"), Map.of("grade[gov-1]", "yes",
                "rationale[gov-1]", "Minutes show the board discussed it")).getStatus()).isEqualTo(302);
        send("lead", post("/self-assessment/" + id + "/areas/response"), Map.of("grade[resp-1]", "yes",
                "moderatedGrade[resp-1]", "no", "moderationReason[resp-1]", "=Only half were offered in time"));
        send("lead", post("/self-assessment/" + id + "/areas/learning"), Map.of("grade[learn-1]", "yes"));

        // The minimum rule with a threshold of 1: the moderated "No" flags the response area only.
        String report = page("manager", "/self-assessment/" + id + "/report");
        assertThat(report).contains("1 area needs more focused self-assessment").contains("Response " + key + ": checklist")
                .contains("Self-score: Yes").contains("Moderated score: No. Reason: =Only half were offered in time");
        assertThat(mvc.perform(get("/self-assessment/" + id + "/checklists/governance").with(as(users, "lead")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        String csv = mvc.perform(get("/self-assessment/" + id + "/report.csv").with(as(users, "manager"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(csv).contains("'=Only half were offered in time").doesNotContain(",=Only");
        byte[] pdf = mvc.perform(get("/self-assessment/" + id + "/report.pdf").with(as(users, "manager"))).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(new String(Arrays.copyOf(pdf, 5))).isEqualTo("%PDF-");

        // The practitioner survey, open to anyone signed in while the facilitator keeps it open.
        assertThat(mvc.perform(get("/self-assessment/" + id + "/survey").with(as(users, "socialworker"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(send("manager", post("/self-assessment/" + id + "/survey/open"), Map.of("open", "yes")).getStatus())
                .isEqualTo(403);
        assertThat(send("lead", post("/self-assessment/" + id + "/survey/open"), Map.of("open", "yes")).getStatus())
                .isEqualTo(302);
        assertThat(send("socialworker", post("/self-assessment/" + id + "/survey"), Map.of("grade[governance]", "maybe"))
                .getContentAsString()).contains("Select a grade for Governance " + key + " from the scale");
        send("socialworker", post("/self-assessment/" + id + "/survey"), Map.of("grade[governance]", "yes"));
        send("socialworker", post("/self-assessment/" + id + "/survey"), Map.of("grade[governance]", "no"));
        send("police", post("/self-assessment/" + id + "/survey"), Map.of("grade[governance]", "yes", "grade[learning]", "no"));
        // Beside the partnership's own result, area by area: the mean, how many gave each grade, and where the
        // practitioners' mean falls the other side of the threshold from the partnership's.
        String withSurvey = page("lead", "/self-assessment/" + id + "/report");
        assertThat(withSurvey).contains("0.5 of 1 from 2 practitioners").contains("0.0 of 1 from 1 practitioner")
                .contains("No: 1, Yes: 1").contains("Practitioners see it differently")
                .contains("The partnership: No further self-assessment needed (1.0 of 1). Practitioner survey: 0.5 of 1 from 2"
                        + " practitioners (No: 1, Yes: 1). Practitioners see it differently.")
                .contains("The partnership: Needs further self-assessment (0.0 of 1). Practitioner survey: no answers.");
        assertThat(mvc.perform(get("/self-assessment/" + id + "/report.csv").with(as(users, "lead"))).andReturn()
                .getResponse().getContentAsString()).contains("Practitioners' answers,Practitioners see it differently")
                .contains("0.5 of 1 from 2 practitioners,\"No: 1, Yes: 1\",Yes");
        assertThat(page("socialworker", "/self-assessment/" + id + "/survey")).contains("Governance " + key)
                .contains("From your own work, does the board hear when children go missing?")
                .doesNotContain("Morgan Reid");

        // An action, then the email to the one participant who asked for a copy.
        LocalDate due = LocalDate.now(ClockConfiguration.LONDON).plusMonths(2);
        assertThat(send("lead", post("/self-assessment/" + id + "/areas/response/actions"), Map.of("text", "Audit ten returns",
                "owner", "Sam, council", "dueDay", "" + due.getDayOfMonth(), "dueMonth", "" + due.getMonthValue(),
                "dueYear", "" + due.getYear())).getStatus()).isEqualTo(302);
        smtp.start();
        assertThat(send("manager", post("/self-assessment/" + id + "/email"), Map.of()).getStatus()).isEqualTo(403);
        assertThat(send("lead", post("/self-assessment/" + id + "/email"), Map.of()).getStatus()).isEqualTo(302);
        List<MimeMessage> mine = received(key, 1);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getAllRecipients()[0].toString()).isEqualTo("manager@homeward.example");
        assertThat(GreenMailUtil.getBody(mine.get(0))).contains("Self-assessment " + key).contains("Audit ten returns");
        // Undo quoted-printable's soft line breaks to read the long survey line whole.
        assertThat(GreenMailUtil.getBody(mine.get(0)).replace("=\r\n", "")).contains("Practitioner survey: 0.5 of 1 from 2 practitioners (No: 1, Yes: 1). Practitioners see it differently");

        assertThat(page("lead", "/self-assessment/" + id + "/history")).contains("Governance " + key + ", question 1: grade")
                .contains("Copy of the answers by email: DS Colin Carter")
                .contains("Morgan Reid").contains("Answers emailed");

        // The next cycle starts from this one: answers and the open action carried forward, ratings compared.
        UUID next = cycle(key, "Next " + key, id.toString());
        String plan = page("lead", "/self-assessment/" + next + "/actions");
        assertThat(plan).contains("Audit ten returns").contains("Carried forward").contains("Last cycle: Self-assessment " + key);
        assertThat(page("lead", "/self-assessment/" + next + "/areas/governance")).contains("Minutes show the board discussed it");
    }

    /** The emails of this test's cycle, waiting for {@code expected} of them. */
    List<MimeMessage> received(String key, int expected) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        List<MimeMessage> mine = List.of();
        while (System.nanoTime() < until) {
            mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> GreenMailUtil.getBody(m).contains(key)).toList();
            if (mine.size() >= expected) {
                break;
            }
            Thread.sleep(100);
        }
        return mine;
    }
}

package org.homeward.selfassessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators load questionnaire files on a page: validated, whole or not at all, the same file once. */
@HomewardTest
class QuestionnaireWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    /** A small questionnaire of three areas, unlike the reconstruction, under a key of its own. */
    static String threeAreas(String key) {
        return """
                key: %s
                version: "2027.1"
                title: Genuine tool %s
                reconstruction: false
                scale:
                  - {code: "no", label: "No", score: 0}
                  - {code: "yes", label: "Yes", score: 1}
                scoring: {rule: minimum, threshold: 1}
                areas:
                  - key: governance
                    title: Governance %s
                    survey: From your own work, does the board hear when children go missing?
                    questions:
                      - key: gov-1
                        text: Is the board sighted?
                        guidance: Read the minutes
                    checklist:
                      - {key: minutes, text: Minutes name missing children}
                  - key: response
                    title: Response %s
                    questions:
                      - key: resp-1
                        text: Are interviews held in time?
                        evidence: [rhi.held-within-72-hours]
                  - key: learning
                    title: Learning %s
                    questions:
                      - key: learn-1
                        text: Are audits acted on?
                """.formatted(key, key, key, key, key);
    }

    MockHttpServletResponse load(String user, String content) throws Exception {
        return mvc.perform(post("/admin/self-assessment/load").param("content", content).with(csrf()).with(as(users, user)))
                .andReturn().getResponse();
    }

    long versions(String key) {
        return jdbc.sql("select count(*) from selfassessment_questionnaire where key = :k").param("k", key)
                .query(Long.class).single();
    }

    @Test
    void theReconstructionIsLoadedAtStartAndLabelledAsSuch() throws Exception {
        UUID id = jdbc.sql("select id from selfassessment_questionnaire where key = 'missing-response' and version = 'reconstruction-1'")
                .query(UUID.class).single();
        String page = mvc.perform(get("/admin/self-assessment/" + id).with(as(users, "admin"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("This questionnaire is a reconstruction").contains("12 areas")
                .contains("Return home interviews: reach");
        String yaml = mvc.perform(get("/admin/self-assessment/" + id + "/questionnaire.yaml").with(as(users, "admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(QuestionnaireFiles.read(yaml).questionnaire().areas()).hasSize(12);
    }

    @Test
    void anAdministratorLoadsAFileOnceAndAnyoneElseIsRefused() throws Exception {
        String key = "genuine-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(load("manager", threeAreas(key)).getStatus()).isEqualTo(403);
        assertThat(load("lead", threeAreas(key)).getStatus()).isEqualTo(403);
        assertThat(versions(key)).isZero();

        MockHttpServletResponse loaded = load("admin", threeAreas(key));
        assertThat(loaded.getStatus()).isEqualTo(302);
        String page = mvc.perform(get(loaded.getRedirectedUrl()).with(as(users, "admin"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("3 areas").contains("Governance " + key)
                .doesNotContain("This questionnaire is a reconstruction");

        assertThat(load("admin", threeAreas(key)).getRedirectedUrl()).isEqualTo(loaded.getRedirectedUrl());
        assertThat(versions(key)).isEqualTo(1);

        String clash = load("admin", threeAreas(key).replace("Is the board sighted?", "Changed")).getContentAsString();
        assertThat(clash).contains("govuk-error-summary").contains("is already loaded with other content");
        assertThat(versions(key)).isEqualTo(1);
        assertThat(load("admin", threeAreas(key).replace("Is the board sighted?", "Changed").replace("2027.1", "2027.2"))
                .getStatus()).isEqualTo(302);
        assertThat(versions(key)).isEqualTo(2);
    }

    @Test
    void aFileWithProblemsListsThemAllAndLoadsNothing() throws Exception {
        String key = "broken-" + UUID.randomUUID().toString().substring(0, 8);
        String answer = load("admin", threeAreas(key).replace("score: 1", "score: one").replace("title: Learning " + key, "title: ''"))
                .getContentAsString();
        assertThat(answer).contains("govuk-error-summary").contains("scale 2, score: enter a whole number from 0 to 100")
                .contains("areas 3, title: enter the title");
        assertThat(versions(key)).isZero();
    }
}

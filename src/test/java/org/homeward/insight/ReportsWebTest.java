package org.homeward.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.insight.internal.reports.Reports;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The partnership's reports: produced, kept as produced, read as page, PDF and CSV, and delivered on schedule once. */
@HomewardTest
class ReportsWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired EpisodeFacts facts;
    @Autowired Reports reports;

    MockHttpServletResponse produce(String user, String kind) throws Exception {
        return mvc.perform(post("/insight/reports").with(csrf()).with(as(users, user)).param("kind", kind)
                .param("fromDay", "1").param("fromMonth", "1").param("fromYear", "2000")
                .param("toDay", "1").param("toMonth", "12").param("toYear", "2026")).andReturn().getResponse();
    }

    @Test
    void aReportKeepsItsFiguresAndReadsTheSameAsPagePdfAndCsv() throws Exception {
        facts.refreshAll();
        MockHttpServletResponse made = produce("analyst", "QUARTERLY");
        assertThat(made.getRedirectedUrl()).matches("/insight/reports/[0-9a-f-]{36}");
        String url = made.getRedirectedUrl();
        String page = mvc.perform(get(url).with(as(users, "analyst"))).andReturn().getResponse().getContentAsString();
        long episodes = jdbc.sql("select count(*) from insight_episode where start_day <= date '2026-12-01'")
                .query(Long.class).single();
        assertThat(page).contains("Quarterly report to the missing sub-group", "the whole partnership",
                "Episodes (missing and away)", "How complete the records are", "Ethnic group");
        assertThat(page).containsPattern("Episodes \\(missing and away\\)</th>\\s*<td[^>]*>" + episodes + "<");

        MockHttpServletResponse pdf = mvc.perform(get(url + ".pdf").with(as(users, "board"))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getHeader("Content-Disposition")).contains("quarterly-2000-01-01-to-2026-12-01.pdf");
        String text;
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            text = new PDFTextStripper().getText(document);
            for (var p : document.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    images += p.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
        }
        // A chart above the month-by-month table and each of the 12 breakdowns, drawn from the kept tables.
        assertThat(images).isEqualTo(13);
        assertThat(text).contains("Quarterly report to the missing sub-group", "Episodes (missing and away) " + episodes,
                "How complete the records are", "Day last seen");

        String csv = mvc.perform(get(url + ".csv").with(as(users, "analyst"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv).startsWith("Table,Row,Column,Value\r\n")
                .contains("The period's numbers,Episodes (missing and away),Number," + episodes + "\r\n");

        // New records do not change a report already produced.
        UUID child = jdbc.sql("select child_id from insight_episode limit 1").query(UUID.class).single();
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, located_at,
                                     created_at, updated_at, version)
                values (gen_random_uuid(), :c, 'MISSING_FROM_HOME', 'HOME', timestamptz '2003-02-03 20:00+00', 'Park',
                        timestamptz '2003-02-03 22:00+00', now(), now(), 0)""").param("c", child).update();
        facts.refreshAll();
        String again = mvc.perform(get(url).with(as(users, "analyst"))).andReturn().getResponse().getContentAsString();
        assertThat(again).containsPattern("Episodes \\(missing and away\\)</th>\\s*<td[^>]*>" + episodes + "<");
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'insight-report' and action = 'EXPORT'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theScheduleProducesTheLastQuartersReportOnceAndTellsThoseNamed() throws Exception {
        UUID board = jdbc.sql("select id from user_account where username = 'board'").query(UUID.class).single();
        assertThat(mvc.perform(post("/insight/reports/recipients").with(csrf()).with(as(users, "analyst"))
                .param("kind", "CORPORATE_PARENTING").param("people", board.toString(), "not-an-id"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/insight/reports");
        long before = jdbc.sql("select count(*) from notification where recipient_id = :b").param("b", board)
                .query(Long.class).single();
        LocalDate day = LocalDate.of(2031, 4, 2);
        assertThat(reports.produceDue(day)).isEqualTo(1);
        assertThat(reports.produceDue(day)).as("once a quarter, however often the schedule runs").isZero();
        assertThat(jdbc.sql("""
                select count(*) from insight_report where kind = 'CORPORATE_PARENTING' and scheduled
                   and period_from = date '2031-01-01' and period_to = date '2031-03-31'""").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = :b").param("b", board)
                .query(Long.class).single()).isEqualTo(before + 1);
        String list = mvc.perform(get("/insight/reports").with(as(users, "board"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("Corporate parenting report: looked-after children who go missing", "on schedule");
    }

    @Test
    void whoMayProduceAndReadReportsAndBadAnswers() throws Exception {
        assertThat(produce("board", "QUARTERLY").getStatus()).isEqualTo(403);
        String url = produce("analyst", "QUARTERLY").getRedirectedUrl();
        assertThat(mvc.perform(get(url).with(as(users, "bristol"))).andReturn().getResponse().getStatus())
                .as("a council's manager does not read the whole partnership's report").isEqualTo(403);
        assertThat(mvc.perform(get("/insight/reports").with(as(users, "socialworker"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        String page = produce("analyst", "NOPE").getContentAsString();
        assertThat(page).contains("govuk-error-summary", "Choose which report to produce");
        String future = mvc.perform(post("/insight/reports").with(csrf()).with(as(users, "lead")).param("kind", "QUARTERLY")
                .param("fromDay", "1").param("fromMonth", "1").param("fromYear", "2099")
                .param("toDay", "1").param("toMonth", "2").param("toYear", "2099")).andReturn().getResponse()
                .getContentAsString();
        assertThat(future).contains("The last day must be today or in the past");
    }
}

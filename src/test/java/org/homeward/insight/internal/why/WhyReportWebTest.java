package org.homeward.insight.internal.why;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.access.Directory;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The "Why children go missing" board report: drafted, edited, issued with its figures frozen, read by the board. */
@HomewardTest
class WhyReportWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired EpisodeFacts facts;
    @Autowired Directory directory;

    MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(users, user))).andReturn().getResponse();
    }

    String page(String user, String path) throws Exception {
        MockHttpServletResponse response = send(user, get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    long version(UUID report) {
        return jdbc.sql("select version from insight_why_report where id = :id").param("id", report)
                .query(Long.class).single();
    }

    MockHttpServletRequestBuilder narrative(UUID report, long version, String action, String recommendations) {
        return post("/insight/reports/why/" + report).with(csrf()).param("version", String.valueOf(version))
                .param("action", action)
                .param("summary", "Children here mostly leave because of problems at home.")
                .param("childrenTellUs", "They speak of shouting at home and of friends who draw them out.")
                .param("meansForPartnership", "Family support must reach children before they first go missing.")
                .param("recommendations", recommendations);
    }

    /** The text alternatives of the tagged PDF's figures. */
    static List<String> alternatives(byte[] pdf) throws Exception {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            alternatives(document.getDocumentCatalog().getStructureTreeRoot().getKids(), found);
        }
        return found;
    }

    private static void alternatives(List<Object> kids, List<String> found) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getAlternateDescription() != null) {
                    found.add(e.getAlternateDescription());
                }
                alternatives(e.getKids(), found);
            }
        }
    }

    /** The images drawn on the PDF's pages. */
    static int images(byte[] pdf) throws Exception {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
        }
        return images;
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void anAnalystDraftsEditsAndIssuesTheReportWhoseFiguresAndPdfNeverChangeAfter() throws Exception {
        try (WhyData data = new WhyData(jdbc, directory); WhyData other = new WhyData(jdbc, directory)) {
            WhyWebTest.arrange(data, other);
            facts.refreshAll();

            String created = send("analyst", post("/insight/reports/why").with(csrf())
                    .param("fromDay", "1").param("fromMonth", "1").param("fromYear", "2015")
                    .param("toDay", "31").param("toMonth", "12").param("toYear", "2015")
                    .param("authority", data.council.toString())).getRedirectedUrl();
            assertThat(created).startsWith("/insight/reports/why/");
            UUID report = UUID.fromString(created.substring("/insight/reports/why/".length()));

            // The draft counts afresh, and only analysts see it.
            String draft = page("analyst", created);
            assertThat(WhyWebTest.row(draft, "rhi-push-factor", WhyWebTest.HOME_LABEL, 3)).containsExactly("7", "6", "88%");
            assertThat(send("board", get(created)).getStatus()).isEqualTo(403);
            assertThat(page("board", "/insight/reports/why")).doesNotContain(created);

            // Saved from the version read; a second editor with the old version is told, and their text is kept.
            long read = version(report);
            assertThat(send("analyst", narrative(report, read, "save", "First thoughts")).getRedirectedUrl())
                    .isEqualTo(created);
            String stale = send("analyst", narrative(report, read, "save", "Someone else's thoughts")).getContentAsString();
            assertThat(stale).contains("govuk-error-summary", "after you opened it", "Someone else&#39;s thoughts",
                    "First thoughts");
            assertThat(jdbc.sql("select recommendations from insight_why_report where id = :id").param("id", report)
                    .query(String.class).single()).isEqualTo("First thoughts");

            // Issuing needs every section.
            String incomplete = send("analyst", narrative(report, version(report), "issue", " ")).getContentAsString();
            assertThat(incomplete).contains("govuk-error-summary", "Enter the recommendations before issuing the report");
            assertThat(send("analyst", narrative(report, version(report), "issue",
                    "The board agrees a family support offer at first episode.")).getRedirectedUrl()).isEqualTo(created);

            // Board members and senior managers read it and download it.
            String issued = page("board", created);
            assertThat(issued).contains("Issued", "Download the report (PDF)", "Family support must reach children");
            assertThat(WhyWebTest.row(issued, "rhi-push-factor", WhyWebTest.HOME_LABEL, 3))
                    .containsExactly("7", "6", "88%");
            assertThat(page("board", "/insight/reports/why")).contains(created);
            MockHttpServletResponse download = send("board", get(created + "/document.pdf"));
            assertThat(download.getStatus()).isEqualTo(200);
            assertThat(download.getContentType()).isEqualTo("application/pdf");
            byte[] pdf = download.getContentAsByteArray();
            String text = text(pdf);
            assertThat(text).contains("Why children go missing", "1. Summary", "2. The figures",
                    "3. What children tell us", "4. What this means for the partnership", "5. Recommendations",
                    "Children here mostly leave because of problems at home.",
                    "The board agrees a family support offer at first episode.",
                    "Return interviews held 8 7", WhyWebTest.HOME_LABEL + " 7 6 88%", "Factors that occur together");
            assertThat(text).doesNotContain("Marigold", "Thistlewood");
            // The page's four charts are drawn in the PDF too, each named for those who cannot see it.
            assertThat(images(pdf)).isEqualTo(4);
            assertThat(alternatives(pdf)).hasSize(4)
                    .allMatch(alt -> alt.endsWith("(the table below gives the figures)"));

            // The records change: the live page counts the new interview; the issued report does not.
            UUID late = data.child("Latecomer", "Child");
            data.interview(late, null, ZonedDateTime.of(2015, 3, 3, 20, 0, 0, 0, ClockConfiguration.LONDON), false,
                    "Late", WhyWebTest.HOME);
            facts.refreshAll();
            String live = page("analyst", "/insight/why?" + WhyWebTest.PERIOD + "&authority=" + data.council);
            assertThat(WhyWebTest.row(live, "rhi-push-factor", WhyWebTest.HOME_LABEL, 3)).containsExactly("8", "7", "89%");
            assertThat(WhyWebTest.row(page("lead", created), "rhi-push-factor", WhyWebTest.HOME_LABEL, 3))
                    .containsExactly("7", "6", "88%");
            assertThat(send("lead", get(created + "/document.pdf")).getContentAsByteArray()).isEqualTo(pdf);

            // An issued report is not edited again.
            send("analyst", narrative(report, version(report), "save", "Changed afterwards"));
            assertThat(jdbc.sql("select recommendations from insight_why_report where id = :id").param("id", report)
                    .query(String.class).single()).isEqualTo("The board agrees a family support offer at first episode.");

            assertThat(jdbc.sql("""
                    select count(*) from audit_entry where record_type = 'insight-why-report' and record_id = :id
                       and action in ('CREATE', 'CHANGE', 'EXPORT')""").param("id", report).query(Long.class).single())
                    .isEqualTo(1 + 1 + 2 + 2);
        }
    }

    @Test
    void onlyAnalystsDraftAndOnlyThoseTheReportIsForReadIt() throws Exception {
        assertThat(send("board", post("/insight/reports/why").with(csrf())).getStatus()).isEqualTo(403);
        assertThat(send("lead", post("/insight/reports/why").with(csrf())).getStatus()).isEqualTo(403);
        assertThat(send("manager", get("/insight/reports/why")).getStatus()).isEqualTo(403);
        assertThat(send("socialworker", get("/insight/reports/why")).getStatus()).isEqualTo(403);
        assertThat(send("socialworker", get("/insight/reports/why/" + UUID.randomUUID() + "/document.pdf")).getStatus())
                .isEqualTo(403);
        assertThat(page("board", "/insight/reports/why")).doesNotContain("Start a new report");
        assertThat(page("analyst", "/insight/reports/why")).contains("Start a new report");
    }

    @Test
    void aDraftNeedsAPeriodThatEndsByToday() throws Exception {
        String html = send("analyst", post("/insight/reports/why").with(csrf())
                .param("fromDay", "1").param("fromMonth", "1").param("fromYear", "2015")
                .param("toDay", "31").param("toMonth", "13").param("toYear", "2015")).getContentAsString();
        assertThat(html).contains("govuk-error-summary", "Start a new report");
    }
}

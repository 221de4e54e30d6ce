package org.homeward.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * An analyst goes everywhere insight lets them (every link from every insight page, every download), and nowhere
 * finds a child's name, identifier or date of birth, nor a link into a child's record.
 */
@HomewardTest
class AnalystSeesNoIdentitiesTest {

    static final String PERIOD = "fromDay=1&fromMonth=1&fromYear=2000&toDay=1&toMonth=12&toYear=2026";
    static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    static final Pattern RECORD = Pattern.compile("^/(children|episodes|return-interviews|meetings|associates|locations"
            + "|interventions|shares|tasks)/[0-9a-f]{8}-");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired EpisodeFacts facts;

    @Test
    void noInsightPageOrExportIdentifiesAChild() throws Exception {
        facts.refreshAll();
        // A report of each kind exists, so its page and downloads are visited too.
        for (String kind : List.of("QUARTERLY", "CORPORATE_PARENTING")) {
            mvc.perform(post("/insight/reports").with(csrf()).with(as(users, "analyst")).param("kind", kind)
                    .param("fromDay", "1").param("fromMonth", "1").param("fromYear", "2000")
                    .param("toDay", "1").param("toMonth", "12").param("toYear", "2026"));
        }
        List<String> identities = jdbc.sql("""
                select distinct v from child c join episode e on e.child_id = c.id,
                       unnest(array[c.given_names || ' ' || c.family_name, c.council_case_id, c.police_nominal_id,
                                    c.nhs_number, c.upn, c.id::text]) v
                 where v is not null and length(v) >= 6""").query(String.class).list();
        assertThat(identities).isNotEmpty();

        Deque<String> toVisit = new ArrayDeque<>(List.of("/insight?" + PERIOD, "/insight/why?" + PERIOD,
                "/insight/places?" + PERIOD, "/insight/impact?" + PERIOD, "/insight/definition?" + PERIOD,
                "/insight/disproportionality?" + PERIOD, "/insight/reports", "/insight/reports/why", "/dashboard",
                "/return-interviews/measures"));
        Set<String> seen = new LinkedHashSet<>();
        int pages = 0;
        while (!toVisit.isEmpty() && pages < 300) {
            String path = toVisit.poll();
            if (!seen.add(path)) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(path).with(as(users, "analyst"))).andReturn()
                    .getResponse();
            int status = response.getStatus();
            assertThat(status).as(path).isIn(200, 302, 403, 404);
            if (status != 200) {
                continue;
            }
            pages++;
            String body = body(response);
            for (String identity : identities) {
                assertThat(body).as("%s shows an identity", path).doesNotContain(identity)
                        .doesNotContain(HtmlUtils.htmlEscape(identity));
            }
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                String link = HtmlUtils.htmlUnescape(links.group(1));
                assertThat(RECORD.matcher(link).find()).as("%s links into a child's record: %s", path, link).isFalse();
                if ((link.startsWith("/insight") || link.startsWith("/dashboard")
                        || link.startsWith("/return-interviews/measures")) && !seen.contains(link)) {
                    toVisit.add(link);
                }
            }
        }
        assertThat(pages).isGreaterThan(8);
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        String type = response.getContentType() == null ? "" : response.getContentType();
        if (type.startsWith("application/pdf")) {
            try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
                return new PDFTextStripper().getText(document);
            }
        }
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}

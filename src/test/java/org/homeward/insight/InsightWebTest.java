package org.homeward.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** The partnership picture as analysts and managers see it: counts without identities, lists for those allowed. */
@HomewardTest
class InsightWebTest {

    static final String PERIOD = "fromDay=1&fromMonth=1&fromYear=2000&toDay=31&toMonth=12&toYear=2030";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired EpisodeFacts facts;

    @BeforeEach
    void counted() {
        facts.refreshAll();
    }

    MvcResult get(String user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(as(users, user))).andReturn();
    }

    /** Every name of a child with an episode: none may appear on an analyst's page. */
    List<String> namesOfChildrenWithEpisodes() {
        return jdbc.sql("""
                select distinct c.given_names || ' ' || c.family_name from child c join episode e on e.child_id = c.id""")
                .query(String.class).list();
    }

    @Test
    void anAnalystSeesThePartnershipsFiguresWithChartsTablesAndNoIdentities() throws Exception {
        MvcResult result = get("analyst", "/insight?" + PERIOD);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("Missing children: the partnership picture", "the whole partnership",
                "data-measure=\"children\"", "How complete the records are");
        long episodes = jdbc.sql("select count(*) from insight_episode").query(Long.class).single();
        assertThat(page).containsPattern("data-measure=\"episodes\">\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*>" + episodes + "<");
        // Each breakdown is a chart for the eye and a table for everyone.
        int charts = count(page, "<svg role=\"img\"");
        assertThat(charts).isEqualTo(13);
        assertThat(count(page, "<table class=\"govuk-table\"")).isGreaterThanOrEqualTo(charts + 1);
        for (String name : namesOfChildrenWithEpisodes()) {
            assertThat(page).as("no child's name").doesNotContain(HtmlUtils.htmlEscape(name));
        }
        assertThat(page).as("no list behind a figure for an analyst").doesNotContain("/insight/episodes");
        assertThat(get("analyst", "/insight/episodes?" + PERIOD + "&dimension=SEX&value=F").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'insight-dashboard'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void smallCountsAreShownAsFewerThanTheThreshold() throws Exception {
        String page = get("analyst", "/insight?" + PERIOD).getResponse().getContentAsString();
        // Every count shown is nought, at least the threshold, or "fewer than 5": never 1 to 4.
        Matcher cells = Pattern.compile("govuk-table__cell--numeric\"[^>]*>\\s*([^<]*?)\\s*<").matcher(page);
        int seen = 0;
        while (cells.find()) {
            String shown = cells.group(1);
            seen++;
            assertThat(shown).as("a count on the page").doesNotMatch("[1-4]");
        }
        assertThat(seen).isGreaterThan(50);
        assertThat(page).contains("fewer than 5");
    }

    @Test
    void aManagerFollowsAFigureToTheEpisodesBehindIt() throws Exception {
        String page = get("lead", "/insight?" + PERIOD).getResponse().getContentAsString();
        Matcher link = Pattern.compile("href=\"(/insight/episodes\\?[^\"]*dimension=SEX&amp;value=F)\"").matcher(page);
        assertThat(link.find()).isTrue();
        MvcResult list = get("lead", HtmlUtils.htmlUnescape(link.group(1)));
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        String rows = list.getResponse().getContentAsString();
        assertThat(rows).contains("Sex: Female");
        assertThat(rows).containsPattern("href=\"/episodes/[0-9a-f-]{36}\"|C-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(get("lead", "/insight/episodes?" + PERIOD + "&dimension=NOPE&value=F").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(get("lead", "/insight/episodes?" + PERIOD + "&dimension=SEX&value=%27%3B--").getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void practitionersDoNotSeeInsightAndABadPeriodIsExplained() throws Exception {
        assertThat(get("socialworker", "/insight").getResponse().getStatus()).isEqualTo(403);
        assertThat(get("police", "/insight").getResponse().getStatus()).isEqualTo(403);
        String page = get("analyst", "/insight?fromDay=31&fromMonth=12&fromYear=2026&toDay=1&toMonth=1&toYear=2026")
                .getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "The last day must be the same as or after the first day");
    }

    private static int count(String page, String text) {
        int n = 0;
        for (int i = page.indexOf(text); i >= 0; i = page.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }
}

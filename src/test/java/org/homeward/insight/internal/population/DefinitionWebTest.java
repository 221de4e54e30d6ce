package org.homeward.insight.internal.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.insight.internal.population.InsightRecords.london;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** How "missing" is applied: episodes and outcomes by category, classification and risk level, to the number. */
@HomewardTest
class DefinitionWebTest {

    static final String YEAR_2006 = "/insight/definition?fromDay=1&fromMonth=1&fromYear=2006&toDay=31&toMonth=12&toYear=2006"
            + "&authority=" + InsightRecords.SOUTH_GLOUCESTERSHIRE;

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired EpisodeFacts facts;

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    /** The text of one cell: the row with {@code data-row} (or {@code data-step}) {@code key}, column {@code measure}. */
    static String cell(String page, String attribute, String key, String measure) {
        Matcher m = Pattern.compile(attribute + "=\"" + Pattern.quote(key) + "\"(?:(?!</tr>).)*?data-measure=\""
                + measure + "\">([^<]*)<", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("row %s, column %s", key, measure).isTrue();
        return m.group(1).strip();
    }

    @Test
    void sr06_episodesAndOutcomesByCategoryClassificationAndRiskLevelAreCountedExactly() throws Exception {
        InsightRecords r = new InsightRecords(jdbc);
        UUID council = InsightRecords.SOUTH_GLOUCESTERSHIRE;
        LocalDate born = LocalDate.of(1992, 5, 3);
        // Missing from care, graded missing and high risk: two children, two episodes each.
        UUID a = r.child(born, "F", "WBRI", "LAC_CO", council);
        UUID a1 = r.episode(a, "MISSING_FROM_CARE", london(2006, 3, 1, 20, 0), 5, "Assaulted");
        r.grade(a1, "MISSING", "HIGH", london(2006, 3, 1, 21, 0));
        r.interview(a1, 72 * 60, false);                    // held at 72 hours exactly: in time
        UUID a2 = r.episode(a, "MISSING_FROM_CARE", london(2006, 3, 10, 20, 0), 5);
        r.grade(a2, "MISSING", "HIGH", london(2006, 3, 10, 21, 0));
        r.interview(a2, 72 * 60 + 1, false);                // one minute late
        UUID b = r.child(born, "M", "BCRB", "LAC_CO", council);
        UUID b1 = r.episode(b, "MISSING_FROM_CARE", london(2006, 4, 1, 20, 0), 5);
        r.grade(b1, "MISSING", "HIGH", london(2006, 4, 1, 21, 0));
        r.factor(r.interview(b1, 24 * 60, true), "rhi-harm", "SEXUAL");
        UUID b2 = r.episode(b, "MISSING_FROM_CARE", london(2006, 4, 20, 20, 0), 5);
        r.grade(b2, "MISSING", "HIGH", london(2006, 4, 20, 21, 0));
        r.factor(r.interview(b2, 100 * 60, false), "rhi-harm", "NO_HARM");
        r.screening(b, LocalDate.of(2006, 5, 18));         // 28 days after b2 began, 47 after b1
        // Missing from care, graded absent and low risk; c's episode of December 2005 makes her January one a repeat.
        UUID c = r.child(born, "F", "WBRI", "LAC_S20", council);
        r.episode(c, "MISSING_FROM_CARE", london(2005, 12, 20, 20, 0), 5);
        UUID c2 = r.episode(c, "MISSING_FROM_CARE", london(2006, 1, 5, 20, 0), 5, "Slept rough");
        r.grade(c2, "ABSENT", "LOW", london(2006, 1, 5, 21, 0));
        UUID d = r.child(born, "M", "WBRI", "LAC_CO", council);
        UUID d1 = r.episode(d, "MISSING_FROM_CARE", london(2006, 2, 1, 20, 0), 5, "Given drugs");
        r.grade(d1, "MISSING", "MEDIUM", london(2006, 2, 1, 21, 0));
        r.grade(d1, "ABSENT", "LOW", london(2006, 2, 1, 23, 0));  // the latest grading counts
        // Missing from home, never graded: the last begins on 31 December (London), one more on 1 January 2007.
        UUID e = r.child(born, "F", "WBRI", "NONE", council);
        r.episode(e, "MISSING_FROM_HOME", london(2006, 6, 1, 20, 0), 5);
        r.episode(e, "MISSING_FROM_HOME", london(2006, 7, 1, 20, 0), 5);
        r.episode(e, "MISSING_FROM_HOME", london(2006, 12, 31, 23, 30), 1);
        r.episode(e, "MISSING_FROM_HOME", london(2007, 1, 1, 0, 30), 5);
        // Away from placement, graded no apparent risk.
        UUID f = r.child(born, "M", "WBRI", "LAC_CO", council);
        UUID f1 = r.episode(f, "AWAY_FROM_PLACEMENT", london(2006, 8, 1, 20, 0), 5, "Robbed");
        r.grade(f1, "MISSING", "NO_APPARENT_RISK", london(2006, 8, 1, 21, 0));
        UUID f2 = r.episode(f, "AWAY_FROM_PLACEMENT", london(2006, 9, 1, 20, 0), 5);
        r.grade(f2, "MISSING", "NO_APPARENT_RISK", london(2006, 9, 1, 21, 0));
        facts.refreshAll();

        r.suppressBelow(2);
        String page;
        try {
            page = page("analyst", YEAR_2006);
        } finally {
            r.suppressAsDefault();
        }
        String high = "MISSING_FROM_CARE.MISSING.HIGH";
        assertThat(cell(page, "data-row", high, "episodes")).isEqualTo("4");
        assertThat(cell(page, "data-row", high, "children")).isEqualTo("2");
        assertThat(cell(page, "data-row", high, "harm")).isEqualTo("2 (50%)");
        assertThat(cell(page, "data-row", high, "repeat")).isEqualTo("2 (50%)");
        assertThat(cell(page, "data-row", high, "exploitation")).isEqualTo("fewer than 2");
        assertThat(cell(page, "data-row", high, "screened")).isEqualTo("fewer than 2");
        assertThat(cell(page, "data-row", high, "within-72-hours")).isEqualTo("2 (50%)");
        String absent = "MISSING_FROM_CARE.ABSENT.LOW";
        assertThat(cell(page, "data-row", absent, "episodes")).isEqualTo("2");
        assertThat(cell(page, "data-row", absent, "harm")).isEqualTo("2 (100%)");
        assertThat(cell(page, "data-row", absent, "repeat")).isEqualTo("fewer than 2");
        assertThat(cell(page, "data-row", absent, "exploitation")).isEqualTo("0 (0%)");
        assertThat(page).doesNotContain("data-row=\"MISSING_FROM_CARE.MISSING.MEDIUM\"");
        assertThat(cell(page, "data-row", "MISSING_FROM_CARE", "episodes")).isEqualTo("6");
        assertThat(cell(page, "data-row", "MISSING_FROM_CARE", "children")).isEqualTo("4");
        assertThat(cell(page, "data-row", "MISSING_FROM_CARE", "harm")).isEqualTo("4 (67%)");
        assertThat(cell(page, "data-row", "MISSING_FROM_CARE", "repeat")).isEqualTo("3 (50%)");
        assertThat(cell(page, "data-row", "MISSING_FROM_CARE", "within-72-hours")).isEqualTo("2 (33%)");
        String home = "MISSING_FROM_HOME.NOT_GRADED.NOT_GRADED";
        assertThat(cell(page, "data-row", home, "episodes")).isEqualTo("3");
        assertThat(cell(page, "data-row", home, "children")).isEqualTo("fewer than 2");
        assertThat(cell(page, "data-row", home, "repeat")).isEqualTo("2 (67%)");
        assertThat(cell(page, "data-row", "AWAY_FROM_PLACEMENT.MISSING.NO_APPARENT_RISK", "episodes")).isEqualTo("2");
        assertThat(cell(page, "data-row", "AWAY_FROM_PLACEMENT.MISSING.NO_APPARENT_RISK", "harm"))
                .isEqualTo("fewer than 2");
        assertThat(cell(page, "data-row", "ALL", "episodes")).isEqualTo("11");
        assertThat(cell(page, "data-row", "ALL", "children")).isEqualTo("6");
        assertThat(cell(page, "data-row", "ALL", "harm")).isEqualTo("5 (45%)");
        assertThat(cell(page, "data-row", "ALL", "repeat")).isEqualTo("6 (55%)");
        assertThat(cell(page, "data-row", "ALL", "within-72-hours")).isEqualTo("2 (18%)");
        // Along the continuum, whatever the category.
        assertThat(cell(page, "data-step", "ABSENT", "share")).isEqualTo("100%");
        assertThat(cell(page, "data-step", "HIGH", "share")).isEqualTo("50%");
        assertThat(cell(page, "data-step", "NOT_GRADED", "share")).isEqualTo("0%");
        assertThat(cell(page, "data-step", "NO_APPARENT_RISK", "share")).isEqualTo("fewer than 2");
        assertThat(cell(page, "data-step", "MEDIUM", "episodes")).isEqualTo("0");
        assertThat(page).contains("<svg role=\"img\"").contains("How missing is applied").doesNotContain("Arranged");

        // At the default threshold, the same rows hide what is under 5.
        String suppressed = page("analyst", YEAR_2006);
        assertThat(cell(suppressed, "data-row", high, "episodes")).isEqualTo("fewer than 5");
        assertThat(cell(suppressed, "data-row", "ALL", "episodes")).isEqualTo("11");
        assertThat(cell(suppressed, "data-row", "ALL", "harm")).isEqualTo("5 (45%)");
        assertThat(cell(suppressed, "data-row", "ALL", "children")).isEqualTo("6");
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'insight-definition'")
                .query(Long.class).single()).isPositive();
        assertThat(suppressed).as("no list behind a figure for an analyst").doesNotContain("/insight/episodes");

        // A manager follows a row to exactly the episodes behind it.
        Matcher link = Pattern.compile("data-row=\"" + high + "\"(?:(?!</tr>).)*?href=\"(/insight/episodes\\?[^\"]*)\"",
                Pattern.DOTALL).matcher(page("lead", YEAR_2006));
        assertThat(link.find()).isTrue();
        String list = page("lead", HtmlUtils.htmlUnescape(link.group(1)));
        assertThat(list).contains("Category: Missing from care; Police classification: Missing; Police risk level: High");
        Matcher rows = Pattern.compile("<tr class=\"govuk-table__row\">\\s*<td").matcher(list);
        int listed = 0;
        while (rows.find()) {
            listed++;
        }
        assertThat(listed).isEqualTo(4);
    }

    @Test
    void onlyThoseWhoAnswerForThePartnershipSeeIt() throws Exception {
        assertThat(mvc.perform(get("/insight/definition").with(as(users, "socialworker"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/insight/definition").with(as(users, "admin"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(page("board", "/insight/definition?fromDay=1&fromMonth=1&fromYear=1996&toDay=31&toMonth=12&toYear=1996"))
                .contains("No episodes began in this period");
        assertThat(page("lead", "/insight/definition?fromDay=1&fromMonth=13&fromYear=2026&toDay=1&toMonth=10&toYear=2026"))
                .contains("There is a problem").contains("The first day of the period must be a real date");
    }
}

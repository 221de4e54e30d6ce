package org.homeward.insight.internal.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.insight.internal.population.DefinitionWebTest.cell;
import static org.homeward.insight.internal.population.InsightRecords.london;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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

/** Rates per 1,000 children and rate ratios against a population the administrator entered, to the decimal. */
@HomewardTest
class DisproportionalityWebTest {

    static final UUID COUNCIL = InsightRecords.SOUTH_GLOUCESTERSHIRE;
    static final String YEAR_2007 = "/insight/disproportionality?fromDay=1&fromMonth=1&fromYear=2007&toDay=31&toMonth=12"
            + "&toYear=2007";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired EpisodeFacts facts;

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    /** The cell of one group's row, within the table of one characteristic's breakdown. */
    static String group(String page, String breakdown, String code, String measure) {
        Matcher m = Pattern.compile("data-breakdown=\"" + breakdown + "\"(?:(?!</figure>).)*?(data-group=\""
                + Pattern.quote(code) + "\"(?:(?!</tr>).)*</tr>)", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("%s %s", breakdown, code).isTrue();
        return cell(m.group(1), "data-group", code, measure);
    }

    @Test
    void sr09_ratesPerThousandAndRateRatiosAgainstTheEnteredPopulation() throws Exception {
        String saved = mvc.perform(post("/insight/population").with(csrf()).with(as(users, "admin"))
                        .param("year", "2007").param("authority", COUNCIL.toString())
                        .param("numbers[ALL_ALL]", "10,000").param("numbers[SEX_F]", "4900").param("numbers[SEX_M]", "5100")
                        .param("numbers[AGE_UNDER_10]", "5000").param("numbers[AGE_10_12]", "1500")
                        .param("numbers[AGE_13_15]", "1500").param("numbers[AGE_16_17]", "1000")
                        .param("numbers[ETHNICITY_WHITE]", "8000").param("numbers[ETHNICITY_MIXED]", "400")
                        .param("numbers[ETHNICITY_ASIAN]", "1000").param("numbers[ETHNICITY_BLACK]", "500")
                        .param("numbers[ETHNICITY_OTHER]", "100"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(saved).isEqualTo("/insight/population");

        InsightRecords r = new InsightRecords(jdbc);
        for (int i = 0; i < 6; i++) {                        // six White girls of 14, one of them three times
            UUID girl = r.child(LocalDate.of(1993, 1, 1), "F", "WBRI", "LAC_CO", COUNCIL);
            r.episode(girl, "MISSING_FROM_CARE", london(2007, 3, 1 + i, 20, 0), 5);
            if (i == 0) {
                r.episode(girl, "MISSING_FROM_CARE", london(2007, 5, 1, 20, 0), 5);
                r.episode(girl, "MISSING_FROM_CARE", london(2007, 6, 1, 20, 0), 5);
            }
        }
        for (int i = 0; i < 4; i++) {                        // four Black boys of 16
            UUID boy = r.child(LocalDate.of(1990, 6, 1), "M", "BCRB", "CIN", COUNCIL);
            r.episode(boy, "MISSING_FROM_HOME", london(2007, 3, 1 + i, 20, 0), 5);
        }
        UUID unrecorded = r.child(LocalDate.of(1993, 1, 1), "F", null, "CIN", COUNCIL);
        r.episode(unrecorded, "MISSING_FROM_HOME", london(2007, 4, 1, 20, 0), 5);
        UUID careLeaver = r.child(LocalDate.of(1987, 1, 1), "F", "WBRI", "CARE_LEAVER", COUNCIL);
        r.episode(careLeaver, "MISSING_FROM_HOME", london(2007, 4, 1, 20, 0), 5);
        facts.refreshAll();

        r.suppressBelow(2);
        String page;
        String partnership;
        try {
            page = page("analyst", YEAR_2007 + "&authority=" + COUNCIL);
            partnership = page("board", YEAR_2007);
        } finally {
            r.suppressAsDefault();
        }
        assertThat(page).contains("Against the mid-year 2007 child population of South Gloucestershire");
        assertThat(cell(page, "data-group", "ALL", "children")).isEqualTo("11");
        assertThat(cell(page, "data-group", "ALL", "population")).isEqualTo("10,000");
        assertThat(cell(page, "data-group", "ALL", "rate")).isEqualTo("1.1");
        assertThat(group(page, "chart-sex", "F", "children")).isEqualTo("7");
        assertThat(group(page, "chart-sex", "F", "rate")).isEqualTo("1.4");
        assertThat(group(page, "chart-sex", "F", "ratio")).isEqualTo("1.30");
        assertThat(group(page, "chart-sex", "M", "rate")).isEqualTo("0.8");
        assertThat(group(page, "chart-sex", "M", "ratio")).isEqualTo("0.71");
        assertThat(group(page, "chart-age", "13_15", "rate")).isEqualTo("4.7");
        assertThat(group(page, "chart-age", "13_15", "ratio")).isEqualTo("4.24");
        assertThat(group(page, "chart-age", "16_17", "rate")).isEqualTo("4.0");
        assertThat(group(page, "chart-age", "16_17", "ratio")).isEqualTo("3.64");
        assertThat(group(page, "chart-age", "UNDER_10", "rate")).isEqualTo("0.0");
        assertThat(group(page, "chart-ethnicity", "WHITE", "children")).isEqualTo("6");
        assertThat(group(page, "chart-ethnicity", "WHITE", "ratio")).isEqualTo("0.68");
        assertThat(group(page, "chart-ethnicity", "BLACK", "rate")).isEqualTo("8.0");
        assertThat(group(page, "chart-ethnicity", "BLACK", "ratio")).isEqualTo("7.27");
        // Against the other children, 95% confidence (Katz): beyond chance for Black children and those of 13 to 15,
        // not for boys, whose 4 against the girls' 7 could be chance.
        assertThat(group(page, "chart-ethnicity", "BLACK", "compared")).isEqualTo("Higher: 10.86 times (3.19 to 36.97)");
        assertThat(group(page, "chart-age", "13_15", "compared")).isEqualTo("Higher: 9.92 times (2.91 to 33.83)");
        assertThat(group(page, "chart-sex", "M", "compared")).isEqualTo("No clear difference: 0.55 times (0.16 to 1.87)");
        assertThat(group(page, "chart-ethnicity", "WHITE", "compared")).isEqualTo("Lower: 0.30 times (0.09 to 0.98)");
        assertThat(group(page, "chart-age", "UNDER_10", "compared")).isEqualTo("Too few to tell");
        assertThat(group(page, "chart-ethnicity", "NOT_RECORDED", "children")).isEqualTo("fewer than 2");
        assertThat(group(page, "chart-ethnicity", "NOT_RECORDED", "population")).isEqualTo("No population group");
        assertThat(page).contains("<svg role=\"img\"").doesNotContain("Arranged");
        // The partnership, with no population of its own for 2007, is measured by the one council that has one.
        assertThat(partnership).contains("children of councils with no population entered for 2007 are left out");
        assertThat(cell(partnership, "data-group", "ALL", "children")).isEqualTo("11");

        // At the default threshold the four boys, and every rate worked out from them, are hidden.
        String suppressed = page("analyst", YEAR_2007 + "&authority=" + COUNCIL);
        assertThat(group(suppressed, "chart-sex", "M", "children")).isEqualTo("fewer than 5");
        assertThat(group(suppressed, "chart-sex", "M", "rate")).isEqualTo("fewer than 5");
        assertThat(group(suppressed, "chart-sex", "M", "ratio")).isEqualTo("fewer than 5");
        assertThat(group(suppressed, "chart-sex", "M", "compared")).isEqualTo("Too few to tell");
        assertThat(group(suppressed, "chart-ethnicity", "WHITE", "rate")).isEqualTo("0.8");
    }

    @Test
    void withNoPopulationEnteredThePageSaysSoAndShowsNoRates() throws Exception {
        String page = page("analyst", "/insight/disproportionality?fromDay=1&fromMonth=1&fromYear=1999&toDay=31"
                + "&toMonth=12&toYear=1999&authority=" + COUNCIL);
        assertThat(page).contains("No child population has been entered for 1999 or earlier for South Gloucestershire")
                .doesNotContain("Per 1,000");
        assertThat(mvc.perform(get("/insight/disproportionality").with(as(users, "socialworker"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}

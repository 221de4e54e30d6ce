package org.homeward.insight.internal.why;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.access.Directory;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.insight.internal.Pseudonyms;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Why children go missing: the factors coded at return interviews, counted exactly, and children's words under pseudonyms. */
@HomewardTest
class WhyWebTest {

    static final String HOME = "rhi-push-factor.HOME_PROBLEMS";
    static final String PEERS = "rhi-pull-factor.PEER_PRESSURE";
    static final String DRUGS = "rhi-harm.GIVEN_DRUGS";
    static final String HOME_LABEL = "Problems at home (arguments to abuse or neglect)";
    static final String PERIOD = "fromDay=1&fromMonth=1&fromYear=2015&toDay=31&toMonth=12&toYear=2015";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired EpisodeFacts facts;
    @Autowired Directory directory;
    @Autowired Pseudonyms pseudonyms;

    /**
     * Six children interviewed in February 2015, each telling of problems at home, five of them also of peer
     * pressure and exploitation, two of drugs; the first interviewed again in May (home and peers); a seventh, in a
     * placement, in May (bullying, exploitation). Outside the figures: the first child's interview in 2016 and a
     * child of another council.
     */
    static void arrange(WhyData data, WhyData other) {
        for (int i = 1; i <= 6; i++) {
            UUID child = data.child("Marigold", "Thistlewood" + i);
            List<String> factors = new ArrayList<>(List.of(HOME));
            if (i <= 5) {
                factors.add(PEERS);
            }
            if (i <= 2) {
                factors.add(DRUGS);
            }
            data.interview(child, null, feb(i), i <= 5, "Marigold said home was too loud and Thistlewood" + i
                    + " was shouted at", factors.toArray(String[]::new));
        }
        UUID first = data.children.get(0);
        data.interview(first, null, ZonedDateTime.of(2015, 5, 4, 22, 0, 0, 0, ClockConfiguration.LONDON), false,
                "The same again", HOME, PEERS);
        data.interview(first, null, ZonedDateTime.of(2016, 2, 4, 22, 0, 0, 0, ClockConfiguration.LONDON), false,
                "Next year", HOME);
        UUID seventh = data.child("Perpetua", "Quillfeather");
        data.interview(seventh, data.placement(seventh), ZonedDateTime.of(2015, 5, 20, 16, 0, 0, 0,
                ClockConfiguration.LONDON), true, null, "rhi-push-factor.BULLYING");
        UUID elsewhere = other.child("Elsewhere", "Child");
        other.interview(elsewhere, null, feb(1), false, "Not this council", HOME);
    }

    static ZonedDateTime feb(int day) {
        return ZonedDateTime.of(2015, 2, 10 + day, 21, 0, 0, 0, ClockConfiguration.LONDON);
    }

    String page(String user, String path) throws Exception {
        var response = mvc.perform(get(path).with(as(users, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** Each body row of a table: its header, then its cells' text. */
    static List<List<String>> rows(String html, String table) {
        int start = html.indexOf("data-table=\"" + table + "\"");
        assertThat(start).as(table).isPositive();
        String body = html.substring(html.indexOf("<tbody", start), html.indexOf("</table>", start));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The cells of the row headed {@code label} (without the header), at most {@code n} of them. */
    static List<String> row(String html, String table, String label, int n) {
        List<String> found = rows(html, table).stream().filter(r -> r.get(0).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + table));
        return found.subList(1, Math.min(found.size(), n + 1));
    }

    @Test
    void factorsAreCountedByInterviewsAndChildrenOverallByQuarterAndByWhereTheChildLived() throws Exception {
        try (WhyData data = new WhyData(jdbc, directory); WhyData other = new WhyData(jdbc, directory)) {
            arrange(data, other);
            facts.refreshAll();
            String html = page("analyst", "/insight/why?" + PERIOD + "&authority=" + data.council);

            assertThat(row(html, "interviews", "Return interviews held", 3)).containsExactly("8", "7", "");
            assertThat(row(html, "interviews", "Interviews with a push or pull factor coded", 3))
                    .containsExactly("8", "7", "100%");
            assertThat(row(html, "interviews", "Exploitation identified", 3)).containsExactly("6", "6", "75%");

            assertThat(row(html, "rhi-push-factor", HOME_LABEL, 3)).containsExactly("7", "6", "88%");
            assertThat(row(html, "rhi-push-factor", "Bullying", 3))
                    .containsExactly("fewer than 5", "fewer than 5", "fewer than 5");
            assertThat(row(html, "rhi-push-factor", "Mental health problems", 3)).containsExactly("0", "0", "0%");
            assertThat(row(html, "rhi-pull-factor", "Peer pressure or parties", 3)).containsExactly("6", "5", "75%");
            assertThat(row(html, "rhi-harm", "Given or used drugs or alcohol", 3))
                    .containsExactly("fewer than 5", "fewer than 5", "fewer than 5");

            assertThat(html).contains("January to March 2015", "April to June 2015", "July to September 2015",
                    "October to December 2015");
            assertThat(row(html, "quarters", "Return interviews held", 8))
                    .containsExactly("6", "6", "fewer than 5", "fewer than 5", "0", "0", "0", "0");
            assertThat(row(html, "quarters", HOME_LABEL, 8))
                    .containsExactly("6", "6", "fewer than 5", "fewer than 5", "0", "0", "0", "0");
            assertThat(row(html, "quarters", "Exploitation identified", 8))
                    .containsExactly("5", "5", "fewer than 5", "fewer than 5", "0", "0", "0", "0");

            // At home, looked after in area, out of area, placed in by another council.
            assertThat(row(html, "cohorts", "Return interviews held", 8))
                    .containsExactly("7", "6", "fewer than 5", "fewer than 5", "0", "0", "0", "0");
            assertThat(row(html, "cohorts", "Peer pressure or parties", 8))
                    .containsExactly("6", "5", "0", "0", "0", "0", "0", "0");

            // A trend chart and a bar chart per vocabulary, each beside its table.
            assertThat(html).contains("aria-labelledby=\"chart-quarters-title\"", "aria-labelledby=\"chart-rhi-push-factor-title\"",
                    "aria-labelledby=\"chart-rhi-harm-title\"");
            assertThat(html).doesNotContain("Marigold", "Thistlewood", "Perpetua", "Quillfeather");
        }
    }

    @Test
    void theMostCommonPairsOfFactorsCodedAtTheSameInterviewAreListed() throws Exception {
        try (WhyData data = new WhyData(jdbc, directory); WhyData other = new WhyData(jdbc, directory)) {
            arrange(data, other);
            facts.refreshAll();
            String html = page("analyst", "/insight/why?" + PERIOD + "&authority=" + data.council);

            // Peer pressure with home: five February interviews and the first child's in May. Drugs came with both,
            // twice. Bullying came alone, and "no harm" pairs with nothing.
            assertThat(rows(html, "pairs")).containsExactly(
                    List.of("Peer pressure or parties", HOME_LABEL, "6", "5"),
                    List.of("Given or used drugs or alcohol", "Peer pressure or parties", "fewer than 5", "fewer than 5"),
                    List.of("Given or used drugs or alcohol", HOME_LABEL, "fewer than 5", "fewer than 5"));
        }
    }

    @Test
    void childrensWordsAreShownByFactorUnderPseudonymsWithTheirNamesTakenOut() throws Exception {
        try (WhyData data = new WhyData(jdbc, directory); WhyData other = new WhyData(jdbc, directory)) {
            arrange(data, other);
            facts.refreshAll();
            UUID first = data.children.get(0);
            long audited = jdbc.sql("select count(*) from audit_entry where child_id = :c and record_type = 'rhi-interview'")
                    .param("c", first).query(Long.class).single();

            String html = page("analyst", "/insight/why/words/" + HOME + "?" + PERIOD + "&authority="
                    + data.council);

            assertThat(html).contains("7 interviews in the period recorded this reason");
            for (UUID child : data.children.subList(0, 6)) {
                assertThat(html).contains(pseudonyms.of(child));
            }
            assertThat(html).contains("February 2015", "May 2015", "[name] said home was too loud and [name] was shouted at",
                    "The same again", "Noted: home_problems");
            assertThat(html).doesNotContain("Marigold", "Thistlewood", "Next year", "Not this council");
            assertThat(html.split("<tr class=\"govuk-table__row\">", -1)).hasSize(7 + 1 + 1);
            // Each child whose words were read has the reading in their own audit trail.
            assertThat(jdbc.sql("select count(*) from audit_entry where child_id = :c and record_type = 'rhi-interview'")
                    .param("c", first).query(Long.class).single()).isEqualTo(audited + 2);

            String few = page("analyst", "/insight/why/words/" + DRUGS + "?" + PERIOD + "&authority="
                    + data.council);
            assertThat(few).contains("data-testid=\"suppressed\"", "fewer than 5 interviews in the period");
            assertThat(few).doesNotContain("Noted: given_drugs", "[name] said");
            assertThat(few).doesNotContain(pseudonyms.of(first));
        }
    }

    @Test
    void childrensWordsComeTwentyToAPageNewestFirst() throws Exception {
        try (WhyData data = new WhyData(jdbc, directory)) {
            for (int i = 1; i <= 22; i++) {
                data.interview(data.child("Paged", "Child" + i), null, ZonedDateTime.of(2015, 1, 1, 12, 0, 0, 0,
                        ClockConfiguration.LONDON).plusDays(i), false, "Said on day " + i, HOME);
            }
            facts.refreshAll();
            String first = page("analyst", "/insight/why/words/" + HOME + "?" + PERIOD + "&authority=" + data.council);
            assertThat(first).contains("22 interviews in the period", "Said on day 22", "Said on day 3")
                    .doesNotContain("Said on day 2<", "Said on day 1<");
            Matcher next = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first);
            assertThat(next.find()).isTrue();
            String second = page("analyst", next.group(1).replace("&amp;", "&"));
            assertThat(second).contains("Said on day 2<", "Said on day 1<").doesNotContain("Said on day 3<");
        }
    }

    @Test
    void theWordsPageHasNoPageForAFactorThatIsNotCoded() throws Exception {
        assertThat(mvc.perform(get("/insight/why/words/rhi-push-factor.NOT_A_FACTOR").with(as(users, "analyst")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void onlyThoseWhoAnswerForThePartnershipSeeWhyChildrenGoMissing() throws Exception {
        assertThat(mvc.perform(get("/insight/why").with(as(users, "socialworker"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/insight/why/words/" + HOME).with(as(users, "socialworker"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(page("board", "/insight/why")).contains("Why children go missing");
    }

    @Test
    void aPeriodThatEndsBeforeItBeginsIsExplained() throws Exception {
        String html = page("analyst", "/insight/why?fromDay=2&fromMonth=2&fromYear=2015&toDay=1&toMonth=2&toYear=2015");
        assertThat(html).contains("govuk-error-summary", "The last day must be the same as or after the first day");
    }
}

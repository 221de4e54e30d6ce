package org.homeward.insight.internal.why;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.access.Directory;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Every figure a manager sees on the insight pages leads to the list of exactly the episodes it counts (or, on
 * the impact page, the returns): the list's episodes or children are the figure, for the whole partnership (read from the summaries) and for one council
 * (read from the episodes), over all time and over a period that begins and ends within months.
 */
@HomewardTest
class FiguresLeadDownWebTest {

    private static final Pattern LINK = Pattern.compile(
            "<a\\s+class=\"govuk-link\" href=\"(/insight/episodes\\?[^\"]*)\">\\s*([^<]*?)\\s*</a>");
    private static final Pattern TOTAL = Pattern.compile(
            "data-testid=\"total\">(\\d+) episodes? of (\\d+) child(?:ren)?<");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired EpisodeFacts facts;
    @Autowired Directory directory;
    /** Who follows the links. */
    String user = "lead";

    /** A link on a page: where it goes and the figure it shows. */
    record Link(String href, String figure, String context) {
    }

    String page(String user, String path) throws Exception {
        var response = mvc.perform(get(path).with(as(users, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    static List<Link> links(String html) {
        List<Link> links = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            String before = html.substring(Math.max(0, m.start() - 400), m.start());
            links.add(new Link(HtmlUtils.htmlUnescape(m.group(1)), m.group(2), before));
        }
        return links;
    }

    /** The list behind a link: its episodes and children, in all. */
    long[] listed(String href) throws Exception {
        String list = page(user, href);
        Matcher total = TOTAL.matcher(list);
        assertThat(total.find()).as(href).isTrue();
        return new long[] {Long.parseLong(total.group(1)), Long.parseLong(total.group(2))};
    }

    /**
     * Follows every link on the page: the figure must be the list's episodes or its children, and "fewer than 5"
     * a list of 1 to 4 of them. Returns how many links were followed, as {@code viewer}.
     */
    int followAll(String html) throws Exception {
        return followAll(html, "lead");
    }

    int followAll(String html, String viewer) throws Exception {
        user = viewer;
        List<Link> links = links(html);
        for (Link link : links) {
            long[] listed = listed(link.href());
            assertThat(listed[0]).as(link.href()).isPositive();
            // A count may be shown with its share: "12 (40%)".
            String figure = link.figure().replace(",", "").replaceFirst("^(\\d+) \\(.*\\)$", "$1");
            if (figure.startsWith("fewer than")) {
                assertThat(listed[0] < 5 || listed[1] < 5).as(link.href() + " behind " + figure).isTrue();
            } else if (figure.matches("\\d+")) {
                assertThat(Long.parseLong(figure)).as(link.href() + " after " + link.context())
                        .isIn(listed[0], listed[1]);
            }
        }
        return links.size();
    }

    /** The headline row's figure and its link. */
    static Link headline(String html, String measure) {
        int at = html.indexOf("data-measure=\"" + measure + "\"");
        assertThat(at).as(measure).isPositive();
        String row = html.substring(at, html.indexOf("</tr>", at));
        List<Link> links = links(row);
        if (links.isEmpty()) {
            assertThat(row).as(measure + ": only nought is not linked").containsPattern(">\\s*0\\s*</td>");
            return new Link(null, "0", row);
        }
        assertThat(links).as(measure).hasSize(1);
        return links.get(0);
    }

    @Test
    void everyFigureOnTheDashboardAndTheDefinitionsPageIsTheCountOfTheListBehindIt() throws Exception {
        facts.refreshAll();
        LocalDate today = LocalDate.now();
        LocalDate from = today.minusMonths(13).withDayOfMonth(15);
        List<String> periods = List.of("fromDay=1&fromMonth=1&fromYear=2000&toDay=31&toMonth=12&toYear=2030",
                "fromDay=15&fromMonth=" + from.getMonthValue() + "&fromYear=" + from.getYear() + "&toDay="
                        + today.getDayOfMonth() + "&toMonth=" + today.getMonthValue() + "&toYear=" + today.getYear());
        int followed = 0;
        for (String period : periods) {
            for (String viewer : List.of("lead", "bristol")) {
                String dashboard = page(viewer, "/insight?" + period);
                followed += followAll(dashboard, viewer);
                for (String measure : List.of("children", "repeat-children", "looked-after-children")) {
                    Link link = headline(dashboard, measure);
                    if (link.href() != null && link.figure().matches("\\d+")) {
                        assertThat(listed(link.href())[1]).as(measure).isEqualTo(Long.parseLong(link.figure()));
                    }
                }
                for (String measure : List.of("episodes", "missing", "away", "repeat-episodes", "harm-found",
                        "exploitation", "screened", "over-24-hours")) {
                    Link link = headline(dashboard, measure);
                    if (link.href() != null && link.figure().matches("\\d+")) {
                        assertThat(listed(link.href())[0]).as(measure).isEqualTo(Long.parseLong(link.figure()));
                    }
                }
                followed += followAll(page(viewer, "/insight/definition?" + period), viewer);
                int returns = followAll(page(viewer, "/insight/impact?" + period), viewer);
                assertThat(returns > 0 || !period.equals(periods.get(0))).as("the impact page's returns link down")
                        .isTrue();
                followed += returns;
            }
        }
        assertThat(followed).as("links followed").isGreaterThan(200);
    }

    @Test
    void everyFigureOfWhyChildrenGoMissingLeadsToTheEpisodesWhoseInterviewsItCounts() throws Exception {
        UUID leadsCouncil = jdbc.sql("select agency_id from user_account where username = 'lead'").query(UUID.class)
                .single();
        String path = "/insight/why?" + WhyWebTest.PERIOD;
        facts.refreshAll();
        long[] before = homeProblems(page("lead", path));
        try (WhyData data = new WhyData(jdbc, directory, leadsCouncil); WhyData other = new WhyData(jdbc, directory)) {
            WhyWebTest.arrange(data, other);
            facts.refreshAll();
            String html = page("lead", path);
            assertThat(followAll(html)).isGreaterThan(20);
            long[] after = homeProblems(html);
            assertThat(after[0] - before[0]).as("episodes").isEqualTo(7);
            assertThat(after[1] - before[1]).as("children").isEqualTo(6);
            assertThat(page("lead", homeProblemsLink(html))).contains("Return interview: " + WhyWebTest.HOME_LABEL);

            String analyst = page("analyst", path + "&authority=" + leadsCouncil);
            assertThat(analyst).as("no list behind a figure for an analyst").doesNotContain("/insight/episodes");
        }
        facts.refreshAll();
    }

    /** The period's interviews that coded problems at home, and their children: the list behind the figure. */
    long[] homeProblems(String html) throws Exception {
        String link = homeProblemsLink(html);
        return link == null ? new long[] {0, 0} : listed(link);
    }

    static String homeProblemsLink(String html) {
        return links(html).stream().filter(l -> l.href().contains("code=HOME_PROBLEMS")
                        && !l.href().contains("COHORT") && l.href().contains("fromMonth=1&")
                        && l.href().contains("toMonth=12&")).findFirst().map(Link::href).orElse(null);
    }

    @Test
    void aLinkToNoFigureOfOursIsNotFound() throws Exception {
        String period = "fromDay=1&fromMonth=1&fromYear=2000&toDay=31&toMonth=12&toYear=2030";
        for (String bad : List.of("&measure=NOPE", "&interview=rhi-push-factor&code=NOPE", "&interview=nope",
                "&interview=all&code=X", "&interview=rhi-push-factor", "&dimension=SEX", "&dimension=SEX&value=F"
                        + "&dimension=SEX&value=M", "&measure=%27%3B--")) {
            int status = mvc.perform(get("/insight/episodes?" + period + bad).with(as(users, "lead"))).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as(bad).isEqualTo(404);
        }
        assertThat(page("lead", "/insight/episodes?" + period)).contains("Episodes (missing and away)");
    }
}

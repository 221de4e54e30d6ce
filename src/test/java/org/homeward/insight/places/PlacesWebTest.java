package org.homeward.insight.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.insight.internal.Pseudonyms;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.MovableClock;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Places and people (SR-03) on a fixed partnership in November 2016, which no other test records in. Seven
 * children: five last seen at Cabot Circus food court (the first of them twice, typed differently the second
 * time), two who went missing together from Kingswood Park; each found somewhere of their own. Marcus Hale, a
 * person of concern, is linked to all seven, Jo Friend to the two from Kingswood Park, Sol Single to one child.
 */
@HomewardTest
class PlacesWebTest {

    static final String NOVEMBER = "fromDay=1&fromMonth=11&fromYear=2016&toDay=30&toMonth=11&toYear=2016";
    static final ZonedDateTime BASE = ZonedDateTime.of(2016, 11, 1, 10, 0, 0, 0, ClockConfiguration.LONDON);

    /** Arranged once for the class: the test database is shared by every test of the run. */
    static final List<UUID> KIDS = new ArrayList<>();
    static UUID marcus;
    static UUID jo;

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired EpisodeFacts facts;
    @Autowired Pseudonyms pseudonyms;

    @BeforeEach
    void arrange() throws Exception {
        if (!KIDS.isEmpty()) {
            return;
        }
        try {
            for (int i = 1; i <= 7; i++) {
                KIDS.add(TestChildren.add(mvc, users, "Kit" + i, "Hotspot"));
            }
            List<UUID> episodes = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                episodes.add(episode(KIDS.get(i - 1), BASE.plusDays(i), "Cabot Circus food court", 3,
                        "Library branch " + i));
            }
            episode(KIDS.get(0), BASE.plusDays(10), "CABOT CIRCUS, Food Court", 3, "Library branch 1");
            episode(KIDS.get(5), BASE.plusDays(15).withHour(20), "Kingswood Park", 5, "Library branch 6");
            episode(KIDS.get(6), BASE.plusDays(15).withHour(21), "Kingswood Park", 5, "Library branch 7");
            grade(episodes.get(1), BASE.plusDays(2), "HIGH");
            grade(episodes.get(2), BASE.plusDays(3), "MEDIUM");
        } finally {
            clock.reset();
        }
        jdbc.sql("update location set risk_assessed = true, risk_notes = 'Security staff briefed' "
                + "where match_key = location_match_key('Cabot Circus food court', null)").update();
        marcus = associate("Marcus Hale", "1 Secret Road, Bristol", "07700 900123", true);
        jo = associate("Jo Friend", "2 Open Street, Bristol", "07700 900456", false);
        UUID sol = associate("Sol Single", null, null, false);
        for (UUID kid : KIDS) {
            link(kid, marcus, "Boyfriend");
        }
        link(KIDS.get(5), jo, "Friend");
        link(KIDS.get(6), jo, "Friend");
        link(KIDS.get(0), sol, "Cousin");
        facts.refreshAll();
    }

    @Test
    void placesUsedBySeveralChildrenAreCountedWithTheirEpisodesAndHighestRisk() throws Exception {
        String page = page("analyst", "/insight/places?" + NOVEMBER);
        assertThat(rows(page, "place")).containsExactly(
                List.of("Cabot Circus food court", "5", "6", "High", "Yes"),
                List.of("Kingswood Park", "fewer than 5", "fewer than 5", "Not graded by police", "No"));
        assertThat(page).contains("fewer than 5 places used by more than one child").doesNotContain("Library branch")
                .doesNotContain("Hotspot");
        assertThat(rows(page("analyst", "/insight/places?order=risk&" + NOVEMBER), "place").get(0).get(0))
                .isEqualTo("Cabot Circus food court");

        withThreshold(1, () -> assertThat(rows(page("analyst", "/insight/places?" + NOVEMBER), "place").get(1))
                .containsExactly("Kingswood Park", "2", "2", "Not graded by police", "No"));
    }

    @Test
    void aManagerFollowsAPlaceToTheEpisodesLastSeenOrFoundThere() throws Exception {
        assertThat(page("analyst", "/insight/places?" + NOVEMBER)).doesNotContain("/insight/episodes");
        String page = page("lead", "/insight/places?" + NOVEMBER);
        Matcher link = Pattern.compile("data-cell=\"episodes\"><a\\s+class=\"govuk-link\" href=\"([^\"]+)\">6</a>")
                .matcher(page);
        assertThat(link.find()).as("Cabot Circus's episodes link down").isTrue();
        String list = page("lead", HtmlUtils.htmlUnescape(link.group(1)));
        assertThat(list).contains("Last seen or found at: Cabot Circus food court", "6 episodes of 5 children");
        assertThat(link.group(1)).as("no place's words in a link").doesNotContainIgnoringCase("cabot");
        assertThat(mvc.perform(get("/insight/episodes?" + NOVEMBER + "&place=said:nope").with(as(users, "lead")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        String people = page("lead", "/insight/places/people?" + NOVEMBER);
        Matcher marcusLink = Pattern.compile("data-cell=\"children\"><a\\s+class=\"govuk-link\" href=\"([^\"]+)\">7</a>")
                .matcher(people);
        assertThat(marcusLink.find()).as("the associate linked to seven children links down").isTrue();
        assertThat(page("lead", HtmlUtils.htmlUnescape(marcusLink.group(1))))
                .contains("Children linked to one associate", "8 episodes of 7 children").doesNotContain("Marcus");
        assertThat(page("analyst", "/insight/places/people?" + NOVEMBER)).doesNotContain("/insight/episodes");

        Matcher groupLink = Pattern.compile("data-cell=\"children\"><a\s+class=\"govuk-link\" href=\"([^\"]+)\">7</a>")
                .matcher(page("lead", "/insight/places/network?" + NOVEMBER));
        assertThat(groupLink.find()).as("the network's group of seven children links down").isTrue();
        assertThat(page("lead", HtmlUtils.htmlUnescape(groupLink.group(1))))
                .contains("Children of group 1 of the network").containsPattern("\\d+ episodes of 7 children");
        for (String group : List.of("0", "2", "x")) {
            assertThat(mvc.perform(get("/insight/episodes?" + NOVEMBER + "&group=" + group).with(as(users, "lead")))
                    .andReturn().getResponse().getStatus()).as("group " + group).isIn(400, 404);
        }
        assertThat(page("analyst", "/insight/places/network?" + NOVEMBER)).doesNotContain("/insight/episodes");
    }

    @Test
    void longListsArePagedKeepingThePeriod() throws Exception {
        // December 2016: two children who both go to 23 places, far more than a page.
        List<UUID> pair = List.of(TestChildren.add(mvc, users, "Pat1", "Pager"),
                TestChildren.add(mvc, users, "Pat2", "Pager"));
        try {
            for (int i = 0; i < 2; i++) {
                episode(pair.get(i), BASE.plusMonths(1).plusDays(i), "Bench " + i, 2, "Shelter " + i);
            }
        } finally {
            clock.reset();
        }
        for (int i = 1; i <= 23; i++) {
            UUID place = UUID.randomUUID();
            jdbc.sql("""
                    insert into location (id, description, town, created_at, updated_at, version)
                    values (:id, :description, 'Bristol', now(), now(), 0)""")
                    .param("id", place).param("description", String.format("Youth club %02d", i)).update();
            for (UUID child : pair) {
                jdbc.sql("""
                        insert into location_link (id, location_id, child_id, episode_id, kind, linked_at)
                        values (gen_random_uuid(), :place, :child, null, 'frequented', now())""")
                        .param("place", place).param("child", child).update();
            }
        }
        facts.refreshAll();
        String december = "fromDay=1&fromMonth=12&fromYear=2016&toDay=31&toMonth=12&toYear=2016";
        withThreshold(1, () -> {
            String first = page("analyst", "/insight/places?" + december);
            assertThat(rows(first, "place")).hasSize(20);
            assertThat(rows(first, "place").get(0)).containsExactly("Youth club 01, Bristol", "2", "0",
                    "No episodes here", "No");
            assertThat(first).contains("23 places used by more than one child, 1 to 20 shown")
                    .contains("href=\"/insight/places?" + december.replace("&", "&amp;") + "&amp;page=2\"")
                    .doesNotContain("rel=\"prev\"");
            String second = page("analyst", "/insight/places?" + december + "&page=2");
            assertThat(rows(second, "place")).extracting(r -> r.get(0))
                    .containsExactly("Youth club 21, Bristol", "Youth club 22, Bristol", "Youth club 23, Bristol");
            assertThat(second).contains("21 to 23 shown").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        });
    }

    @Test
    void associatesLinkedToSeveralChildrenAreShownToAnalystsOnlyUnderPseudonyms() throws Exception {
        String page = page("analyst", "/insight/places/people?" + NOVEMBER);
        assertThat(rows(page, "associate")).containsExactly(
                List.of(associatePseudonym(marcus), "7", "8"),
                List.of(associatePseudonym(jo), "fewer than 5", "fewer than 5"));
        assertThat(page).doesNotContain("Marcus Hale").doesNotContain("Secret Road").doesNotContain("07700")
                .doesNotContain("Jo Friend").doesNotContain("Sol Single").doesNotContain("Person of concern</th>")
                .doesNotContain("Hotspot");
        assertThat(page).containsPattern(measure("children-linked-to-concern", "7"));
        withThreshold(1, () -> {
            String all = page("board", "/insight/places/people?" + NOVEMBER);
            assertThat(rows(all, "associate").get(1)).containsExactly(associatePseudonym(jo), "2", "2");
            assertThat(all).containsPattern(measure("associates", "2")).containsPattern(measure("persons-of-concern", "1"))
                    .doesNotContain("Marcus Hale");
        });

        String manager = page("manager", "/insight/places/people?" + NOVEMBER);
        assertThat(rows(manager, "associate")).containsExactly(List.of("Marcus Hale", "Yes", "7", "8"),
                List.of("Jo Friend", "No", "fewer than 5", "fewer than 5"));
        assertThat(manager).doesNotContain("Secret Road").doesNotContain("07700").doesNotContain("Hotspot");
    }

    @Test
    void theNetworkFindsOneGroupJoinedMostByThePersonOfConcern() throws Exception {
        String page = page("analyst", "/insight/places/network?" + NOVEMBER);
        assertThat(rows(page, "group")).containsExactly(List.of("Group 1", "7", "fewer than 5", "fewer than 5"));
        List<List<String>> central = rows(page, "central-associate");
        // Of the 45 pairs of the group's other ten members, Marcus Hale lies on the shortest paths of 29 (64%);
        // Cabot Circus on one of the two shortest paths of each of the ten pairs of its five children (5 of 45, 11%).
        assertThat(central.get(0)).containsExactly(associatePseudonym(marcus), "Group 1", "7", "64%");
        assertThat(central.get(1)).containsExactly(associatePseudonym(jo), "Group 1", "fewer than 5", "0%");
        List<List<String>> places = rows(page, "central-place");
        assertThat(places.get(0)).containsExactly("Cabot Circus food court", "Group 1", "5", "11%");
        assertThat(places.get(1)).containsExactly("Kingswood Park", "Group 1", "fewer than 5", "0%");

        // The drawing: one image with its title, every child under a pseudonym, the kinds by shape, and its links listed.
        assertThat(page).contains("<svg role=\"img\" aria-labelledby=\"network-title\"")
                .contains("<title id=\"network-title\">Network diagram of the largest group")
                .contains(pseudonyms.of(KIDS.get(0))).contains(pseudonyms.of(KIDS.get(6)))
                .contains("<ellipse").contains("<rect").contains("<path fill-rule=");
        List<String> together = new ArrayList<>(List.of(pseudonyms.of(KIDS.get(5)), pseudonyms.of(KIDS.get(6))));
        together.sort(null);
        assertThat(page).containsPattern(Pattern.quote(together.get(0)) + "</td>\\s*<td[^>]*>"
                + Pattern.quote(together.get(1)) + "</td>\\s*<td[^>]*>Went missing together</td>");
        assertThat(page).doesNotContain("Marcus Hale").doesNotContain("Jo Friend").doesNotContain("Secret Road")
                .doesNotContain("Hotspot").doesNotContain("Kit1").doesNotContain("person of concern)");

        assertThat(page("lead", "/insight/places/network?" + NOVEMBER)).contains("Marcus Hale (person of concern)")
                .doesNotContain("Hotspot").doesNotContain("Secret Road");
    }

    @Test
    void onlyThoseWhoSeeInsightOpenThePagesAndEveryViewIsAudited() throws Exception {
        for (String path : List.of("/insight/places", "/insight/places/people", "/insight/places/network")) {
            assertThat(mvc.perform(get(path).with(as(users, "socialworker"))).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
        long before = audited();
        page("analyst", "/insight/places?" + NOVEMBER);
        page("analyst", "/insight/places/people?" + NOVEMBER);
        page("analyst", "/insight/places/network?" + NOVEMBER);
        assertThat(audited()).isEqualTo(before + 3);
        assertThat(jdbc.sql("""
                select detail from audit_entry where username = 'analyst' and record_type = 'insight-places'
                 order by id desc limit 1""").query(String.class).single())
                .isEqualTo("Places used by several children, 2016-11-01 to 2016-11-30 for the whole partnership, page 1");

        String wrong = page("analyst", "/insight/places/network?fromDay=30&fromMonth=11&fromYear=2016&toDay=1&toMonth=11&toYear=2016");
        assertThat(wrong).contains("There is a problem").contains("The last day must be the same as or after the first day");
        assertThat(audited()).isEqualTo(before + 3);
    }

    long audited() {
        return jdbc.sql("""
                select count(*) from audit_entry where username = 'analyst'
                   and record_type in ('insight-places', 'insight-associates', 'insight-network')""")
                .query(Long.class).single();
    }

    String associatePseudonym(UUID associate) {
        UUID marked = UUID.nameUUIDFromBytes(("associate " + associate).getBytes(StandardCharsets.UTF_8));
        return "A-" + pseudonyms.of(marked).substring(2);
    }

    String page(String user, String path) throws Exception {
        var response = mvc.perform(get(path).with(as(users, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The cells of each table row marked {@code data-testid}, header cell first, as text. */
    static List<List<String>> rows(String html, String testid) {
        List<List<String>> rows = new ArrayList<>();
        var row = Pattern.compile("<tr[^>]*data-testid=\"" + testid + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            var cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").replace("&#39;", "'").strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    static String measure(String measure, String value) {
        return "data-measure=\"" + measure + "\">\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*>" + Pattern.quote(value) + "</td>";
    }

    interface Check {
        void run() throws Exception;
    }

    void withThreshold(int threshold, Check check) throws Exception {
        jdbc.sql("""
                insert into setting_value (setting, value, changed_by, changed_by_name, changed_at, reason)
                select 'INSIGHT_SUPPRESS_BELOW', :v, id, 'Admin', now(), 'Test' from user_account
                 where username = 'admin'""").param("v", String.valueOf(threshold)).update();
        try {
            check.run();
        } finally {
            jdbc.sql("delete from setting_value where setting = 'INSIGHT_SUPPRESS_BELOW'").update();
        }
    }

    UUID episode(UUID child, ZonedDateTime lastSeen, String place, int hours, String foundAt) throws Exception {
        clock.moveTo(lastSeen.plusHours(1).toInstant());
        MockHttpServletRequestBuilder r = post("/children/" + child + "/episodes").with(csrf()).with(as(users, "carer"))
                .param("category", "MISSING_FROM_CARE").param("missingFrom", "PLACEMENT")
                .param("lastSeenPlace", place).param("reported", "yes");
        TestEpisodes.time(r, "lastSeen", lastSeen);
        TestEpisodes.time(r, "reported", lastSeen.plusMinutes(45));
        String url = mvc.perform(r).andReturn().getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/episodes/");
        UUID episode = UUID.fromString(url.substring("/episodes/".length()));
        clock.moveTo(lastSeen.plusHours(hours).plusMinutes(30).toInstant());
        MockHttpServletRequestBuilder located = post("/episodes/" + episode + "/located").with(csrf())
                .with(as(users, "police")).param("locatedWhere", foundAt).param("returnMethod", "FOUND_POLICE")
                .param("version", String.valueOf(jdbc.sql("select version from episode where id = :e")
                        .param("e", episode).query(Long.class).single()));
        TestEpisodes.time(located, "located", lastSeen.plusHours(hours));
        assertThat(mvc.perform(located).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + episode);
        return episode;
    }

    void grade(UUID episode, ZonedDateTime at, String risk) throws Exception {
        clock.moveTo(at.plusMinutes(30).toInstant());
        assertThat(mvc.perform(post("/episodes/" + episode + "/grading").with(csrf()).with(as(users, "police"))
                        .param("classification", "MISSING").param("riskLevel", risk).param("rationale", "Known to go there")
                        .params(TestEpisodes.gradingSourceParams()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + episode);
    }

    UUID associate(String name, String address, String phone, boolean concern) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into associate (id, name, address, phone, person_of_concern, concern_reason, created_at,
                                       updated_at, version)
                values (:id, :name, :address, :phone, :concern, :reason, now(), now(), 0)""")
                .param("id", id).param("name", name).param("address", address).param("phone", phone)
                .param("concern", concern).param("reason", concern ? "Seen giving children lifts at night" : null)
                .update();
        return id;
    }

    void link(UUID child, UUID associate, String relationship) {
        jdbc.sql("""
                insert into child_associate (child_id, associate_id, relationship, linked_at)
                values (:child, :associate, :relationship, now())""")
                .param("child", child).param("associate", associate).param("relationship", relationship).update();
    }
}

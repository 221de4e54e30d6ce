package org.homeward.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.insight.internal.compliance.FigureSummaries;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Dates;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.homeward.support.TestShares;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan's interventions, reviewed for impact with the episodes and hours missing before and since. */
@HomewardTest
class InterventionWebTest {

    static final String SOCIAL_WORKER = "907a70c3-1012-f037-b64c-e4228c38fb29";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    Map<String, String> intervention(LocalDate started) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("description", "Weekly mentoring with a youth worker");
        f.put("responsibleId", SOCIAL_WORKER);
        f.put("startedDay", String.valueOf(started.getDayOfMonth()));
        f.put("startedMonth", String.valueOf(started.getMonthValue()));
        f.put("startedYear", String.valueOf(started.getYear()));
        f.put("reviewWeeks", "6");
        f.put("childViews", "I like the youth worker; we play pool.");
        return f;
    }

    @Test
    void anInterventionShowsEpisodesAndHoursBeforeAndSinceAndItsReviewFallsDueEverySixWeeks() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Ivy", "Intervention");
        LocalDate started = now.toLocalDate().minusDays(43);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(80), 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(60), 7);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(20), 3);

        Map<String, String> bad = intervention(started);
        bad.put("description", "");
        bad.put("responsibleId", "");
        bad.put("reviewWeeks", "0");
        String refused = send("socialworker", post("/children/" + child + "/plan"), bad).getResponse().getContentAsString();
        assertThat(refused).contains("Enter the intervention").contains("Select who is responsible for it")
                .contains("Enter the weeks between impact reviews, from 1 to 52");
        assertThat(jdbc.sql("select count(*) from intervention where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();
        assertThat(send("carer", post("/children/" + child + "/plan"), intervention(started)).getResponse().getStatus())
                .isEqualTo(403);

        assertThat(send("manager", post("/children/" + child + "/plan"), intervention(started)).getResponse()
                .getRedirectedUrl()).isEqualTo("/children/" + child + "/plan");
        String plan = page("coordinator", "/children/" + child + "/plan");
        assertThat(plan).contains("2 episodes, 12.0 hours").contains("1 episode, 3.0 hours").contains("Overdue");
        assertThat(page("socialworker", "/")).contains("Impact review: Weekly mentoring with a youth worker");

        UUID id = jdbc.sql("select id from intervention where child_id = :c").param("c", child).query(UUID.class).single();
        assertThat(send("socialworker", post("/interventions/" + id + "/reviews"), Map.of("evidence", "x"))
                .getResponse().getContentAsString()).contains("Select whether it has helped");
        assertThat(send("socialworker", post("/interventions/" + id + "/reviews"),
                Map.of("improved", "PARTLY", "evidence", "One short episode since; she says mentoring helps",
                        "childViews", "It helps to have someone to talk to."))
                .getResponse().getRedirectedUrl()).isEqualTo("/interventions/" + id);
        String shown = page("manager", "/interventions/" + id);
        assertThat(shown).contains("Partly").contains("2 episodes, 12.0 hours before; 1 episode, 3.0 hours since")
                .contains(new Dates().date(now.toLocalDate().plusWeeks(6)));
        assertThat(page("coordinator", "/children/" + child + "/plan")).doesNotContain("Overdue");
    }

    @Test
    void theTypeOfInterventionIsChosenFromTheListOrLeftNotRecorded() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Kit", "Kind");
        LocalDate started = now.toLocalDate().minusDays(3);
        assertThat(page("manager", "/children/" + child + "/plan"))
                .contains("<option value=\"MENTORING\">Mentoring or youth work</option>");

        Map<String, String> unknown = intervention(started);
        unknown.put("kind", "SOMETHING_ELSE");
        String refused = send("manager", post("/children/" + child + "/plan"), unknown).getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem").contains("href=\"#kind\"")
                .contains("Select the type of intervention from the list");
        assertThat(jdbc.sql("select count(*) from intervention where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();

        Map<String, String> mentoring = intervention(started);
        mentoring.put("kind", "MENTORING");
        send("manager", post("/children/" + child + "/plan"), mentoring);
        send("manager", post("/children/" + child + "/plan"), intervention(started.minusDays(1)));
        assertThat(jdbc.sql("select coalesce(kind, 'none') from intervention where child_id = :c order by started_on")
                .param("c", child).query(String.class).list()).containsExactly("none", "MENTORING");
        UUID typed = jdbc.sql("select id from intervention where child_id = :c and kind is not null").param("c", child)
                .query(UUID.class).single();
        UUID untyped = jdbc.sql("select id from intervention where child_id = :c and kind is null").param("c", child)
                .query(UUID.class).single();
        assertThat(page("manager", "/interventions/" + typed)).containsPattern("data-testid=\"kind\">Mentoring or youth work<");
        assertThat(page("manager", "/interventions/" + untyped)).containsPattern("data-testid=\"kind\">Not recorded<");
    }

    @org.springframework.beans.factory.annotation.Autowired
    FigureSummaries summaries;

    /** One dashboard figure for the whole partnership, counted again first as the schedule would. */
    FigureSummaries.Sum figure(String measure) {
        LocalDate today = now.toLocalDate();
        summaries.refreshRecent();
        String figure = summaries.measures().stream().filter(m -> m.measure().equals(measure)).findFirst()
                .orElseThrow().figure();
        return summaries.sums(today.minusDays(1), today, java.util.Optional.empty(), java.util.List.of(figure))
                .getOrDefault(figure, new FigureSummaries.Sum(0, 0));
    }

    @Test
    void rhi06_thePlanAndEachImpactReviewNeedTheChildsViewsOrWhyNotAndTheDashboardGivesTheShareWithThem()
            throws Exception {
        String measure = "Risk-management plan interventions with the child’s views";
        FigureSummaries.Sum before = figure(measure);
        UUID child = TestChildren.add(mvc, users, "Vera", "Voice");
        Map<String, String> silent = intervention(now.toLocalDate());
        silent.remove("childViews");
        assertThat(send("socialworker", post("/children/" + child + "/plan"), silent).getResponse().getContentAsString())
                .contains("There is a problem").contains("Enter the child’s views in their own words, or why they could not be obtained");
        assertThat(jdbc.sql("select count(*) from intervention where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();

        silent.put("childViewsNotObtained", "Asleep when the plan was agreed; to ask her tomorrow");
        send("socialworker", post("/children/" + child + "/plan"), silent);
        Map<String, String> heard = intervention(now.toLocalDate());
        heard.put("description", "Weekend football club");
        send("socialworker", post("/children/" + child + "/plan"), heard);
        FigureSummaries.Sum after = figure(measure);
        assertThat(after.outOf()).isEqualTo(before.outOf() + 2);
        assertThat(after.count()).isEqualTo(before.count() + 1);

        UUID id = jdbc.sql("select id from intervention where child_id = :c and child_views is null")
                .param("c", child).query(UUID.class).single();
        assertThat(page("manager", "/interventions/" + id))
                .contains("Not obtained: Asleep when the plan was agreed; to ask her tomorrow");
        assertThat(send("socialworker", post("/interventions/" + id + "/reviews"),
                Map.of("improved", "YES", "evidence", "No episodes since")).getResponse().getContentAsString())
                .contains("Enter the child’s views in their own words, or why they could not be obtained");
        send("socialworker", post("/interventions/" + id + "/reviews"),
                Map.of("improved", "YES", "evidence", "No episodes since", "childViews", "Football is the best bit"));
        assertThat(page("manager", "/interventions/" + id)).contains("The child’s views: Football is the best bit");
        assertThat(page("analyst", "/dashboard")).contains("The child’s voice").contains(measure)
                .contains("Council risk screenings with the child’s views")
                .contains("Exploitation screenings with the child’s views")
                .contains("Intervention impact reviews with the child’s views")
                .contains("Strategy discussions held with the child’s views");
    }

    @Test
    void cr08_sharesInterventionsAndImpactReviewsAppearOnTheChronologyInDateOrderWithLinks() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Chrissie", "Chronology");
        Map<String, String> plan = intervention(now.toLocalDate().minusDays(20));
        plan.put("description", "Mentoring with Kai");
        assertThat(send("socialworker", post("/children/" + child + "/plan"), plan).getResponse().getRedirectedUrl())
                .isEqualTo("/children/" + child + "/plan");
        assertThat(send("socialworker", post("/children/" + child + "/shares"),
                TestShares.phoneCallToSchool("Told the school about the older boys", now.minusDays(10)))
                .getResponse().getStatus()).isEqualTo(302);
        UUID intervention = jdbc.sql("select id from intervention where child_id = :c").param("c", child)
                .query(UUID.class).single();
        send("socialworker", post("/interventions/" + intervention + "/reviews"),
                Map.of("improved", "YES", "evidence", "No episodes since", "childViews", "Kai is sound"));
        UUID share = jdbc.sql("select id from information_share where child_id = :c").param("c", child)
                .query(UUID.class).single();

        String chronology = page("socialworker", "/children/" + child + "/chronology");
        int started = chronology.indexOf("Intervention started: Mentoring with Kai");
        int shared = chronology.indexOf("Information shared with Oak Vale Academy");
        int reviewed = chronology.indexOf("Impact review: Mentoring with Kai");
        assertThat(started).isPositive();
        assertThat(shared).isGreaterThan(started);
        assertThat(reviewed).isGreaterThan(shared);
        assertThat(chronology).contains("href=\"/interventions/" + intervention + "\"")
                .contains("href=\"/shares/" + share + "\"");
    }
}

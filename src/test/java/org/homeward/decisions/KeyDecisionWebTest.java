package org.homeward.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every key decision about a missing child is refused without a rationale and, once saved, names who
 * made it and when (DOMAIN.md CR-11): risk grading, reclassification, not offering or not holding a
 * return home interview, not convening a missing management meeting, and closure.
 */
@HomewardTest
class KeyDecisionWebTest {

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

    long version(UUID episode) {
        return jdbc.sql("select version from episode where id = :e").param("e", episode).query(Long.class).single();
    }

    static void refused(MvcResult result, String message) throws Exception {
        assertThat(result.getResponse().getRedirectedUrl()).isNull();
        assertThat(result.getResponse().getContentAsString()).contains("There is a problem").contains(message);
    }

    @Test
    void cr11_aRiskGradingWithoutARationaleIsRefusedAndOneWithItNamesTheOfficer() throws Exception {
        UUID episode = TestEpisodes.report(mvc, users, TestChildren.add(mvc, users, "Greta", "Graded"), now.minusHours(3));
        refused(send("police", post("/episodes/" + episode + "/grading"),
                Map.of("classification", "MISSING", "riskLevel", "HIGH", "rationale", "   ")),
                "Enter the reason for this risk level and the information it rests on");
        assertThat(jdbc.sql("select count(*) from episode_grading where episode_id = :e").param("e", episode)
                .query(Long.class).single()).isZero();

        send("police", post("/episodes/" + episode + "/grading"),
                Map.of("classification", "MISSING", "riskLevel", "HIGH", "rationale", "Seen with older men in a car"));
        assertThat(jdbc.sql("""
                select g.rationale || '|' || g.graded_by_name || '|' || u.username from episode_grading g
                  join user_account u on u.id = g.graded_by where g.episode_id = :e""")
                .param("e", episode).query(String.class).single())
                .isEqualTo("Seen with older men in a car|PC Priya Patel|police");
        assertThat(page("socialworker", "/episodes/" + episode)).contains("Seen with older men in a car")
                .contains("PC Priya Patel");
    }

    @Test
    void cr11_aClassificationChangeWithoutARationaleIsRefusedAndOneWithItNamesWhoChangedIt() throws Exception {
        UUID episode = TestEpisodes.report(mvc, users, TestChildren.add(mvc, users, "Carys", "Classified"), now.minusHours(3));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("category", "AWAY_FROM_PLACEMENT");
        form.put("missingFrom", "PLACEMENT");
        form.put("lastSeenPlace", "Oakfield House");
        form.put("reported", "yes");
        put(form, "lastSeen", now.minusHours(3));
        put(form, "reported", now.minusHours(3).plusMinutes(45));
        form.put("version", String.valueOf(version(episode)));
        refused(send("socialworker", post("/episodes/" + episode), form),
                "Enter why the category from missing from care to away from placement without authorisation is being changed");
        assertThat(jdbc.sql("select category from episode where id = :e").param("e", episode).query(String.class).single())
                .isEqualTo("MISSING_FROM_CARE");

        form.put("amendmentReason", "Carers knew where she was all along: at her aunt's, as agreed");
        assertThat(send("socialworker", post("/episodes/" + episode), form).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        assertThat(jdbc.sql("""
                select reason || '|' || changed_by_name from episode_change where episode_id = :e and kind = 'RECLASSIFIED'""")
                .param("e", episode).query(String.class).single())
                .isEqualTo("Carers knew where she was all along: at her aunt's, as agreed|Sam Okafor");
    }

    @Test
    void cr11_decisionsNotToOfferOrNotToHoldAReturnInterviewNeedAReasonAndNameWhoDecided() throws Exception {
        UUID first = offerFor("Nia", "Notoffered");
        refused(send("manager", post("/return-interviews/" + first + "/not-offered"), Map.of("notOfferedReason", " ")),
                "Enter why no interview is offered");
        send("manager", post("/return-interviews/" + first + "/not-offered"),
                Map.of("notOfferedReason", "Child moved abroad with family"));
        assertThat(jdbc.sql("""
                select o.not_offered_reason || '|' || u.username from rhi_offer o join user_account u on u.id = o.not_offered_by
                 where o.id = :o""").param("o", first).query(String.class).single())
                .isEqualTo("Child moved abroad with family|manager");

        UUID second = offerFor("Nell", "Notheld");
        refused(send("rhiworker", post("/return-interviews/" + second + "/outcome"), Map.of("outcome", "NOT_POSSIBLE")),
                "Enter the reason for the outcome");
        send("rhiworker", post("/return-interviews/" + second + "/outcome"),
                Map.of("outcome", "NOT_POSSIBLE", "outcomeReason", "Admitted to hospital; offer passed to the ward's social worker"));
        assertThat(jdbc.sql("""
                select o.outcome_reason || '|' || u.username from rhi_offer o join user_account u on u.id = o.outcome_by
                 where o.id = :o""").param("o", second).query(String.class).single())
                .isEqualTo("Admitted to hospital; offer passed to the ward's social worker|rhiworker");
    }

    @Test
    void cr11_aDecisionNotToConveneAMeetingNeedsAReasonAndIsKeptWithWhoAndWhenInTheChronology() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Molly", "Noconvene");
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(60), 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(30), 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(3), 5);
        assertThat(required(child)).isTrue();
        String path = "/children/" + child + "/meetings/not-convened";

        assertThat(page("manager", "/children/" + child + "/meetings")).contains("Decide not to convene the meeting");
        assertThat(page("socialworker", "/children/" + child + "/meetings")).doesNotContain("Decide not to convene");
        assertThat(send("socialworker", post(path), Map.of("notConvenedReason", "Not needed")).getResponse().getStatus())
                .as("a manager's decision").isEqualTo(403);
        refused(send("manager", post(path), Map.of("notConvenedReason", "  ")),
                "Enter why the meeting is not needed, and how the risk is managed instead");
        assertThat(required(child)).isTrue();

        MvcResult decided = send("manager", post(path),
                Map.of("notConvenedReason", "Already discussed at this week's child protection conference"));
        assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/children/" + child + "/meetings");
        assertThat(required(child)).isFalse();
        assertThat(jdbc.sql("""
                select r.not_convened_reason || '|' || u.username from meeting_requirement r
                  join user_account u on u.id = r.not_convened_by where r.child_id = :c and r.withdrawn_at is not null""")
                .param("c", child).query(String.class).single())
                .isEqualTo("Already discussed at this week's child protection conference|manager");
        assertThat(page("socialworker", "/children/" + child + "/meetings")).contains("Decisions not to convene")
                .contains("Morgan Reid").contains("Already discussed at this week");
        assertThat(page("socialworker", "/children/" + child + "/chronology"))
                .contains("Decided not to convene a missing management meeting")
                .contains("Already discussed at this week&#39;s child protection conference (decided by Morgan Reid)");

        // The decision answered what was known; the next episode is new, and raises a meeting again.
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(1), 5);
        assertThat(required(child)).isTrue();
    }

    @Test
    void cr11_closingAnEpisodeWithoutARationaleIsRefusedAndTheCloseNamesWhoAskedForIt() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Clio", "Closed");
        UUID episode = TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusHours(20), 5);
        refused(send("socialworker", post("/episodes/" + episode + "/close"),
                Map.of("version", String.valueOf(version(episode)))), "Enter why the episode can close");
        assertThat(jdbc.sql("select closed_at is null and close_requested_at is null from episode where id = :e")
                .param("e", episode).query(Boolean.class).single()).isTrue();

        send("socialworker", post("/episodes/" + episode + "/close"),
                Map.of("closureNote", "Home, checked, interview offered", "version", String.valueOf(version(episode))));
        assertThat(jdbc.sql("""
                select reason || '|' || changed_by_name from episode_change
                 where episode_id = :e and kind in ('CLOSE_REQUESTED', 'CLOSED') order by changed_at desc limit 1""")
                .param("e", episode).query(String.class).single()).isEqualTo("Home, checked, interview offered|Sam Okafor");
    }

    boolean required(UUID child) {
        return jdbc.sql("select count(*) from meeting_requirement where child_id = :c and met_by is null and withdrawn_at is null")
                .param("c", child).query(Long.class).single() == 1;
    }

    UUID offerFor(String given, String family) throws Exception {
        UUID child = TestChildren.add(mvc, users, given, family);
        UUID episode = TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusHours(20), 5);
        return jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", episode).query(UUID.class).single();
    }

    static void put(Map<String, String> f, String prefix, ZonedDateTime at) {
        f.put(prefix + "Day", String.valueOf(at.getDayOfMonth()));
        f.put(prefix + "Month", String.valueOf(at.getMonthValue()));
        f.put(prefix + "Year", String.valueOf(at.getYear()));
        f.put(prefix + "Time", String.format("%02d:%02d", at.getHour(), at.getMinute()));
    }
}

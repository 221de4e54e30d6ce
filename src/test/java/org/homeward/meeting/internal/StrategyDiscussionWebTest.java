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
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.WorkingDays;
import org.homeward.platform.web.Dates;
import org.homeward.support.FormAnswers;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Strategy discussions when significant harm is suspected, and the trigger plans they call for. */
@HomewardTest
class StrategyDiscussionWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    UUID child;
    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);

    @BeforeEach
    void aChild() throws Exception {
        child = TestChildren.add(mvc, users, "Sasha", "Strategy");
    }

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    String body(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    UUID waiting() {
        return jdbc.sql("select id from strategy_discussion where child_id = :c and held_at is null")
                .param("c", child).query(UUID.class).single();
    }

    /** When the waiting discussion was raised, to the minute: the earliest it can have been held. */
    ZonedDateTime raised() {
        return jdbc.sql("select raised_at from strategy_discussion where child_id = :c and held_at is null")
                .param("c", child).query(java.time.Instant.class).single().atZone(ClockConfiguration.LONDON)
                .truncatedTo(ChronoUnit.MINUTES);
    }

    static void date(Map<String, String> f, String prefix, LocalDate d) {
        f.put(prefix + "Day", String.valueOf(d.getDayOfMonth()));
        f.put(prefix + "Month", String.valueOf(d.getMonthValue()));
        f.put(prefix + "Year", String.valueOf(d.getYear()));
    }

    Map<String, String> held(ZonedDateTime at) {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "held", at.toLocalDate());
        f.put("heldTime", String.format("%02d:%02d", at.getHour(), at.getMinute()));
        f.put("policeParticipant", "DS Khan, CSE team");
        f.put("socialCareParticipant", "Morgan Reid, team manager");
        f.put("healthParticipant", "Nurse Lee, looked-after children's nurse");
        f.put("section47", "START");
        f.put("outcome", "Section 47 enquiries; trigger plan to be written");
        f.put("triggerPlanNeeded", "yes");
        f.put("childViewsNotObtained", "Missing at the time of the discussion");
        return f;
    }

    @Test
    void aHighPoliceGradingOfAChildMissingNowRaisesADiscussionDueInThreeWorkingDays() throws Exception {
        UUID episode = TestEpisodes.report(mvc, users, child, now.minusHours(3));
        assertThat(jdbc.sql("select count(*) from strategy_discussion where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();
        send("police", post("/episodes/" + episode + "/grading"),
                TestEpisodes.grading("MISSING", "HIGH", "Known to older men; no phone"));
        LocalDate due = jdbc.sql("select due_on from strategy_discussion where id = :d").param("d", waiting())
                .query(LocalDate.class).single();
        assertThat(due).isEqualTo(WorkingDays.plus(now.toLocalDate(), 3));
        assertThat(page("socialworker", "/children/" + child)).contains("Strategy discussion due by");
        // Grading it high again does not raise a second one.
        send("police", post("/episodes/" + episode + "/grading"),
                TestEpisodes.grading("MISSING", "HIGH", "Still high"));
        assertThat(jdbc.sql("select count(*) from strategy_discussion where child_id = :c").param("c", child)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void ep09_significantHarmSuspectedAtTheSafeAndWellCheckRaisesADiscussionDueInThreeWorkingDaysAfterTheHolidays()
            throws Exception {
        // Christmas Eve 2026, a Thursday: Christmas Day and the Boxing Day substitute (Monday 28th) are not working days.
        ZonedDateTime christmasEve = ZonedDateTime.of(2026, 12, 24, 10, 0, 0, 0, ClockConfiguration.LONDON);
        clock.moveTo(christmasEve.toInstant());
        try {
            UUID episode = TestEpisodes.reportAndLocate(mvc, users, jdbc, child, christmasEve.minusHours(9), 6);
            Map<String, String> check = new LinkedHashMap<>();
            FormAnswers.time(check, "held", christmasEve.minusHours(1));
            check.put("officer", "PC Priya Patel");
            check.put("method", "FACE_TO_FACE");
            check.put("harm", "Bruising to both wrists; would not say who");
            check.put("significantHarm", "maybe");
            assertThat(body(send("police", post("/episodes/" + episode + "/safe-and-well"), check)))
                    .contains("Select whether significant harm is suspected");
            assertThat(jdbc.sql("select count(*) from safe_and_well_check where episode_id = :e").param("e", episode)
                    .query(Long.class).single()).isZero();
            check.put("significantHarm", "yes");
            assertThat(send("police", post("/episodes/" + episode + "/safe-and-well"), check).getResponse()
                    .getRedirectedUrl()).isEqualTo("/episodes/" + episode);
            UUID discussion = waiting();
            assertThat(jdbc.sql("select due_on from strategy_discussion where id = :d").param("d", discussion)
                    .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(jdbc.sql("select reason from strategy_discussion where id = :d").param("d", discussion)
                    .query(String.class).single())
                    .isEqualTo("Significant harm suspected in the safe and well check: Bruising to both wrists; would not say who");
            assertThat(jdbc.sql("""
                    select count(*) from task where kind = 'STRATEGY_DISCUSSION' and source_id = :d and status = 'OPEN'
                       and high_risk""").param("d", discussion.toString()).query(Long.class).single()).isEqualTo(1);
            assertThat(page("socialworker", "/episodes/" + episode)).contains("A strategy discussion was raised");
        } finally {
            clock.reset();
        }
    }

    @Test
    void theDiscussionNeedsPoliceSocialCareAndHealthAndASection47Decision() throws Exception {
        assertThat(body(send("socialworker", post("/children/" + child + "/strategy-discussions"), Map.of("reason", ""))))
                .contains("Enter why significant harm is suspected");
        assertThat(send("carer", post("/children/" + child + "/strategy-discussions"), Map.of("reason", "x"))
                .getResponse().getStatus()).isEqualTo(403);
        send("socialworker", post("/children/" + child + "/strategy-discussions"),
                Map.of("reason", "Disclosed being given drugs by adults"));
        assertThat(body(send("socialworker", post("/children/" + child + "/strategy-discussions"),
                Map.of("reason", "Again")))).contains("already waiting");
        UUID d = waiting();
        Map<String, String> f = held(raised());
        f.remove("healthParticipant");
        f.remove("section47");
        assertThat(body(send("coordinator", post("/strategy-discussions/" + d), f)))
                .contains("Enter who took part for health").contains("Select whether section 47 enquiries start");
        assertThat(send("coordinator", post("/strategy-discussions/" + d), held(raised())).getResponse()
                .getRedirectedUrl()).isEqualTo("/strategy-discussions/" + d);
        assertThat(page("manager", "/strategy-discussions/" + d)).contains("Nurse Lee").contains("Start");
        assertThat(page("socialworker", "/children/" + child)).doesNotContain("Strategy discussion due by")
                .contains("Police trigger plan due by");
        assertThat(page("socialworker", "/children/" + child + "/chronology")).contains("Strategy discussion held");
    }

    @Test
    void theDiscussionCannotBeRecordedAsHeldBeforeItWasRaised() throws Exception {
        send("socialworker", post("/children/" + child + "/strategy-discussions"), Map.of("reason", "Exploitation concerns"));
        UUID d = waiting();
        java.time.Instant raisedAt = jdbc.sql("select raised_at from strategy_discussion where id = :d").param("d", d)
                .query(java.time.Instant.class).single();
        assertThat(body(send("coordinator", post("/strategy-discussions/" + d), held(raised().minusMinutes(30)))))
                .contains("The discussion must be held on or after it was raised ("
                        + Dates.ofInstant(raisedAt) + ")")
                .contains("govuk-error-summary");
        assertThat(jdbc.sql("select held_at is null from strategy_discussion where id = :d").param("d", d)
                .query(Boolean.class).single()).isTrue();
        // Held in the minute it was raised: the time box holds minutes, so that is allowed.
        assertThat(send("coordinator", post("/strategy-discussions/" + d), held(raised())).getResponse()
                .getRedirectedUrl()).isEqualTo("/strategy-discussions/" + d);
    }

    /** DOMAIN.md EP-10: a trigger plan is due with the police within 7 days; not shared by day 8 shows overdue. */
    @Test
    void ep10_aTriggerPlanWrittenButNotSharedWithThePoliceByDay8IsOverdue() throws Exception {
        send("socialworker", post("/children/" + child + "/strategy-discussions"), Map.of("reason", "Exploitation concerns"));
        send("coordinator", post("/strategy-discussions/" + waiting()), held(raised()));
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "effective", now.toLocalDate());
        date(f, "review", now.toLocalDate().plusMonths(3));
        f.put("aim", "Find her quickly");
        f.put("actionsOnReport", "Check 12 Hill Street first; call DS Khan");
        assertThat(send("coordinator", post("/children/" + child + "/trigger-plan"), f).getResponse().getRedirectedUrl())
                .isEqualTo("/children/" + child + "/trigger-plan");
        String task = """
                select status from task where kind = 'TRIGGER_PLAN' and child_id = :c""";
        assertThat(jdbc.sql(task).param("c", child).query(String.class).single()).isEqualTo("OPEN");
        assertThat(page("socialworker", "/children/" + child)).contains("written but not yet shared with the police");
        clock.moveTo(now.plusDays(8).toInstant());
        try {
            assertThat(page("coordinator", "/children/" + child + "/trigger-plan"))
                    .contains("the police do not have it yet").contains("Overdue.");
            assertThat(jdbc.sql("select due_at <= :at from task where kind = 'TRIGGER_PLAN' and child_id = :c")
                    .param("at", java.sql.Timestamp.from(clock.instant())).param("c", child).query(Boolean.class).single())
                    .isTrue();
        } finally {
            clock.reset();
        }
        date(f, "shared", now.toLocalDate());
        f.put("policeRecipient", "DS Khan");
        send("coordinator", post("/children/" + child + "/trigger-plan"), f);
        assertThat(jdbc.sql(task).param("c", child).query(String.class).single()).isEqualTo("DONE");
        assertThat(page("socialworker", "/children/" + child)).doesNotContain("Police trigger plan");
    }

    @Test
    void theTriggerPlanCannotTakeEffectBeforeTheDiscussionAndEachSaveIsAVersion() throws Exception {
        send("socialworker", post("/children/" + child + "/strategy-discussions"), Map.of("reason", "Exploitation concerns"));
        send("coordinator", post("/strategy-discussions/" + waiting()), held(raised()));
        assertThat(page("coordinator", "/children/" + child + "/trigger-plan")).contains("A trigger plan is needed")
                .contains("Due with the police by");

        Map<String, String> f = new LinkedHashMap<>();
        date(f, "effective", now.toLocalDate().minusDays(3));
        date(f, "review", now.toLocalDate().plusMonths(3));
        f.put("aim", "Find her quickly");
        f.put("actionsOnReport", "Check 12 Hill Street first; call DS Khan");
        f.put("policeRecipient", "DS Khan");
        assertThat(body(send("coordinator", post("/children/" + child + "/trigger-plan"), f)))
                .contains("The plan must take effect on or after the strategy discussion that decided it was needed ("
                        + Dates.ofDay(now.toLocalDate()) + ")")
                .contains("Enter the date it was shared with the police");
        assertThat(jdbc.sql("select count(*) from trigger_plan where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();

        date(f, "effective", now.toLocalDate());
        date(f, "shared", now.toLocalDate());
        assertThat(send("coordinator", post("/children/" + child + "/trigger-plan"), f).getResponse().getRedirectedUrl())
                .isEqualTo("/children/" + child + "/trigger-plan");
        f.put("actionsOnReport", "Check 14 Hill Street first now; call DS Khan");
        send("socialworker", post("/children/" + child + "/trigger-plan"), f);
        assertThat(page("police", "/children/" + child + "/trigger-plan")).contains("Version 2 (in force)")
                .contains("Version 1").doesNotContain("A trigger plan is needed");
        assertThat(page("socialworker", "/children/" + child)).doesNotContain("Police trigger plan due by");
        MvcResult pack = mvc.perform(get("/children/" + child + "/police-pack.json").with(as(users, "police"))).andReturn();
        assertThat(pack.getResponse().getContentAsString()).contains("Trigger plan (version 2");
    }

    @Test
    void rhi06_aStrategyDiscussionIsNotRecordedWithoutTheChildsViewsOrWhyNot() throws Exception {
        send("socialworker", post("/children/" + child + "/strategy-discussions"), Map.of("reason", "Found with adults"));
        UUID d = waiting();
        Map<String, String> f = held(raised());
        f.remove("childViewsNotObtained");
        assertThat(body(send("coordinator", post("/strategy-discussions/" + d), f)))
                .contains("There is a problem").contains("Enter the child’s views in their own words, or why they could not be obtained");
        assertThat(jdbc.sql("select held_at is null from strategy_discussion where id = :d").param("d", d)
                .query(Boolean.class).single()).isTrue();
        f.put("childViews", "I don’t want the police at my school");
        assertThat(send("coordinator", post("/strategy-discussions/" + d), f).getResponse().getRedirectedUrl())
                .isEqualTo("/strategy-discussions/" + d);
        assertThat(page("manager", "/strategy-discussions/" + d)).contains("The child’s views")
                .contains("I don’t want the police at my school");
    }
}

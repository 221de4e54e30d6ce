package org.homeward.rhi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.WorkingDays;
import org.homeward.support.HomewardTest;
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

/**
 * What an interview leads to: one interview for several episodes, follow-up actions, the decision
 * on support, and the plan owner's task that the child's page shows until it is done.
 */
@HomewardTest
class ReturnInterviewFollowUpTest {

    static final UUID SOCIAL_WORKER = UUID.fromString("907a70c3-1012-f037-b64c-e4228c38fb29");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    UUID child;
    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);

    @BeforeEach
    void aChildAllocatedToTheSocialWorker() {
        child = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, allocated_worker_id,
                                   created_at, updated_at, version)
                values (:id, 'Follow', 'Upton', date '2011-05-05', 'F', 'LAC_CO', :sw, now(), now(), 0)""")
                .param("id", child).param("sw", SOCIAL_WORKER).update();
        TestChildren.placeAtOakfield(jdbc, child);
    }

    /** An episode from {@code lastSeen}, the child found ten hours later; returns the offer. */
    UUID episode(ZonedDateTime lastSeen) throws Exception {
        UUID episode = TestEpisodes.reportAndLocate(mvc, users, jdbc, child, lastSeen, 10);
        return jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", episode).query(UUID.class).single();
    }

    Map<String, String> interview(ZonedDateTime held) {
        Map<String, String> f = ReturnInterviewWebTest.interview(held);
        f.put("childWords", "I wanted to see my brother.");
        return f;
    }

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    String saved(MvcResult r) {
        return r.getResponse().getRedirectedUrl();
    }

    @Test
    void oneInterviewCoversSeveralEpisodesEachKeepingItsOwnTimeliness() throws Exception {
        UUID first = episode(now.minusDays(6));
        UUID second = episode(now.minusDays(2));
        assertThat(page("rhiworker", "/return-interviews/" + second + "/interview"))
                .contains("also cover the child’s other episodes").contains("value=\"" + first + "\"");
        Map<String, String> f = interview(now.minusHours(30));
        f.put("alsoCovers", first.toString());
        assertThat(saved(send("rhiworker", post("/return-interviews/" + second + "/interview"), f)))
                .isEqualTo("/return-interviews/" + second);

        assertThat(jdbc.sql("select covered_by from rhi_offer where id = :o").param("o", first).query(UUID.class).single())
                .isEqualTo(second);
        // The second episode's interview came within its 72 hours; the first's deadline had passed.
        assertThat(page("manager", "/return-interviews/" + second)).contains("data-testid=\"covered\"");
        assertThat(page("manager", "/return-interviews/" + first)).contains("I wanted to see my brother.")
                .containsPattern("data-testid=\"held-within\">No<");
        assertThat(page("manager", "/return-interviews/" + second)).containsPattern("data-testid=\"held-within\">Yes<");
        String firstEpisode = jdbc.sql("select episode_id from rhi_offer where id = :o").param("o", first)
                .query(String.class).single();
        assertThat(page("socialworker", "/episodes/" + firstEpisode)).contains("Held after 72 hours");
        assertThat(page("rhiworker", "/return-interviews")).doesNotContain("/return-interviews/" + first)
                .doesNotContain("/return-interviews/" + second);
        // A covered episode cannot be interviewed again on its own.
        assertThat(send("rhiworker", post("/return-interviews/" + first + "/interview"), interview(now.minusHours(1)))
                .getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void anInterviewCannotCoverAnEpisodeItPrecedesOrAnotherChildsEpisode() throws Exception {
        UUID first = episode(now.minusDays(6));
        UUID second = episode(now.minusDays(2));
        Map<String, String> f = interview(now.minusDays(6).plusHours(20));
        f.put("alsoCovers", second.toString());
        assertThat(page(send("rhiworker", post("/return-interviews/" + first + "/interview"), f)))
                .contains("The interview was held before the child returned from an episode you selected");
        UUID otherChild = child;
        aChildAllocatedToTheSocialWorker();
        UUID someoneElses = episode(now.minusDays(3));
        child = otherChild;
        f = interview(now.minusHours(1));
        f.put("alsoCovers", someoneElses.toString());
        assertThat(page(send("rhiworker", post("/return-interviews/" + second + "/interview"), f)))
                .contains("Select only this child’s other episodes whose interview is still to be held");
        assertThat(jdbc.sql("select count(*) from rhi_interview where offer_id in (:a, :b)")
                .param("a", first).param("b", second).query(Long.class).single()).isZero();
    }

    String page(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    void followUpActionsNeedAnOwnerAndDueDateAndTheSupportDecisionNamesAnyReferral() throws Exception {
        UUID offer = episode(now.minusDays(2));
        Map<String, String> f = interview(now.minusHours(20));
        f.put("supportDecision", "REFERRAL");
        f.put("actions[0].action", "Ask school about the new friends");
        f.put("actions[1].ownerId", SOCIAL_WORKER.toString());
        LocalDate yesterdayOfInterview = now.minusHours(20).toLocalDate().minusDays(1);
        f.put("actions[1].dueDay", String.valueOf(yesterdayOfInterview.getDayOfMonth()));
        f.put("actions[1].dueMonth", String.valueOf(yesterdayOfInterview.getMonthValue()));
        f.put("actions[1].dueYear", String.valueOf(yesterdayOfInterview.getYear()));
        String refused = page(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f));
        assertThat(refused).contains("Select who owns follow-up action 1").contains("Enter when follow-up action 1 is due")
                .contains("Enter follow-up action 2").contains("Follow-up action 2 cannot be due before the date it was agreed")
                .contains("Enter the service the child is referred to")
                .contains("href=\"#actions[0].ownerId\"").contains("id=\"actions[0].ownerId\"");
        assertThat(jdbc.sql("select count(*) from rhi_interview where offer_id = :o").param("o", offer)
                .query(Long.class).single()).isZero();

        LocalDate due = now.toLocalDate().plusDays(7);
        f = interview(now.minusHours(20));
        f.put("supportDecision", "REFERRAL");
        f.put("referralTo", "Exploitation team");
        f.put("actions[0].action", "Ask school about the new friends");
        f.put("actions[0].ownerId", SOCIAL_WORKER.toString());
        f.put("actions[0].dueDay", String.valueOf(due.getDayOfMonth()));
        f.put("actions[0].dueMonth", String.valueOf(due.getMonthValue()));
        f.put("actions[0].dueYear", String.valueOf(due.getYear()));
        assertThat(saved(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f)))
                .isEqualTo("/return-interviews/" + offer);
        assertThat(page("manager", "/return-interviews/" + offer))
                .contains("Referral to another service: Exploitation team").contains("Ask school about the new friends");
        assertThat(page("socialworker", "/")).contains("Return interview follow-up: Ask school about the new friends");

        UUID action = jdbc.sql("select id from rhi_action where offer_id = :o").param("o", offer).query(UUID.class).single();
        assertThat(send("police", post("/return-interviews/" + offer + "/actions/" + action + "/done"), Map.of())
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(saved(send("socialworker", post("/return-interviews/" + offer + "/actions/" + action + "/done"),
                Map.of()))).isEqualTo("/return-interviews/" + offer);
        assertThat(page("manager", "/return-interviews/" + offer)).contains("Done by Sam Okafor");
        assertThat(page("socialworker", "/")).doesNotContain("Ask school about the new friends");
    }

    @Test
    void thePlanOwnerIsAskedToReflectTheFindingsAndTheChildsPageSaysSoUntilDone() throws Exception {
        UUID offer = episode(now.minusDays(2));
        assertThat(page("socialworker", "/children/" + child)).doesNotContain("not reflected in plan");
        send("rhiworker", post("/return-interviews/" + offer + "/interview"), interview(now.minusHours(20)));

        LocalDate heldOn = now.minusHours(20).toLocalDate();
        assertThat(jdbc.sql("select due_on from rhi_plan_review where offer_id = :o").param("o", offer)
                .query(LocalDate.class).single()).isEqualTo(WorkingDays.plus(heldOn, 5));
        assertThat(page("socialworker", "/")).contains("Reflect return home interview findings in the plan")
                .contains("/return-interviews/" + offer + "/plan");
        assertThat(page("manager", "/")).doesNotContain("/return-interviews/" + offer + "/plan");
        assertThat(page("socialworker", "/children/" + child)).contains("Latest return home interview not reflected in plan");

        assertThat(page("socialworker", "/return-interviews/" + offer + "/plan")).contains("I wanted to see my brother.");
        assertThat(page(send("socialworker", post("/return-interviews/" + offer + "/plan"), Map.of("planChange", " "))))
                .contains("Enter how the plan now reflects the interview");
        assertThat(send("police", post("/return-interviews/" + offer + "/plan"), Map.of("planChange", "Noted"))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(saved(send("socialworker", post("/return-interviews/" + offer + "/plan"),
                Map.of("planChange", "Added weekly contact with her brother to the care plan"))))
                .isEqualTo("/return-interviews/" + offer + "/plan");

        assertThat(page("socialworker", "/children/" + child)).doesNotContain("not reflected in plan");
        assertThat(page("socialworker", "/")).doesNotContain("/return-interviews/" + offer + "/plan");
        assertThat(page("socialworker", "/children/" + child + "/chronology")).contains("Interview findings reflected in plan")
                .contains("Added weekly contact with her brother to the care plan");
        assertThat(page("manager", "/return-interviews/" + offer)).contains("Findings reflected in the plan by Sam Okafor");
        assertThat(send("socialworker", post("/return-interviews/" + offer + "/plan"), Map.of("planChange", "Again"))
                .getResponse().getContentAsString()).contains("already recorded as reflected");

        // A newer interview raises the flag again: the plan must reflect the latest.
        UUID later = episode(now.minusDays(1));
        send("rhiworker", post("/return-interviews/" + later + "/interview"), interview(now.minusHours(2)));
        assertThat(page("socialworker", "/children/" + child)).contains("Latest return home interview not reflected in plan")
                .contains("/return-interviews/" + later + "/plan");
    }

    @Test
    void withNoAllocatedWorkerTheTaskGoesToManagers() throws Exception {
        jdbc.sql("update child set allocated_worker_id = null where id = :c").param("c", child).update();
        UUID offer = episode(now.minusDays(2));
        send("rhiworker", post("/return-interviews/" + offer + "/interview"), interview(now.minusHours(20)));
        UUID planTask = jdbc.sql("select id from task where kind = 'RHI_PLAN' and source_id = :o and owner_team_id is not null")
                .param("o", offer.toString()).query(UUID.class).single();
        assertThat(page("manager", "/tasks?scope=team&kind=RHI_PLAN&order=desc")).contains("/tasks/" + planTask);
        assertThat(page("manager", "/tasks/" + planTask)).contains("/return-interviews/" + offer + "/plan");
        assertThat(page("socialworker", "/return-interviews/" + offer + "/plan")).contains("Record as reflected in the plan");
        assertThat(page("police", "/return-interviews/" + offer + "/plan")).doesNotContain("Record as reflected in the plan");
        assertThat(jdbc.sql("select count(*) from rhi_plan_review where offer_id = :o and owner_id is null")
                .param("o", offer).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theRecordedInterviewCanBeCorrectedByItsProviderAndTheAuditNamesWhatChanged() throws Exception {
        UUID offer = episode(now.minusDays(2));
        Map<String, String> f = interview(now.minusHours(20));
        f.put("pushFactors", "BULLYING");
        send("rhiworker", post("/return-interviews/" + offer + "/interview"), f);
        assertThat(page("rhiworker", "/return-interviews/" + offer)).contains("Correct the interview");
        assertThat(page("rhiworker", "/return-interviews/" + offer + "/interview"))
                .contains("Correct the return home interview").contains("I wanted to see my brother.")
                .doesNotContain("Follow-up action 1");
        assertThat(mvc.perform(get("/return-interviews/" + offer + "/interview").with(as(users, "socialworker")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        f.put("childWords", "I wanted to see my older brother.");
        f.put("harm", " ");
        assertThat(page(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f)))
                .contains("Enter whether the child came to harm while missing");
        f.put("harm", "No harm disclosed");
        f.put("pushFactors", "SCHOOL");
        assertThat(saved(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f)))
                .isEqualTo("/return-interviews/" + offer);
        assertThat(page("manager", "/return-interviews/" + offer)).contains("I wanted to see my older brother.")
                .contains("Push: Problems at school").doesNotContain("Push: Bullying");
        String changed = jdbc.sql("""
                select array_to_string(fields_changed, ', ') from audit_entry
                 where record_id = :o and action = 'CHANGE' and detail = 'Interview corrected'""")
                .param("o", offer).query(String.class).single();
        assertThat(changed).isEqualTo("Child's words, Push and pull factors");
        assertThat(jdbc.sql("select count(*) from rhi_plan_review where offer_id = :o").param("o", offer)
                .query(Long.class).single()).isEqualTo(1);
    }
}

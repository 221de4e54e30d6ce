package org.homeward.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.homeward.oversight.Deadlines;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.WorkingDays;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Independent Reviewing Officer and the episodes of the looked-after children they review (MP-06, OV-06). */
@HomewardTest
class CarePlanReviewWebTest {

    static final UUID IRO = UUID.fromString("3b7e51c2-8d4a-4f6e-9a21-5c0d7e8f9a01");
    static final UUID OTHER_IRO = UUID.randomUUID();

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    UUID lookedAfterChildOfTheIro(String family) throws Exception {
        UUID child = TestChildren.add(mvc, users, "Review", family);
        jdbc.sql("update child set iro_id = :iro where id = :c").param("iro", IRO).param("c", child).update();
        return child;
    }

    UUID report(UUID child) throws Exception {
        return report(child, 2);
    }

    UUID report(UUID child, int hoursAgo) throws Exception {
        return TestEpisodes.report(mvc, users, child, ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(hoursAgo));
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(users, user))).andReturn().getResponse().getStatus();
    }

    @Test
    void mp06_everyEpisodeOfALookedAfterChildTellsTheIroWhoseDecisionCompletesTheTaskAndIsInTheChronology()
            throws Exception {
        UUID child = lookedAfterChildOfTheIro("Decision");
        UUID episode = report(child, 6);
        String link = "/episodes/" + episode + "/care-plan-review";

        assertThat(jdbc.sql("select count(*) from notification where recipient_id = :iro and link = :link")
                .param("iro", IRO).param("link", link).query(Long.class).single()).isEqualTo(1);
        assertThat(page("iro", "/notifications")).contains("Review Decision has been reported missing");
        record Task(UUID ownerId, String subject, String status, java.time.Instant dueAt) {
        }
        Task task = jdbc.sql("""
                select owner_id, subject, status, due_at from task
                 where kind = 'CARE_PLAN_REVIEW_DECISION' and source_id = :e""")
                .param("e", episode.toString()).query(Task.class).single();
        assertThat(task.ownerId()).isEqualTo(IRO);
        assertThat(task.subject()).isEqualTo("Decide whether the care plan needs review");
        assertThat(task.status()).isEqualTo("OPEN");
        assertThat(task.dueAt()).isEqualTo(Deadlines.endOf(WorkingDays.plus(LocalDate.now(ClockConfiguration.LONDON), 5)));

        assertThat(page("iro", link)).contains("Does the care plan need review?").contains("Reason for your decision");
        assertThat(page("socialworker", link)).contains("has not yet recorded").doesNotContain("Reason for your decision");
        assertThat(page("socialworker", "/episodes/" + episode)).contains(link);
        assertThat(status("socialworker", post(link).with(csrf()).param("reviewNeeded", "no")
                .param("rationale", "Not mine to decide"))).as("only the IRO decides").isEqualTo(403);

        // A decision without its reason is refused and nothing is recorded.
        String refused = mvc.perform(post(link).with(csrf()).with(as(users, "iro")).param("reviewNeeded", "yes")
                .param("rationale", "  ")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem").contains("Enter the reason for your decision");
        assertThat(jdbc.sql("select count(*) from care_plan_review_decision where episode_id = :e").param("e", episode)
                .query(Long.class).single()).isZero();

        assertThat(mvc.perform(post(link).with(csrf()).with(as(users, "iro")).param("reviewNeeded", "yes")
                        .param("rationale", "Third episode after family contact: contact arrangements need review"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(link);
        assertThat(jdbc.sql("select status from task where kind = 'CARE_PLAN_REVIEW_DECISION' and source_id = :e")
                .param("e", episode.toString()).query(String.class).single()).isEqualTo("DONE");
        assertThat(page("socialworker", "/children/" + child + "/chronology"))
                .contains("IRO decided the care plan needs review")
                .contains("Third episode after family contact: contact arrangements need review");
        assertThat(page("iro", link)).contains("data-testid=\"decision\"").contains("Imogen Rowe");

        // A second decision on the same episode is not recorded over the first.
        mvc.perform(post(link).with(csrf()).with(as(users, "iro")).param("reviewNeeded", "no").param("rationale", "Again"));
        assertThat(jdbc.sql("select review_needed from care_plan_review_decision where episode_id = :e")
                .param("e", episode).query(Boolean.class).single()).isTrue();

        // Another IRO named for the child takes over the decisions still to make.
        TestEpisodes.locate(mvc, users, jdbc, episode, ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(5));
        UUID next = report(child, 2);
        jdbc.sql("insert into user_account (id, username, display_name, password_hash, agency_id) values "
                + "(:id, :u, 'Ian Other', 'x', cast(:la as uuid))").param("id", OTHER_IRO)
                .param("u", "iro-" + OTHER_IRO.toString().substring(0, 8)).param("la", TestChildren.SOUTH_GLOUCESTERSHIRE)
                .update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, 'IRO')").param("id", OTHER_IRO).update();
        long version = jdbc.sql("select version from child where id = :c").param("c", child).query(Long.class).single();
        assertThat(mvc.perform(post("/children/" + child).with(csrf()).with(as(users, "socialworker"))
                        .param("givenNames", "Review").param("familyName", "Decision").param("dobDay", "3")
                        .param("dobMonth", "5").param("dobYear", "2011").param("sex", "F").param("legalStatus", "LAC_CO")
                        .param("responsibleAuthorityId", TestChildren.SOUTH_GLOUCESTERSHIRE)
                        .param("iroId", OTHER_IRO.toString()).param("version", String.valueOf(version)))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/children/" + child);
        assertThat(jdbc.sql("select owner_id from task where kind = 'CARE_PLAN_REVIEW_DECISION' and source_id = :e")
                .param("e", next.toString()).query(UUID.class).single()).isEqualTo(OTHER_IRO);

        // A child who is not looked after has no IRO decision to make.
        UUID notLookedAfter = lookedAfterChildOfTheIro("AtHome");
        jdbc.sql("update child set legal_status = 'CIN' where id = :c").param("c", notLookedAfter).update();
        UUID other = report(notLookedAfter);
        assertThat(jdbc.sql("select count(*) from task where kind = 'CARE_PLAN_REVIEW_DECISION' and source_id = :e")
                .param("e", other.toString()).query(Long.class).single()).isZero();
    }

    @Test
    void ov06_theIroOpensEveryEpisodeOfTheChildrenTheyReviewAndNoOtherChild() throws Exception {
        UUID reviewed = lookedAfterChildOfTheIro("Reviewed");
        UUID first = report(reviewed, 6);
        TestEpisodes.locate(mvc, users, jdbc, first, ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(4));
        UUID second = report(reviewed);
        UUID notReviewed = TestChildren.add(mvc, users, "Review", "Elsewhere");
        UUID notTheirs = report(notReviewed);

        assertThat(status("iro", get("/children/" + reviewed))).isEqualTo(200);
        assertThat(status("iro", get("/episodes/" + first))).isEqualTo(200);
        assertThat(status("iro", get("/episodes/" + second))).isEqualTo(200);
        assertThat(page("iro", "/children/" + reviewed + "/episodes")).contains("/episodes/" + first)
                .contains("/episodes/" + second);
        assertThat(status("iro", get("/children/" + reviewed + "/chronology"))).isEqualTo(200);

        // A looked-after child of the same council whom they do not review: refused, and the refusal audited.
        assertThat(status("iro", get("/children/" + notReviewed))).isEqualTo(403);
        assertThat(status("iro", get("/episodes/" + notTheirs))).isEqualTo(403);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where child_id = :c and action = 'REFUSED' and username = 'iro'""")
                .param("c", notReviewed).query(Long.class).single()).isEqualTo(2);

        // Named as the child's IRO, they open its episodes; when another IRO takes over, no longer.
        jdbc.sql("update child set iro_id = :iro where id = :c").param("iro", IRO).param("c", notReviewed).update();
        assertThat(status("iro", get("/episodes/" + notTheirs))).isEqualTo(200);
        jdbc.sql("update child set iro_id = null where id = :c").param("c", notReviewed).update();
        assertThat(status("iro", get("/episodes/" + notTheirs))).isEqualTo(403);
    }
}

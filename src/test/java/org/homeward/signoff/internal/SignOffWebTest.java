package org.homeward.signoff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.homeward.support.TestMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sign-offs raised at each point, signed by a manager who did not do the work. */
@HomewardTest
class SignOffWebTest {

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

    UUID signOff(String point, UUID subject) {
        return jdbc.sql("select id from sign_off where point = :p and subject_id = :s").param("p", point)
                .param("s", subject).query(UUID.class).single();
    }

    Map<String, String> meeting(ZonedDateTime held) {
        return new java.util.LinkedHashMap<>(TestMeetings.meeting(held));
    }

    @Test
    void aHighRiskRatingIsSignedOffWithinOneWorkingDayAndNobodySignsOffTheirOwnWork() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Sasha", "Signoff");
        UUID episode = TestEpisodes.report(mvc, users, child, now.minusHours(2));
        assertThat(send("police", post("/episodes/" + episode + "/grading"), TestEpisodes.grading("MISSING", "HIGH", "Aged 13, with an adult of concern")).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        UUID high = signOff("HIGH_RISK", episode);
        Instant due = jdbc.sql("select due_at from sign_off where id = :id").param("id", high).query(Instant.class).single();
        assertThat(due).isEqualTo(SignOffService.workingDaysAfter(
                jdbc.sql("select raised_at from sign_off where id = :id").param("id", high).query(Instant.class).single(), 1));
        assertThat(page("manager", "/sign-offs")).contains("Sasha Signoff").contains("High-risk episode");
        assertThat(page("manager", "/")).contains("Sign off: high-risk episode");
        assertThat(mvc.perform(get("/sign-offs").with(as(users, "socialworker"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(send("socialworker", post("/sign-offs/" + high), Map.of("comment", "Seen")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(send("manager", post("/sign-offs/" + high), Map.of("comment", " ")).getResponse().getContentAsString())
                .contains("Enter your oversight comment");
        assertThat(send("manager", post("/sign-offs/" + high), Map.of("comment", "Strategy discussion arranged for today"))
                .getResponse().getRedirectedUrl()).isEqualTo("/sign-offs");
        assertThat(send("lead", post("/sign-offs/" + high), Map.of("comment", "Again")).getResponse().getContentAsString())
                .contains("signed off by");
        assertThat(page("socialworker", "/children/" + child + "/chronology")).contains("Signed off: high-risk episode")
                .contains("Strategy discussion arranged for today");

        // The return the police recorded is theirs, not the allocated social worker's.
        TestEpisodes.locate(mvc, users, jdbc, episode, now.minusHours(1));
        UUID closure = signOff("EPISODE_CLOSE", episode);
        assertThat(page("manager", "/sign-offs/" + closure)).contains("PC Priya Patel").doesNotContain("Sam Okafor");

        // A meeting recorded by the team manager is theirs: another manager signs off its outcome.
        assertThat(send("manager", post("/children/" + child + "/meetings"), meeting(now.minusMinutes(30)))
                .getResponse().getRedirectedUrl()).startsWith("/meetings/");
        UUID meeting = jdbc.sql("select id from missing_meeting where child_id = :c").param("c", child)
                .query(UUID.class).single();
        UUID outcome = signOff("MEETING_OUTCOME", meeting);
        assertThat(page("manager", "/sign-offs/" + outcome)).contains("This is your own work");
        assertThat(send("manager", post("/sign-offs/" + outcome), Map.of("comment", "Fine")).getResponse()
                .getContentAsString()).contains("You cannot sign off your own work");
        UUID manager = jdbc.sql("select id from user_account where username = 'manager'").query(UUID.class).single();
        assertThatThrownBy(() -> jdbc.sql("update sign_off set signed_at = now(), signed_by = :m, comment = 'x' where id = :id")
                .param("m", manager).param("id", outcome).update()).hasMessageContaining("sign_off");
        assertThat(send("lead", post("/sign-offs/" + outcome), Map.of("comment", "Decisions proportionate"))
                .getResponse().getRedirectedUrl()).isEqualTo("/sign-offs");
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'sign-off' and action = 'CHANGE'"
                + " and child_id = :c").param("c", child).query(Long.class).single()).isEqualTo(2);
    }
}

package org.homeward.rhi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The 72-hour offer is a task on the deadline engine from the return until it is met or decided against. */
@HomewardTest
class OfferDeadlinesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
    ZonedDateTime returned = now.minusHours(20);
    UUID offer;

    record Task(String status, Instant dueAt) {
    }

    @BeforeEach
    void aChildReturned() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Orla", "Offered");
        UUID episode = TestEpisodes.reportAndLocate(mvc, users, jdbc, child, returned.minusHours(6), 6);
        offer = jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", episode).query(UUID.class).single();
    }

    Task task() {
        return jdbc.sql("select status, due_at from task where kind = 'RHI_OFFER' and source_id = :o")
                .param("o", offer.toString()).query(Task.class).single();
    }

    int send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn().getResponse().getStatus();
    }

    @Test
    void theOfferIsDueSeventyTwoHoursAfterTheReturnAndTheFirstAttemptMeetsIt() throws Exception {
        assertThat(task()).isEqualTo(new Task("OPEN", returned.toInstant().plus(Duration.ofHours(72))));
        Map<String, String> a = new LinkedHashMap<>();
        ReturnInterviewWebTest.put(a, "attempted", returned.plusHours(3));
        a.put("method", "PHONE");
        a.put("result", "No answer");
        send("rhiworker", post("/return-interviews/" + offer + "/attempts"), a);
        assertThat(task().status()).isEqualTo("DONE");
    }

    @Test
    void aDecisionNotToOfferCancelsIt() throws Exception {
        send("manager", post("/return-interviews/" + offer + "/not-offered"),
                Map.of("notOfferedReason", "Child moved abroad with family"));
        assertThat(task().status()).isEqualTo("CANCELLED");
    }
}

package org.homeward.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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

/** The compliance dashboard: who may see it, the period, and figures that move with the work. */
@HomewardTest
class DashboardWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired List<ComplianceSource> sources;

    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
    LocalDate today = now.toLocalDate();

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    ComplianceSource.Figure figure(String measure) {
        List<ComplianceSource.Figure> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.figures(today.minusDays(7), today.plusDays(10), Instant.now())));
        return all.stream().filter(f -> f.measure().equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void managersAndAnalystsSeeCountsForThePeriodTheyChoose() throws Exception {
        assertThat(mvc.perform(get("/dashboard").with(as(users, "socialworker"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/dashboard").with(as(users, "police"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        String page = page("lead", "/dashboard");
        assertThat(page).contains("Offered within 72 hours").contains("Strategy discussions held by the due date")
                .contains("Sign-offs given by the due time").contains("Screening reviews overdue now")
                .contains("From " + today.minusDays(27).getDayOfMonth());
        assertThat(page("analyst", "/dashboard")).contains("Held within 72 hours").doesNotContain("Jaden");
        String refused = page("manager", "/dashboard?fromDay=10&fromMonth=10&fromYear=2026&toDay=1&toMonth=10&toYear=2026");
        assertThat(refused).contains("There is a problem").contains("The last day must be the same as or after the first day");
        assertThat(page("manager", "/dashboard?fromDay=1&fromMonth=13&fromYear=2026&toDay=1&toMonth=10&toYear=2026"))
                .contains("The first day of the period must be a real date");
    }

    @Test
    void aReturnAndASignOffMoveTheFigures() throws Exception {
        ComplianceSource.Figure returns = figure("Children returned (each episode)");
        ComplianceSource.Figure signedInTime = figure("High-risk ratings signed off within 1 working day");

        UUID child = TestChildren.add(mvc, users, "Dana", "Dashboard");
        UUID episode = TestEpisodes.report(mvc, users, child, now.minusHours(3));
        assertThat(mvc.perform(post("/episodes/" + episode + "/grading").with(csrf()).with(as(users, "police"))
                .param("classification", "MISSING").param("riskLevel", "HIGH").param("rationale", "Aged 12").params(TestEpisodes.gradingSourceParams()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + episode);
        TestEpisodes.locate(mvc, users, jdbc, episode, now.minusHours(1));
        assertThat(figure("Children returned (each episode)").count()).isEqualTo(returns.count() + 1);
        ComplianceSource.Figure raised = figure("High-risk ratings signed off within 1 working day");
        assertThat(raised.outOf()).isEqualTo(signedInTime.outOf() + 1);
        assertThat(raised.count()).isEqualTo(signedInTime.count());

        UUID signOff = jdbc.sql("select id from sign_off where point = 'HIGH_RISK' and subject_id = :e")
                .param("e", episode).query(UUID.class).single();
        mvc.perform(post("/sign-offs/" + signOff).with(csrf()).with(as(users, "lead")).param("comment", "Seen; plan in place"));
        assertThat(figure("High-risk ratings signed off within 1 working day").count()).isEqualTo(signedInTime.count() + 1);
    }
}

package org.homeward.insight.internal.compliance;

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
import org.homeward.support.MovableClock;
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
    @Autowired FigureSummaries summaries;
    @Autowired MovableClock clock;

    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
    LocalDate today = now.toLocalDate();

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    /** One figure for the whole partnership, counted again first as the schedule would. */
    FigureSummaries.Sum figure(String measure) {
        summaries.refreshRecent();
        String figure = summaries.measures().stream().filter(m -> m.measure().equals(measure)).findFirst().orElseThrow()
                .figure();
        return summaries.sums(today.minusDays(7), today.plusDays(10), java.util.Optional.empty(), List.of(figure))
                .getOrDefault(figure, new FigureSummaries.Sum(0, 0));
    }

    /** The row of the notification times report for one step: its median and the number measured. */
    static String latencyRow(String measure, String median, int count) {
        return "data-measure=\"" + java.util.regex.Pattern.quote(measure) + "\">\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*>"
                + java.util.regex.Pattern.quote(median) + "</td>\\s*<td[^>]*>" + count + "</td>";
    }

    @Test
    void ep03_theReportShowsTheMedianTimeFromPoliceToCouncilForAPeriod() throws Exception {
        ZonedDateTime base = ZonedDateTime.of(2019, 8, 12, 20, 0, 0, 0, ClockConfiguration.LONDON);
        int[] acknowledgedAfterMinutes = {10, 20, 60};
        List<UUID> children = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            children.add(TestChildren.add(mvc, users, "Latency", "Child" + i));
        }
        try {
            for (int i = 0; i < 3; i++) {
                ZonedDateTime lastSeen = base.plusDays(i);
                clock.moveTo(lastSeen.plusHours(1).toInstant());
                UUID episode = TestEpisodes.report(mvc, users, children.get(i), lastSeen);
                clock.moveTo(lastSeen.plusHours(2).toInstant());
                assertThat(mvc.perform(post("/episodes/" + episode + "/grading").with(csrf()).with(as(users, "police"))
                                .param("classification", "MISSING").param("riskLevel", "MEDIUM")
                                .param("rationale", "Known to return").params(TestEpisodes.gradingSourceParams()))
                        .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + episode);
                UUID message = jdbc.sql("select id from police_message where episode_id = :e").param("e", episode)
                        .query(UUID.class).single();
                clock.moveTo(lastSeen.plusHours(2).plusMinutes(acknowledgedAfterMinutes[i]).toInstant());
                mvc.perform(post("/police-messages/" + message + "/acknowledge").with(csrf()).with(as(users, "socialworker")));
            }
        } finally {
            clock.reset();
        }
        summaries.refreshAll();
        String august = "/dashboard/notification-times?fromDay=1&fromMonth=8&fromYear=2019&toDay=31&toMonth=8&toYear=2019";
        assertThat(mvc.perform(get(august).with(as(users, "socialworker"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        String report = page("lead", august);
        assertThat(report).contains("How quickly agencies were told").doesNotContain("Latency Child")
                .containsPattern(latencyRow("Police message sent to acknowledged by the council", "20 minutes", 3))
                .containsPattern(latencyRow("Last seen to the council told (police to council)", "2 hours", 3))
                .containsPattern(latencyRow("Reported to the police to the council told (police to council)",
                        "1 hour 15 minutes", 3))
                .containsPattern(latencyRow("Last seen to reported to the police (carer to police)", "45 minutes", 3));
        assertThat(page("lead", "/dashboard/notification-times?fromDay=1&fromMonth=7&fromYear=2019&toDay=31&toMonth=7&toYear=2019"))
                .containsPattern(latencyRow("Police message sent to acknowledged by the council", "None to measure", 0));
        assertThat(page("manager", "/dashboard")).contains("/dashboard/notification-times");
    }

    @Test
    void managersAndAnalystsSeeCountsForThePeriodTheyChoose() throws Exception {
        assertThat(mvc.perform(get("/dashboard").with(as(users, "socialworker"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/dashboard").with(as(users, "police"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        summaries.refreshRecent();
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
        FigureSummaries.Sum returns = figure("Children returned (each episode)");
        FigureSummaries.Sum signedInTime = figure("High-risk ratings signed off within 1 working day");

        UUID child = TestChildren.add(mvc, users, "Dana", "Dashboard");
        UUID episode = TestEpisodes.report(mvc, users, child, now.minusHours(3));
        assertThat(mvc.perform(post("/episodes/" + episode + "/grading").with(csrf()).with(as(users, "police"))
                .param("classification", "MISSING").param("riskLevel", "HIGH").param("rationale", "Aged 12").params(TestEpisodes.gradingSourceParams()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + episode);
        TestEpisodes.locate(mvc, users, jdbc, episode, now.minusHours(1));
        assertThat(figure("Children returned (each episode)").count()).isEqualTo(returns.count() + 1);
        FigureSummaries.Sum raised = figure("High-risk ratings signed off within 1 working day");
        assertThat(raised.outOf()).isEqualTo(signedInTime.outOf() + 1);
        assertThat(raised.count()).isEqualTo(signedInTime.count());

        UUID signOff = jdbc.sql("select id from sign_off where point = 'HIGH_RISK' and subject_id = :e")
                .param("e", episode).query(UUID.class).single();
        mvc.perform(post("/sign-offs/" + signOff).with(csrf()).with(as(users, "lead")).param("comment", "Seen; plan in place"));
        assertThat(figure("High-risk ratings signed off within 1 working day").count()).isEqualTo(signedInTime.count() + 1);
    }
}

package org.homeward.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.homeward.oversight.Deadlines;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The police review of a missing episode, paced by its risk level, and the Philomena profile's review, on the engine. */
@HomewardTest
class EpisodeReviewTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);

    record Row(String sourceId, String subject, String status, Instant dueAt, Instant createdAt, boolean highRisk) {
    }

    List<Row> reviews(UUID episode) {
        return jdbc.sql("""
                select source_id, subject, status, due_at, created_at, high_risk from task
                 where kind = 'EPISODE_REVIEW' and source_id like :e order by source_id""")
                .param("e", episode + "#%").query(Row.class).list();
    }

    void grade(UUID episode, String level) throws Exception {
        mvc.perform(post("/episodes/" + episode + "/grading").with(csrf()).with(as(users, "police"))
                .param("classification", "MISSING").param("riskLevel", level).param("rationale", "Reviewed"));
    }

    @Test
    void eachGradingIsAReviewAndTheNextFallsDueByTheRiskLevelUntilTheChildIsFound() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Rory", "Review");
        UUID episode = TestEpisodes.report(mvc, users, child, now.minusHours(2));
        List<Row> first = reviews(episode);
        assertThat(first).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("Grade the risk of the missing episode");
            assertThat(r.dueAt()).isCloseTo(r.createdAt().plus(Duration.ofHours(1)), within(1, ChronoUnit.SECONDS));
        });
        assertThat(jdbc.sql("select t.name from task k join team t on t.id = k.owner_team_id where k.source_id = :s")
                .param("s", episode + "#1").query(String.class).single()).isNotBlank();

        grade(episode, "MEDIUM");
        List<Row> second = reviews(episode);
        assertThat(second).extracting(Row::status).containsExactly("DONE", "OPEN");
        assertThat(second.get(1).dueAt()).isCloseTo(second.get(1).createdAt().plus(Duration.ofHours(24)), within(1, ChronoUnit.SECONDS));

        grade(episode, "HIGH");
        List<Row> third = reviews(episode);
        assertThat(third).extracting(Row::status).containsExactly("DONE", "DONE", "OPEN");
        assertThat(third.get(2).dueAt()).isCloseTo(third.get(2).createdAt().plus(Duration.ofHours(6)), within(1, ChronoUnit.SECONDS));
        assertThat(third.get(2).highRisk()).isTrue();

        TestEpisodes.locate(mvc, users, jdbc, episode, now.minusMinutes(5));
        assertThat(reviews(episode)).extracting(Row::status).containsExactly("DONE", "DONE", "CANCELLED");
    }

    @Test
    void thePhilomenaProfilesReviewDateIsATask() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Pia", "Profile");
        LocalDate today = now.toLocalDate();
        LocalDate review = today.plusMonths(3);
        mvc.perform(multipart("/children/" + child + "/philomena").with(csrf()).with(as(users, "carer"))
                .param("height", "5 feet").param("completedBy", "Cara Jones, Oakfield")
                .param("completedOnDay", String.valueOf(today.getDayOfMonth()))
                .param("completedOnMonth", String.valueOf(today.getMonthValue()))
                .param("completedOnYear", String.valueOf(today.getYear()))
                .param("reviewDueDay", String.valueOf(review.getDayOfMonth()))
                .param("reviewDueMonth", String.valueOf(review.getMonthValue()))
                .param("reviewDueYear", String.valueOf(review.getYear())));
        assertThat(jdbc.sql("select due_at from task where kind = 'PHILOMENA_REVIEW' and child_id = :c and status = 'OPEN'")
                .param("c", child).query(Instant.class).single()).isEqualTo(Deadlines.endOf(review));
    }
}

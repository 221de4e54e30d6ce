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
import org.homeward.oversight.NewTask;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.PageLinks;
import org.homeward.support.HomewardTest;
import org.homeward.support.MovableClock;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.AfterEach;
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
    @Autowired Escalations escalations;
    @Autowired MovableClock clock;
    @Autowired Recipients recipients;
    @Autowired Deadlines deadlines;

    static final UUID INSPECTOR = UUID.fromString("7746beba-bbf4-4e00-b8dd-8a2cf9157725");
    static final UUID DIRECTOR = UUID.fromString("789ea39e-ff8f-4e29-9ed3-4c0e8df8470e");
    static final UUID LEAD_MEMBER = UUID.fromString("ea5116b8-a4cb-4b6e-a622-eb8b314c1620");

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Told(UUID recipientId, String text, String link) {
    }

    List<Told> toldOfTask(UUID task, String step) {
        return jdbc.sql("""
                select n.recipient_id, n.text, n.link from notification n join escalation e on e.id = n.escalation_id
                 where e.task_id = :t and e.step = :s order by n.recipient_id""")
                .param("t", task).param("s", step).query(Told.class).list();
    }

    List<Told> toldOfEpisode(UUID episode, String step) {
        return jdbc.sql("""
                select n.recipient_id, n.text, n.link from notification n join escalation e on e.id = n.escalation_id
                 where e.episode_id = :e and e.step = :s order by n.recipient_id""")
                .param("e", episode).param("s", step).query(Told.class).list();
    }

    static final UUID JADEN_MISSING_NOW = UUID.fromString("769190ed-0c97-572f-8b9a-2ac7cd9010d2");
    static final String POLICE_FORCE = "9531985d-5d9d-c9f8-1818-e811892f902b";
    static final String LEAD = "ec66a787-95e7-61d1-7731-af10506bf2ef";

    String page(String user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    UUID openReview(UUID episode) {
        return jdbc.sql("select id from task where kind = 'EPISODE_REVIEW' and source_id like :e and status = 'OPEN'")
                .param("e", episode + "#%").query(UUID.class).single();
    }

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
                .param("classification", "MISSING").param("riskLevel", level).param("rationale", "Reviewed").params(TestEpisodes.gradingSourceParams()));
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
    void aChildMissingInTheDemoDataHasAPoliceReviewInTheCoordinatorsQueue() throws Exception {
        UUID task = openReview(JADEN_MISSING_NOW);
        Row review = reviews(JADEN_MISSING_NOW).stream().filter(r -> r.status().equals("OPEN")).findFirst().orElseThrow();
        assertThat(review.subject()).isEqualTo("Review the missing episode and its risk level");
        assertThat(review.highRisk()).as("graded high in the demo").isTrue();
        assertThat(page("coordinator", "/tasks")).contains("/tasks/" + task);
        // The home page shows the first few of a long queue; the queue of that kind holds it.
        assertThat(page("coordinator", "/tasks?kind=EPISODE_REVIEW")).contains("/tasks/" + task)
                .contains("Review the missing episode and its risk level");
    }

    @Test
    void anEpisodeWrittenWithoutEventsGetsItsReviewOnceAndAHighRiskOneReachesTheSeniorManager() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Ines", "Imported");
        UUID episode = UUID.randomUUID();
        Instant lastSeen = now.minusHours(3).toInstant();
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place,
                                     reported_to_police_at, police_force_id, created_at, updated_at, version)
                values (:id, :c, 'MISSING_FROM_HOME', 'HOME', :seen, 'Home address', :reported, cast(:force as uuid),
                        :seen, :seen, 0)""")
                .param("id", episode).param("c", child).param("seen", java.sql.Timestamp.from(lastSeen))
                .param("reported", java.sql.Timestamp.from(lastSeen.plus(Duration.ofMinutes(30))))
                .param("force", POLICE_FORCE).update();
        jdbc.sql("""
                insert into episode_grading (id, episode_id, classification, risk_level, rationale, graded_at, graded_by_name)
                values (:id, :e, 'MISSING', 'HIGH', 'Imported grading', :at, 'Imported')""")
                .param("id", UUID.randomUUID()).param("e", episode)
                .param("at", java.sql.Timestamp.from(lastSeen.plus(Duration.ofHours(1)))).update();
        assertThat(reviews(episode)).isEmpty();

        escalations.run();
        escalations.run();

        assertThat(reviews(episode)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("OPEN");
            assertThat(r.highRisk()).isTrue();
            assertThat(r.dueAt()).isEqualTo(lastSeen.plus(Duration.ofHours(7)));
        });
        UUID task = openReview(episode);
        assertThat(jdbc.sql("select t.name from task k join team t on t.id = k.owner_team_id where k.id = :t")
                .param("t", task).query(String.class).single()).isEqualTo("Missing person unit");
        assertThat(jdbc.sql("select count(*) from task where id = :t and status = 'OPEN' and owner_team_id = "
                + "(select team_id from user_account where username = 'coordinator')").param("t", task)
                .query(Long.class).single()).as("in the coordinator's unit's queue").isEqualTo(1);
        assertThat(page("coordinator", "/tasks/" + task)).contains("Review the missing episode and its risk level");
        assertThat(jdbc.sql("""
                select count(*) from notification n join escalation e on e.id = n.escalation_id
                 where e.task_id = :t and e.step = 'high-risk-senior-manager' and n.recipient_id = cast(:lead as uuid)""")
                .param("t", task).param("lead", LEAD).query(Long.class).single()).isEqualTo(1);
        // The senior manager's queue holds every team's tasks, many pages of them; the task opens for them.
        assertThat(page("lead", "/tasks/" + task)).contains("Review the missing episode and its risk level");

        TestEpisodes.locate(mvc, users, jdbc, episode, now.minusMinutes(10));
        escalations.run();
        assertThat(reviews(episode)).extracting(Row::status).containsExactly("CANCELLED");
    }

    @Test
    void anEpisodeReportedWithTheChildAlreadyBackHasNoReview() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Rhea", "Returned");
        UUID episode = TestEpisodes.report(mvc, users, child, now.minusHours(5));
        TestEpisodes.locate(mvc, users, jdbc, episode, now.minusHours(1));
        grade(episode, "LOW");
        assertThat(reviews(episode)).extracting(Row::status).doesNotContain("OPEN");
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

    @Test
    void ep02_aPoliceReviewNotDoneByItsTimeAlertsTheCoordinatorsSupervisorOnTheNextEscalationRun() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Ophelia", "Overdue");
        UUID episode = TestEpisodes.report(mvc, users, child, now.minusHours(2));
        UUID task = openReview(episode);
        Instant due = jdbc.sql("select due_at from task where id = :t").param("t", task).query(Instant.class).single();
        assertThat(jdbc.sql("select owner_team_id = (select team_id from user_account where username = 'coordinator') "
                + "from task where id = :t").param("t", task).query(Boolean.class).single())
                .as("owned by the coordinators' team").isTrue();

        clock.moveTo(due.minusSeconds(30));
        escalations.run();
        assertThat(toldOfTask(task, "overdue-review-supervisor")).isEmpty();

        // The schedule runs every minute: the first run after the review time tells the team's manager.
        clock.moveTo(due.plusSeconds(30));
        escalations.run();
        assertThat(toldOfTask(task, "overdue-review-supervisor")).singleElement().satisfies(t -> {
            assertThat(t.recipientId()).isEqualTo(INSPECTOR);
            assertThat(t.text()).startsWith("Overdue: Grade the risk of the missing episode");
            assertThat(t.link()).isEqualTo("/tasks/" + task);
        });
        escalations.run();
        assertThat(toldOfTask(task, "overdue-review-supervisor")).hasSize(1);
        clock.reset();
        // Told while the clock stood earlier: other tests' later notifications may come first, newest first.
        String notifications = page("inspector", "/notifications");
        while (!notifications.contains("/tasks/" + task) && PageLinks.link(notifications, "next") != null) {
            notifications = page("inspector", PageLinks.link(notifications, "next"));
        }
        assertThat(notifications).contains("Overdue: Grade the risk of the missing episode").contains("/tasks/" + task);
        assertThat(page("inspector", "/tasks/" + task)).contains("Overdue: supervisor told");

        // A review done in time raises nothing: the grading is the review, and the next falls due later.
        grade(episode, "MEDIUM");
        UUID next = openReview(episode);
        clock.moveTo(due.plusSeconds(90));
        escalations.run();
        assertThat(toldOfTask(next, "overdue-review-supervisor")).isEmpty();
    }

    @Test
    void ov02_aChildMissingLongerThanTheMatrixSaysIsToldToTheDirectorThenTheLeadMemberEachOnce() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Paloma", "Prolonged");
        ZonedDateTime lastSeen = now.minusHours(71);
        UUID episode = TestEpisodes.report(mvc, users, child, lastSeen);

        escalations.run();
        assertThat(toldOfEpisode(episode, "prolonged-episode-director")).isEmpty();

        clock.moveTo(lastSeen.toInstant().plus(Duration.ofHours(72)).plusSeconds(60));
        escalations.run();
        escalations.run();
        assertThat(toldOfEpisode(episode, "prolonged-episode-director")).singleElement().satisfies(t -> {
            assertThat(t.recipientId()).isEqualTo(DIRECTOR);
            assertThat(t.text()).startsWith("Prolonged episode: a child has been missing for more than 72 hours")
                    .doesNotContain("Paloma").doesNotContain("Prolonged,");
            assertThat(t.link()).isEqualTo("/episodes/" + episode);
        });
        assertThat(toldOfEpisode(episode, "prolonged-episode-lead-member")).isEmpty();

        clock.moveTo(lastSeen.toInstant().plus(Duration.ofDays(7)).plusSeconds(60));
        escalations.run();
        escalations.run();
        assertThat(toldOfEpisode(episode, "prolonged-episode-director")).hasSize(1);
        assertThat(toldOfEpisode(episode, "prolonged-episode-lead-member")).singleElement().satisfies(t -> {
            assertThat(t.recipientId()).isEqualTo(LEAD_MEMBER);
            assertThat(t.text()).contains("more than 7 days");
            assertThat(t.link()).as("an elected member is told, and opens no child's record").isEqualTo("/notifications");
        });

        clock.reset();
        // The partnership's other prolonged episodes may come first on a busy page: the link is checked above.
        assertThat(page("director", "/notifications")).contains("Prolonged episode");
        assertThat(page("director", "/episodes/" + episode)).contains("Paloma");
        assertThat(page("leadmember", "/notifications")).contains("Prolonged episode");
        for (String senior : List.of("director", "leadmember")) {
            assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                    .with(as(users, senior))).andReturn().getResponse().getStatus()).as(senior).isEqualTo(200);
        }
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/episodes/" + episode)
                .with(as(users, "leadmember"))).andReturn().getResponse().getStatus()).isEqualTo(403);

        // A child found is no longer escalated; one found before the time never is.
        UUID found = TestEpisodes.reportAndLocate(mvc, users, jdbc, TestChildren.add(mvc, users, "Fern", "Found"),
                now.minusHours(80), 2);
        clock.moveTo(now.toInstant().plus(Duration.ofDays(8)));
        escalations.run();
        assertThat(toldOfEpisode(found, "prolonged-episode-director")).isEmpty();
    }

    @Test
    void ep02_theSupervisorIsTheOwningTeamsManagerElseTheOwnersSupervisorOnRecord() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Sophie", "Supervised");
        UUID morgan = UUID.fromString("c6f87718-6d76-b07e-881e-d162ae2eb154");
        UUID ofTheUnit = deadlines.open(new NewTask(new TaskSource("EPISODE_REVIEW", "test", UUID.randomUUID().toString()),
                "Review", child, TaskOwner.team(UUID.fromString("0cb1e29c-658c-da14-95e6-0af593bd04cf")),
                now.toInstant(), false, "/children/" + child));
        assertThat(recipients.supervisors(ofTheUnit)).containsExactly(INSPECTOR);
        // The team's only manager owns it: the one who supervises them (Lesley Grant, in the demo) is told.
        UUID ofTheManager = deadlines.open(new NewTask(new TaskSource("EPISODE_REVIEW", "test", UUID.randomUUID().toString()),
                "Review", child, TaskOwner.person(morgan), now.toInstant(), false, "/children/" + child));
        assertThat(recipients.supervisors(ofTheManager)).containsExactly(UUID.fromString(LEAD));
        jdbc.sql("update task set status = 'CANCELLED', closed_at = now() where id in (:a, :b)")
                .param("a", ofTheUnit).param("b", ofTheManager).update();
    }
}

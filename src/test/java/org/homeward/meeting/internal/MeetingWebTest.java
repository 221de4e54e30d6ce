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
import org.homeward.oversight.Deadlines;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.homeward.support.TestMeetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Missing management meetings: raised by the rules after each change, recorded on the proforma, minutes as PDF. */
@HomewardTest
class MeetingWebTest {

    static final String SOCIAL_WORKER = "907a70c3-1012-f037-b64c-e4228c38fb29";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired LongEpisodeSchedule longEpisodes;

    UUID child;
    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);

    @BeforeEach
    void aChild() throws Exception {
        child = TestChildren.add(mvc, users, "Meera", "Meeting");
    }

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getStatus();
    }

    boolean required() {
        return jdbc.sql("select count(*) from meeting_requirement where child_id = :c and met_by is null and withdrawn_at is null")
                .param("c", child).query(Long.class).single() == 1;
    }

    Map<String, String> meeting(ZonedDateTime held) {
        return new java.util.LinkedHashMap<>(TestMeetings.meeting(held));
    }

    @Test
    void aThirdEpisodeInSixMonthsRaisesMeetingRequiredForTheChildAndTheList() throws Exception {
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(100), 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(40), 5);
        assertThat(required()).isFalse();
        assertThat(page("socialworker", "/children/" + child)).doesNotContain("Missing management meeting required");
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(3), 5);
        assertThat(required()).isTrue();
        assertThat(page("socialworker", "/children/" + child))
                .contains("Missing management meeting required: 3 or more episodes in 6 months");
        assertThat(page("manager", "/meetings")).contains("/children/" + child + "/meetings");
        assertThat(page("coordinator", "/children/" + child + "/meetings")).contains("3 episodes from").contains("(97 days)");
        assertThat(page("socialworker", "/children/" + child + "/chronology")).contains("Missing management meeting required");
    }

    @Test
    void episodesOlderThanSixMonthsDoNotCount() throws Exception {
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(200), 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(40), 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(3), 5);
        assertThat(required()).isFalse();
    }

    @Test
    void theThirdEpisodeOnDay182RaisesItAndOnDay183DoesNot() throws Exception {
        ZonedDateTime first = now.minusDays(200).withHour(15).withMinute(0);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, first, 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, first.plusDays(91), 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, first.plusDays(183), 5);
        assertThat(required()).isFalse();

        child = TestChildren.add(mvc, users, "Dayna", "Boundary");
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, first, 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, first.plusDays(91), 5);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, first.plusDays(182), 5);
        assertThat(required()).isTrue();
        assertThat(jdbc.sql("select array_to_string(criteria, '|') from meeting_requirement where child_id = :c"
                        + " and met_by is null and withdrawn_at is null").param("c", child).query(String.class).single())
                .isEqualTo("3 or more episodes in 6 months");
    }

    @Test
    void aChildStillMissingCrosses24HoursWithNoChangeToTheRecordAndTheScheduleRaisesIt() throws Exception {
        UUID episode = TestEpisodes.report(mvc, users, child, now.minusHours(23));
        longEpisodes.run();
        assertThat(required()).isFalse();
        // Two hours pass with nobody touching the record (the report was made after the child was last seen).
        jdbc.sql("update episode set last_seen_at = last_seen_at - interval '2 hours' where id = :e")
                .param("e", episode).update();
        assertThat(required()).isFalse();
        assertThat(longEpisodes.run()).isPositive();
        assertThat(required()).isTrue();
        assertThat(page("socialworker", "/children/" + child)).contains("Missing management meeting required");
    }

    @Test
    void anEpisodeOf24HoursRaisesItButOneOf23Hours59MinutesDoesNot() throws Exception {
        ZonedDateTime seen = now.minusDays(5);
        UUID episode = TestEpisodes.report(mvc, users, child, seen);
        TestEpisodes.locate(mvc, users, jdbc, episode, seen.plusHours(23).plusMinutes(59));
        assertThat(required()).isFalse();
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(3), 24);
        assertThat(required()).isTrue();
        assertThat(page("socialworker", "/children/" + child + "/meetings")).contains("An episode of 24 hours or more");
        assertThat(page("socialworker", "/children/" + child)).contains("Missing management meeting required: An episode of 24 hours or more");
    }

    @Test
    void thePoliceMayAskForAMeetingWithAReason() throws Exception {
        assertThat(page(send("police", post("/children/" + child + "/meetings/requests"),
                Map.of("kind", "POLICE_REQUEST", "reason", " ")))).contains("Enter why the police are asking for a meeting");
        assertThat(required()).isFalse();
        assertThat(send("carer", post("/children/" + child + "/meetings/requests"),
                Map.of("kind", "POLICE_REQUEST", "reason", "Seen with older males")).getResponse().getStatus()).isEqualTo(403);
        assertThat(send("socialworker", post("/children/" + child + "/meetings/requests"),
                Map.of("kind", "POLICE_REQUEST", "reason", "Not police")).getResponse().getStatus()).isEqualTo(403);
        assertThat(send("police", post("/children/" + child + "/meetings/requests"),
                Map.of("kind", "POLICE_REQUEST", "reason", "Seen with older males in a car")).getResponse()
                .getRedirectedUrl()).isEqualTo("/children/" + child + "/meetings");
        assertThat(required()).isTrue();
        assertThat(page("socialworker", "/children/" + child + "/meetings")).contains("Requested by the police")
                .contains("Seen with older males in a car");
    }

    @Test
    void carersReportingInappropriatelyAndEpisodesNeverReportedRaiseIt() throws Exception {
        send("socialworker", post("/children/" + child + "/meetings/requests"),
                Map.of("kind", "CARER_REPORTING", "reason", "Reported missing when twenty minutes late"));
        assertThat(page("socialworker", "/children/" + child + "/meetings")).contains("Carers reporting inappropriately");

        UUID other = TestChildren.add(mvc, users, "Rhys", "Retro");
        MockHttpServletRequestBuilder r = post("/children/" + other + "/episodes").with(csrf()).with(as(users, "socialworker"))
                .param("category", "MISSING_FROM_HOME").param("missingFrom", "HOME").param("lastSeenPlace", "Home")
                .param("reported", "no").param("retrospective", "true");
        TestEpisodes.time(r, "lastSeen", now.minusDays(20));
        TestEpisodes.time(r, "located", now.minusDays(20).plusHours(4));
        r.param("locatedWhere", "Home").param("returnMethod", "RETURNED");
        assertThat(mvc.perform(r).andReturn().getResponse().getRedirectedUrl()).startsWith("/episodes/");
        assertThat(page("socialworker", "/children/" + other + "/meetings"))
                .contains("Earlier episodes not reported at the time");
    }

    @Test
    void aPersonOfConcernRaisesItUntilAMeetingHasConsideredThem() throws Exception {
        mvc.perform(post("/children/" + child + "/associates").with(csrf()).with(as(users, "carer"))
                .param("name", "Quentin Concerning").param("relationship", "Older friend").param("personOfConcern", "yes")
                .param("concernReason", "Buys her alcohol")).andReturn();
        assertThat(required()).isTrue();
        assertThat(page("socialworker", "/children/" + child + "/meetings")).contains("Concerning associations")
                .contains("Quentin Concerning: Buys her alcohol");
        send("manager", post("/children/" + child + "/meetings"), meeting(now.minusHours(1)));
        assertThat(required()).isFalse();
        assertThat(page("socialworker", "/children/" + child + "/meetings")).doesNotContain("Quentin Concerning: Buys");
    }

    @Test
    void theMeetingIsRecordedOnTheProformaAndAnswersWhatRaisedIt() throws Exception {
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(3), 30);
        assertThat(page("manager", "/children/" + child + "/meetings/new")).contains("An episode of 24 hours or more")
                .contains("1 episode in all");

        Map<String, String> bad = meeting(now.minusHours(1));
        bad.put("chair", " ");
        bad.remove("childView");
        bad.put("actions[0].action", "Refer to family support");
        LocalDate before = now.toLocalDate().minusDays(2);
        bad.put("reviewDay", String.valueOf(before.getDayOfMonth()));
        bad.put("reviewMonth", String.valueOf(before.getMonthValue()));
        bad.put("reviewYear", String.valueOf(before.getYear()));
        String refused = page(send("manager", post("/children/" + child + "/meetings"), bad));
        assertThat(refused).contains("Enter who chaired the meeting").contains("Enter the child’s view, or why it was not obtained")
                .contains("Select who owns action 1").contains("The review cannot be before the meeting");
        assertThat(jdbc.sql("select count(*) from missing_meeting where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();
        assertThat(send("carer", post("/children/" + child + "/meetings"), meeting(now.minusHours(1)))
                .getResponse().getStatus()).isEqualTo(403);

        Map<String, String> f = meeting(now.minusHours(1));
        LocalDate due = now.toLocalDate().plusDays(10);
        f.put("actions[0].action", "Refer to family support");
        f.put("actions[0].ownerId", SOCIAL_WORKER);
        f.put("actions[0].dueDay", String.valueOf(due.getDayOfMonth()));
        f.put("actions[0].dueMonth", String.valueOf(due.getMonthValue()));
        f.put("actions[0].dueYear", String.valueOf(due.getYear()));
        String url = send("manager", post("/children/" + child + "/meetings"), f).getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/meetings/");
        assertThat(required()).isFalse();
        assertThat(page("police", url)).contains("I go to my cousin").contains("An episode of 24 hours or more")
                .contains("Refer to family support").contains("Sam Okafor");
        assertThat(page("socialworker", "/tasks?scope=mine&kind=MEETING_ACTION&order=desc"))
                .contains("Meeting action: Refer to family support");
        assertThat(page("socialworker", "/children/" + child)).doesNotContain("Missing management meeting required");
        assertThat(page("socialworker", "/children/" + child + "/chronology")).contains("Missing management meeting held");
        MvcResult pdf = mvc.perform(get(url + "/minutes.pdf").with(as(users, "coordinator"))).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(status("carer", url)).isEqualTo(403);
        assertThat(status("rhiworker", url + "/minutes.pdf")).isEqualTo(403);

        // Something new after the meeting raises it again; what the meeting answered does not.
        send("police", post("/children/" + child + "/meetings/requests"),
                Map.of("kind", "POLICE_REQUEST", "reason", "Seen again with the same group"));
        assertThat(required()).isTrue();
        assertThat(page("socialworker", "/children/" + child + "/meetings")).contains("Requested by the police")
                .doesNotContain("An episode of 24 hours or more");
    }

    String page(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    void mp01_theMinutesCarryTheDistributionListAndTheReviewDateIsATaskForTheChildsWorker() throws Exception {
        child = TestChildren.add(mvc, users, "Dora", "Distribution", SOCIAL_WORKER);
        Map<String, String> f = meeting(now.minusHours(2));
        f.remove("distribution");
        assertThat(page(send("manager", post("/children/" + child + "/meetings"), f)))
                .contains("Enter who the minutes go to: one person or agency a line");
        assertThat(jdbc.sql("select count(*) from missing_meeting where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();

        f.put("distribution", "Independent reviewing officer\nHead of year, Castle School\nAvon and Somerset Police MPU");
        String url = send("manager", post("/children/" + child + "/meetings"), f).getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/meetings/");
        UUID meeting = UUID.fromString(url.substring("/meetings/".length()));
        assertThat(page("socialworker", url)).contains("Distribution").contains("Head of year, Castle School");
        MvcResult pdf = mvc.perform(get(url + "/minutes.pdf").with(as(users, "socialworker"))).andReturn();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(
                pdf.getResponse().getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Distribution").contains("Independent reviewing officer")
                    .contains("Head of year, Castle School").contains("Avon and Somerset Police MPU")
                    .contains("Review").contains("Decisions").contains("Risk analysis");
        }

        LocalDate review = now.minusHours(2).toLocalDate().plusWeeks(6);
        record Task(UUID id, UUID ownerId, java.time.Instant dueAt, String status) {
        }
        Task task = jdbc.sql("""
                select id, owner_id, due_at, status from task
                 where kind = 'MEETING_REVIEW' and source_module = 'meeting' and source_id = :m""")
                .param("m", meeting.toString()).query(Task.class).single();
        assertThat(task.ownerId()).isEqualTo(UUID.fromString(SOCIAL_WORKER));
        assertThat(task.dueAt()).isEqualTo(Deadlines.endOf(review));
        assertThat(task.status()).isEqualTo("OPEN");
        assertThat(page("socialworker", "/tasks?scope=mine&kind=MEETING_REVIEW&order=desc"))
                .contains("/tasks/" + task.id()).contains("Review the missing management meeting");

        // The review meeting is held: its own review date is the next task, and the first is done.
        String second = send("manager", post("/children/" + child + "/meetings"), meeting(now.minusHours(1)))
                .getResponse().getRedirectedUrl();
        assertThat(jdbc.sql("select status from task where id = :t").param("t", task.id()).query(String.class).single())
                .isEqualTo("DONE");
        assertThat(jdbc.sql("select count(*) from task where kind = 'MEETING_REVIEW' and child_id = :c and status = 'OPEN'"
                + " and link = :l").param("c", child).param("l", second).query(Long.class).single()).isEqualTo(1);
    }
}

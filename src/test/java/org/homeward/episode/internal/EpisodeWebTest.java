package org.homeward.episode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.child.ChildSummary;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.support.FormAnswers;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.homeward.platform.web.PageLinks;
import org.homeward.support.TestOffers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every integrity rule of an episode, through the pages people use and in the database itself. */
@HomewardTest
class EpisodeWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Vocabularies vocabularies;

    UUID child;
    /** An evening far enough back that it and the hours after it are past whenever the test runs. */
    final ZonedDateTime evening = ZonedDateTime.now(ClockConfiguration.LONDON).minusDays(2).withHour(20).withMinute(0);

    @BeforeEach
    void aChild() {
        child = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Episode', 'Tester', date '2011-05-05', 'F', 'LAC_CO', now(), now(), 0)""")
                .param("id", child).update();
        TestChildren.placeAtOakfield(jdbc, child);
    }

    static void put(Map<String, String> form, String prefix, ZonedDateTime at) {
        FormAnswers.time(form, prefix, at);
    }

    Map<String, String> report(ZonedDateTime lastSeen) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", "MISSING_FROM_CARE");
        f.put("missingFrom", "PLACEMENT");
        put(f, "lastSeen", lastSeen);
        f.put("lastSeenPlace", "Oakfield House");
        f.put("reported", "yes");
        put(f, "reported", lastSeen.plusMinutes(45));
        return f;
    }

    MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> answers) {
        answers.forEach(request::param);
        return request.with(csrf());
    }

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        return mvc.perform(form(request, answers).with(as(users, user))).andReturn();
    }

    UUID reportEpisode(Map<String, String> answers) throws Exception {
        MvcResult r = send("carer", post("/children/" + child + "/episodes"), answers);
        assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString()).startsWith("/episodes/");
        return UUID.fromString(r.getResponse().getRedirectedUrl().substring("/episodes/".length()));
    }

    /** Reports the episode with a new police reference, and returns the reference. */
    String reportWithReference(Map<String, String> answers) throws Exception {
        String reference = "LOG-" + UUID.randomUUID().toString().substring(0, 8);
        answers.put("policeReference", reference);
        reportEpisode(answers);
        return reference;
    }

    long episodes() {
        return jdbc.sql("select count(*) from episode where child_id = :c").param("c", child).query(Long.class).single();
    }

    long version(UUID episode) {
        return jdbc.sql("select version from episode where id = :e").param("e", episode).query(Long.class).single();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    void locate(UUID episode, ZonedDateTime at) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "located", at);
        f.put("locatedWhere", "Bristol bus station");
        f.put("returnMethod", "FOUND_POLICE");
        f.put("version", String.valueOf(version(episode)));
        MvcResult r = send("police", post("/episodes/" + episode + "/located"), f);
        assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString()).isEqualTo("/episodes/" + episode);
    }

    @Test
    void aTimeLastSeenLongAgoIsATypingSlipWithItsOwnMessage() throws Exception {
        Map<String, String> yearOne = report(evening);
        yearOne.put("lastSeenYear", "0001");
        assertThat(send("carer", post("/children/" + child + "/episodes"), yearOne).getResponse().getContentAsString())
                .contains("The date the child was last seen must be a real date")
                .doesNotContain("before they were born");
        Map<String, String> lastCentury = report(evening);
        lastCentury.put("lastSeenYear", "1999");
        assertThat(send("carer", post("/children/" + child + "/episodes"), lastCentury).getResponse().getContentAsString())
                .contains("The date the child was last seen must be on or after 1 January 2000");
        assertThat(episodes()).isZero();
    }

    /** SSDA903 integrity (EP-11): no second period while one is open, none overlapping a past one. */
    @Test
    void ep11_aChildCannotHaveASecondEpisodeWhileOneIsOpenNorOneOverlappingAPastEpisode() throws Exception {
        UUID earlier = reportEpisode(report(evening.minusDays(3)));
        locate(earlier, evening.minusDays(2));
        reportEpisode(report(evening));
        String page = send("carer", post("/children/" + child + "/episodes"), report(evening.plusHours(3)))
                .getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("already has an open episode");
        Map<String, String> overlapping = report(evening.minusDays(3).plusHours(2));
        overlapping.put("retrospective", "true");
        put(overlapping, "located", evening.minusDays(3).plusHours(4));
        overlapping.put("locatedWhere", "Home");
        overlapping.put("returnMethod", "RETURNED");
        assertThat(send("carer", post("/children/" + child + "/episodes"), overlapping).getResponse()
                .getContentAsString()).contains("There is a problem");
        assertThat(episodes()).isEqualTo(2);
    }

    @Test
    void theChronologyOrdersByWhenThingsHappenedAndSaysWhenAnEpisodeWasRecordedAfterTheEvent() throws Exception {
        UUID first = reportEpisode(report(evening.minusDays(5)));
        locate(first, evening.minusDays(4));
        Map<String, String> late = report(evening.minusDays(8));
        late.put("retrospective", "true");
        put(late, "located", evening.minusDays(7));
        late.put("locatedWhere", "Home");
        late.put("returnMethod", "RETURNED");
        MvcResult recorded = send("carer", post("/children/" + child + "/episodes"), late);
        assertThat(String.valueOf(recorded.getFlashMap().get("success"))).startsWith("Episode recorded after the event")
                .doesNotContain("police information pack");
        String url = recorded.getResponse().getRedirectedUrl();
        UUID earlier = UUID.fromString(url.substring("/episodes/".length()));

        String chronology = page("socialworker", "/children/" + child + "/chronology");
        int retrospective = chronology.indexOf("Recorded after the event");
        int reported = chronology.indexOf("Reported missing from care");
        assertThat(retrospective).isPositive();
        assertThat(reported).isGreaterThan(retrospective);
        assertThat(chronology.substring(retrospective, reported)).contains("(recorded ").contains("Recorded by");
        assertThat(page("socialworker", "/episodes/" + earlier)).contains("(recorded ").contains("Recorded by");
    }

    @Test
    void ep13_anEpisodeRecordedAfterTheEventCountsForAMeetingAndShowsOnTheCarerReportingReport() throws Exception {
        Map<String, String> retrospective = report(evening.minusDays(8));
        retrospective.put("reported", "no");
        retrospective.put("retrospective", "true");
        put(retrospective, "located", evening.minusDays(7));
        retrospective.put("locatedWhere", "Home");
        retrospective.put("returnMethod", "RETURNED");
        assertThat(send("carer", post("/children/" + child + "/episodes"), retrospective).getResponse()
                .getRedirectedUrl()).startsWith("/episodes/");
        Map<String, String> late = report(evening.minusDays(3));
        put(late, "reported", evening.minusDays(3).plusHours(30));
        UUID lateEpisode = reportEpisode(late);
        locate(lateEpisode, evening.minusDays(2));
        UUID onTime = reportEpisode(report(evening));
        locate(onTime, evening.plusHours(2));
        // Counts towards the meeting criteria (EP-08): not reported at the time.
        assertThat(jdbc.sql("select count(*) from meeting_requirement where child_id = :c"
                + " and 'Earlier episodes not reported at the time' = any(criteria)")
                .param("c", child).query(Long.class).single()).isEqualTo(1);
        assertThat(page("manager", "/children/" + child + "/meetings")).contains("Earlier episodes not reported at the time");

        String provider = "Test home " + child;
        jdbc.sql("update placement set provider_name = :n, provider_agency_id = null where child_id = :c")
                .param("n", provider).param("c", child).update();
        // The report shows a council's manager the children their council is responsible for (ADR 0027).
        jdbc.sql("update child set responsible_authority_id = cast(:la as uuid) where id = :c")
                .param("la", TestChildren.SOUTH_GLOUCESTERSHIRE).param("c", child).update();
        String report = page("manager", "/dashboard/carer-reporting");
        int row = report.indexOf("data-provider=\"" + provider + "\"");
        assertThat(row).as(report).isPositive();
        String cells = report.substring(row, report.indexOf("</tr>", row)).replaceAll("\\s+", " ");
        assertThat(cells).contains("data-testid=\"episodes\">3<").contains("data-testid=\"late\">1<")
                .contains("data-testid=\"not-reported\">1<").contains("data-testid=\"recorded-after\">1<");
        assertThat(mvc.perform(get("/dashboard/carer-reporting").with(as(users, "carer"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    /** DOMAIN.md RA-08: local policy forbids levels for children and sets a lowest level by cohort. */
    @Test
    void ra08_aPoliceRiskLevelThePartnershipDoesNotUseForThisChildIsRefusedWithWhy() throws Exception {
        UUID young = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Young', 'Tester', :dob, 'F', 'LAC_CO', now(), now(), 0)""")
                .param("id", young).param("dob", java.sql.Date.valueOf(evening.toLocalDate().minusYears(8))).update();
        TestChildren.placeAtOakfield(jdbc, young);
        UUID own = child;
        child = young;
        UUID episode = reportEpisode(report(evening));
        child = own;
        String refused = send("police", post("/episodes/" + episode + "/grading"),
                TestEpisodes.grading("MISSING", "VERY_LOW", "Known to return")).getResponse().getContentAsString();
        assertThat(refused).contains("policy is that a child under 10 is graded at least \u201clow\u201d risk");
        assertThat(jdbc.sql("select count(*) from episode_grading where episode_id = :e").param("e", episode)
                .query(Long.class).single()).isZero();
        assertThat(send("police", post("/episodes/" + episode + "/grading"), TestEpisodes.grading("MISSING", "LOW", "Aged 8"))
                .getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + episode);

        RiskLevelPolicy noVeryLow = new RiskLevelPolicy(vocabularies, java.util.List.of("VERY_LOW"), java.util.List.of());
        ChildSummary older = new ChildSummary(young, "Older", LocalDate.of(2010, 1, 1), false);
        assertThat(noVeryLow.refusal("VERY_LOW", older, evening.toLocalDate())).hasValueSatisfying(why ->
                assertThat(why).contains("does not grade children as \u201cvery low\u201d risk"));
        assertThat(noVeryLow.refusal("LOW", older, evening.toLocalDate())).isEmpty();
    }

    @Test
    void aRetrospectiveEpisodeMayNotOverlapAnotherOne() throws Exception {
        UUID first = reportEpisode(report(evening.minusDays(5)));
        locate(first, evening.minusDays(4));
        Map<String, String> late = report(evening.minusDays(4).minusHours(6));
        late.put("retrospective", "true");
        put(late, "located", evening.minusDays(3));
        late.put("locatedWhere", "Home");
        late.put("returnMethod", "RETURNED");
        assertThat(send("carer", post("/children/" + child + "/episodes"), late).getResponse().getContentAsString())
                .contains("This overlaps the child&#39;s episode");
        assertThat(episodes()).isEqualTo(1);
    }

    Map<String, String> returnAnswers(UUID episode, ZonedDateTime at, String where) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "located", at);
        f.put("locatedWhere", where);
        f.put("returnMethod", "RETURNED");
        f.put("version", String.valueOf(version(episode)));
        return f;
    }

    @Test
    void theReturnMustComeAfterLastSeen() throws Exception {
        UUID episode = reportEpisode(report(evening));
        Map<String, String> f = returnAnswers(episode, evening.minusHours(2), "Park");
        assertThat(send("police", post("/episodes/" + episode + "/located"), f).getResponse().getContentAsString())
                .contains("must be after the child was last seen");
        assertThat(jdbc.sql("select located_at is null from episode where id = :e").param("e", episode)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theReturnFormSaysWhatToFixInTheErrorSummary() throws Exception {
        UUID episode = reportEpisode(report(evening));
        Map<String, String> f = returnAnswers(episode, evening.plusHours(2), "  ");
        f.put("foundWith", "x".repeat(1001));
        String page = send("police", post("/episodes/" + episode + "/located"), f).getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("<a href=\"#locatedWhere\">Enter where the child was found or returned to</a>")
                .contains("<a href=\"#foundWith\">Who they were with must be 1000 characters or fewer</a>")
                .contains("govuk-form-group--error");
        assertThat(page.indexOf("#locatedWhere")).isLessThan(page.indexOf("#foundWith"));
        assertThat(jdbc.sql("select located_at is null from episode where id = :e").param("e", episode)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aReturnIsRecordedOnce() throws Exception {
        UUID episode = reportEpisode(report(evening));
        Map<String, String> f = returnAnswers(episode, evening.plusHours(2), "Park");
        assertThat(send("police", post("/episodes/" + episode + "/located"), f).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        put(f, "located", evening.plusHours(3));
        f.put("locatedWhere", "Station");
        f.put("version", String.valueOf(version(episode)));
        assertThat(send("police", post("/episodes/" + episode + "/located"), f).getResponse().getContentAsString())
                .contains("There is a problem").contains("href=\"#main-content\"")
                .contains("The child&#39;s return has already been recorded. Change the episode&#39;s details to amend it");
        assertThat(jdbc.sql("select located_where from episode where id = :e").param("e", episode)
                .query(String.class).single()).isEqualTo("Park");
    }

    @Test
    void theCouncilCannotHaveBeenToldBeforeTheChildWasLastSeen() throws Exception {
        Map<String, String> f = report(evening);
        put(f, "council", evening.minusHours(3));
        assertThat(send("carer", post("/children/" + child + "/episodes"), f).getResponse().getContentAsString())
                .contains("The council must have been told on or after the child was last seen ("
                        + Dates.ofInstant(evening.toInstant()) + ")");
        put(f, "reported", evening.minusMinutes(10));
        put(f, "council", evening.plusHours(1));
        assertThat(send("carer", post("/children/" + child + "/episodes"), f).getResponse().getContentAsString())
                .contains("The report to the police must be on or after the child was last seen ("
                        + Dates.ofInstant(evening.toInstant()) + ")");
        assertThat(episodes()).isZero();
        put(f, "reported", evening.plusMinutes(45));
        reportEpisode(f);
        assertThat(episodes()).isEqualTo(1);
    }

    @Test
    void aPoliceReferenceBelongsToOneChild() throws Exception {
        Map<String, String> f = report(evening);
        String reference = reportWithReference(f);
        UUID other = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Other', 'Child', date '2010-01-01', 'M', 'NONE', now(), now(), 0)""").param("id", other).update();
        f.put("policeReference", reference.toLowerCase());
        String page = send("police", post("/children/" + other + "/episodes"), f).getResponse().getContentAsString();
        assertThat(page).contains("is already used for another child");
        assertThat(jdbc.sql("select count(*) from episode where child_id = :c").param("c", other).query(Long.class).single()).isZero();
    }

    @Test
    void theChildIsFoundByTheirEpisodesPoliceReference() throws Exception {
        String reference = reportWithReference(report(evening));
        String found = mvc.perform(post("/children/search").param("q", " " + reference.toLowerCase() + " ")
                .with(csrf()).with(as(users, "police"))).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("Episode Tester").contains("/children/" + child);
    }

    @Test
    void codesOutsideTheVocabularyAreRefused() throws Exception {
        Map<String, String> f = report(evening);
        f.put("category", "RUNAWAY");
        f.put("missingFrom", "MOON");
        String page = send("carer", post("/children/" + child + "/episodes"), f).getResponse().getContentAsString();
        assertThat(page).contains("href=\"#category\"").contains("href=\"#missingFrom\"");
        assertThat(episodes()).isZero();
    }

    @Test
    void theReportFormSaysWhatToFixInTheErrorSummaryInPageOrder() throws Exception {
        Map<String, String> f = report(evening);
        f.remove("lastSeenPlace");
        f.put("clothing", "x".repeat(1001));
        f.put("reported", "maybe");
        f.put("policeReference", "R".repeat(51));
        String page = send("carer", post("/children/" + child + "/episodes"), f).getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("<a href=\"#lastSeenPlace\">Enter where the child was last seen</a>")
                .contains("<a href=\"#clothing\">Clothing must be 1000 characters or fewer</a>")
                .contains("<a href=\"#reported\">Select yes if the child has been reported missing to the police</a>")
                .contains("<a href=\"#policeReference\">Police reference must be 50 characters or fewer</a>")
                .contains("govuk-form-group--error");
        assertThat(page.indexOf("href=\"#lastSeenPlace\"")).isLessThan(page.indexOf("href=\"#clothing\""));
        assertThat(page.indexOf("href=\"#clothing\"")).isLessThan(page.indexOf("href=\"#reported\""));
        assertThat(page.indexOf("href=\"#reported\"")).isLessThan(page.indexOf("href=\"#policeReference\""));
        assertThat(episodes()).isZero();
    }

    @Test
    void anOverlongReasonForAChangeIsRefusedAndNothingChanges() throws Exception {
        UUID episode = reportEpisode(report(evening));
        Map<String, String> edit = report(evening.minusHours(1));
        edit.put("version", String.valueOf(version(episode)));
        edit.put("amendmentReason", "x".repeat(2001));
        assertThat(send("socialworker", post("/episodes/" + episode), edit).getResponse().getContentAsString())
                .contains("<a href=\"#amendmentReason\">Reason must be 2000 characters or fewer</a>");
        assertThat(version(episode)).isEqualTo(Long.parseLong(edit.get("version")));
    }

    @Test
    void absentIsAPoliceCategoryOnlyForEpisodesBefore2017() throws Exception {
        UUID recent = reportEpisode(report(evening));
        Map<String, String> absent = TestEpisodes.grading("ABSENT", "LOW", "Known whereabouts");
        assertThat(send("police", post("/episodes/" + recent + "/grading"), absent).getResponse().getContentAsString())
                .contains("Select the police classification in use on");

        ZonedDateTime in2015 = ZonedDateTime.of(2015, 6, 1, 21, 0, 0, 0, ClockConfiguration.LONDON);
        Map<String, String> old2015 = report(in2015);
        old2015.put("retrospective", "true");
        put(old2015, "located", in2015.plusHours(6));
        old2015.put("locatedWhere", "Home");
        old2015.put("returnMethod", "RETURNED");
        UUID old = reportEpisode(old2015);
        assertThat(send("police", post("/episodes/" + old + "/grading"), absent).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + old);
        Map<String, String> noApparentRisk = TestEpisodes.grading("MISSING", "NO_APPARENT_RISK",
                "Not in force in 2015");
        assertThat(send("police", post("/episodes/" + old + "/grading"), noApparentRisk).getResponse().getContentAsString())
                .contains("Select a risk level");
    }

    @Test
    void ra01_aPoliceRiskReviewWithoutASourceOfInformationIsRejected() throws Exception {
        UUID episode = reportEpisode(report(evening));
        Map<String, String> noSource = new LinkedHashMap<>(Map.of("classification", "MISSING", "riskLevel", "MEDIUM",
                "rationale", "Reviewed at shift change", "assessorRank", "Inspector"));
        MvcResult refused = send("police", post("/episodes/" + episode + "/grading"), noSource);
        assertThat(refused.getResponse().getContentAsString()).contains("govuk-error-summary")
                .contains("Enter at least one source of information").contains("href=\"#sources[0].supplier\"");
        Map<String, String> halfASource = TestEpisodes.grading("MISSING", "MEDIUM", "Reviewed at shift change");
        halfASource.remove("sources[0].contact");
        assertThat(send("police", post("/episodes/" + episode + "/grading"), halfASource).getResponse()
                .getContentAsString()).contains("Enter how to contact who supplied the information");
        Map<String, String> noRank = TestEpisodes.grading("MISSING", "MEDIUM", "Reviewed at shift change");
        noRank.remove("assessorRank");
        assertThat(send("police", post("/episodes/" + episode + "/grading"), noRank).getResponse()
                .getContentAsString()).contains("Enter your rank or role");
        assertThat(jdbc.sql("select count(*) from episode_grading where episode_id = :e").param("e", episode)
                .query(Long.class).single()).isZero();

        Map<String, String> sourced = TestEpisodes.grading("MISSING", "MEDIUM", "Reviewed at shift change");
        sourced.put("sources[1].supplier", "PC Dan Hale, response officer");
        sourced.put("sources[1].contact", "dan.hale@police.example");
        sourced.put("sources[1].information", "Checked the bus station: not there");
        put(sourced, "sources[1].obtained", evening.plusHours(2));
        assertThat(send("police", post("/episodes/" + episode + "/grading"), sourced).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        assertThat(page("socialworker", "/episodes/" + episode)).contains("PC Priya Patel, Sergeant")
                .contains("Cara Jones, carer at Oakfield House (0117 496 0000)")
                .contains("Checked the bus station: not there");
    }

    @Test
    void is04_theCouncilIsSentTheMissingReportAndTheFoundMessageAndAcknowledgesThem() throws Exception {
        UUID episode = reportEpisode(report(evening));
        assertThat(jdbc.sql("select count(*) from police_message where episode_id = :e").param("e", episode)
                .query(Long.class).single()).as("a carer's report reaches the police first").isZero();
        send("police", post("/episodes/" + episode + "/grading"), TestEpisodes.grading("MISSING", "MEDIUM", "First time"));
        send("coordinator", post("/episodes/" + episode + "/grading"), TestEpisodes.grading("MISSING", "HIGH", "Review"));
        assertThat(jdbc.sql("""
                select string_agg(m.kind || ':' || m.risk_level || ':' || a.name, ',') from police_message m
                  join agency a on a.id = m.to_agency_id where m.episode_id = :e""").param("e", episode)
                .query(String.class).single()).isEqualTo("MISSING_REPORT:MEDIUM:South Gloucestershire Council");

        Map<String, String> found = new LinkedHashMap<>();
        put(found, "located", evening.plusHours(5));
        found.put("locatedWhere", "Cabot Circus car park");
        found.put("foundWith", "Two older males in a grey car");
        found.put("returnMethod", "FOUND_POLICE");
        found.put("version", String.valueOf(version(episode)));
        assertThat(send("police", post("/episodes/" + episode + "/located"), found).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        Map<String, String> check = new LinkedHashMap<>();
        put(check, "held", evening.plusHours(7));
        check.put("officer", "PC Priya Patel");
        check.put("method", "FACE_TO_FACE");
        check.put("disclosures", "Was given alcohol");
        check.put("referrals", "Exploitation team");
        assertThat(send("police", post("/episodes/" + episode + "/safe-and-well"), check).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        UUID message = jdbc.sql("""
                select id from police_message where episode_id = :e and kind = 'FOUND' and check_outcome is not null""")
                .param("e", episode).query(UUID.class).single();

        assertThat(page("socialworker", "/")).contains("href=\"/police-messages\"");
        assertThat(mvc.perform(get("/police-messages").with(as(users, "police"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        String inbox = page("socialworker", "/police-messages");
        assertThat(inbox).contains("Messages from the police").contains("/police-messages/" + message)
                .contains("Found or returned").contains("New missing report");
        String shown = page("socialworker", "/police-messages/" + message);
        assertThat(shown).contains("Cabot Circus car park").contains("Two older males in a grey car")
                .contains("Safe and well check held face to face by PC Priya Patel").contains("Was given alcohol")
                .contains("Exploitation team").contains(">Acknowledge<");

        assertThat(send("police", post("/police-messages/" + message + "/acknowledge"), Map.of()).getResponse()
                .getStatus()).as("only the council it was sent to acknowledges").isEqualTo(403);
        assertThat(send("socialworker", post("/police-messages/" + message + "/acknowledge"), Map.of()).getResponse()
                .getRedirectedUrl()).isEqualTo("/police-messages/" + message);
        assertThat(jdbc.sql("""
                select acknowledged_by_name from police_message where id = :m and acknowledged_at is not null""")
                .param("m", message).query(String.class).single()).isEqualTo("Sam Okafor");
        assertThat(page("manager", "/police-messages/" + message)).contains("by Sam Okafor").doesNotContain(">Acknowledge<");
        assertThat(page("socialworker", "/episodes/" + episode)).contains("How each agency was told")
                .contains("by Sam Okafor");
    }

    @Test
    void xb04_everyPoliceForceWhoseAreaTheEpisodeTouchedIsRecordedAndMayOpenIt() throws Exception {
        jdbc.sql("update child set responsible_authority_id = :la where id = :c")
                .param("la", UUID.fromString(TestChildren.SOUTH_GLOUCESTERSHIRE))
                .param("c", child).update();
        UUID episode = reportEpisode(report(evening));
        UUID gloucestershire = jdbc.sql("select id from agency where name = 'Gloucestershire Constabulary'")
                .query(UUID.class).single();
        UUID avon = jdbc.sql("select id from agency where name = 'Avon and Somerset Police'").query(UUID.class).single();
        assertThat(mvc.perform(get("/episodes/" + episode).with(as(users, "glospolice"))).andReturn().getResponse()
                .getStatus()).as("a force the episode has not touched").isEqualTo(403);

        Map<String, String> notFoundYet = Map.of("foundForceId", gloucestershire.toString());
        assertThat(send("police", post("/episodes/" + episode + "/force-areas"), notFoundYet).getResponse()
                .getContentAsString()).contains("Record that the child was found before");
        locate(episode, evening.plusHours(3));
        assertThat(send("police", post("/episodes/" + episode + "/force-areas"), Map.of("homeForceId", "not-a-force"))
                .getResponse().getContentAsString()).contains("govuk-error-summary").contains("Select the police force from the list");
        Map<String, String> areas = Map.of("homeForceId", avon.toString(), "missingFromForceId", avon.toString(),
                "foundForceId", gloucestershire.toString());
        assertThat(send("police", post("/episodes/" + episode + "/force-areas"), areas).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);

        String shown = page("glospolice", "/episodes/" + episode);
        assertThat(shown).contains("Police forces").contains("Home address").contains("Missing from")
                .contains("Gloucestershire Constabulary").contains("Avon and Somerset Police");
        assertThat(jdbc.sql("select count(*) from episode_force_area where episode_id = :e").param("e", episode)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void everyGradingIsKeptWithWhoWhenAndWhy() throws Exception {
        UUID episode = reportEpisode(report(evening));
        send("police", post("/episodes/" + episode + "/grading"),
                TestEpisodes.grading("MISSING", "MEDIUM", "First time missing"));
        send("coordinator", post("/episodes/" + episode + "/grading"),
                TestEpisodes.grading("MISSING", "HIGH", "Seen with an adult of concern"));
        assertThat(send("police", post("/episodes/" + episode + "/grading"),
                TestEpisodes.grading("MISSING", "LOW", "")).getResponse().getContentAsString())
                .contains("Enter the reason for this risk level");
        assertThat(jdbc.sql("select string_agg(risk_level || ':' || graded_by_name, ',' order by graded_at) from episode_grading where episode_id = :e")
                .param("e", episode).query(String.class).single())
                .isEqualTo("MEDIUM:PC Priya Patel,HIGH:DS Colin Carter");
        assertThat(page("socialworker", "/episodes/" + episode)).contains("High risk").contains("Seen with an adult of concern");
        assertThat(send("carer", post("/episodes/" + episode + "/grading"),
                TestEpisodes.grading("MISSING", "LOW", "x")).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void anAmendedTimeNeedsAReasonAndTheReasonIsKept() throws Exception {
        UUID episode = reportEpisode(report(evening));
        Map<String, String> edit = report(evening.minusHours(1));
        edit.put("version", String.valueOf(version(episode)));
        assertThat(send("socialworker", post("/episodes/" + episode), edit).getResponse().getContentAsString())
                .contains("Enter why the last seen and reported to police time is being changed");
        edit.put("amendmentReason", "Carer checked the CCTV");
        assertThat(send("socialworker", post("/episodes/" + episode), edit).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        assertThat(jdbc.sql("select reason from episode_change where episode_id = :e and kind = 'TIMES_AMENDED'")
                .param("e", episode).query(String.class).single()).isEqualTo("Carer checked the CCTV");
    }

    /** DOMAIN.md EP-02: while the child is missing, the episode page says when the police next review it. */
    @Test
    void ep02_theNextPoliceReviewIsOnTheEpisodePageWhileTheChildIsMissing() throws Exception {
        UUID episode = reportEpisode(report(evening));
        java.time.Instant due = jdbc.sql("""
                select due_at from task where kind = 'EPISODE_REVIEW' and status = 'OPEN' and source_id like :p""")
                .param("p", episode + "#%").query(java.time.Instant.class).single();
        assertThat(page("police", "/episodes/" + episode)).contains("Next police review due "
                + new Dates().due(due));
        locate(episode, evening.plusHours(2));
        assertThat(page("police", "/episodes/" + episode)).doesNotContain("Next police review due");
    }

    /** DOMAIN.md CR-03: reclassified twice, the history shows the three states with the reasons. */
    @Test
    void cr03_reclassifyingAnEpisodeNeedsAReasonAndTheHistoryShowsEachState() throws Exception {
        UUID episode = reportEpisode(report(evening));
        Map<String, String> edit = report(evening);
        edit.put("category", "AWAY_FROM_PLACEMENT");
        edit.put("version", String.valueOf(version(episode)));
        assertThat(send("socialworker", post("/episodes/" + episode), edit).getResponse().getContentAsString())
                .contains("Enter why the category from missing from care to away from placement without authorisation");
        edit.put("amendmentReason", "Her whereabouts were known all evening");
        assertThat(send("socialworker", post("/episodes/" + episode), edit).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        edit.put("category", "MISSING_FROM_CARE");
        edit.put("amendmentReason", "She was not where the carer thought after all");
        edit.put("version", String.valueOf(version(episode)));
        assertThat(send("socialworker", post("/episodes/" + episode), edit).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        String history = page("socialworker", "/episodes/" + episode);
        assertThat(history).contains("Reported missing from care")
                .contains("Changed the category from missing from care to away from placement without authorisation")
                .contains("Her whereabouts were known all evening")
                .contains("Changed the category from away from placement without authorisation to missing from care")
                .contains("She was not where the carer thought after all");
    }

    @Test
    void theSecondOfTwoConcurrentEditorsIsToldAndKeepsTheirAnswers() throws Exception {
        UUID episode = reportEpisode(report(evening));
        long opened = version(episode);
        Map<String, String> police = report(evening);
        police.put("clothing", "Black hoodie");
        police.put("version", String.valueOf(opened));
        Map<String, String> social = report(evening);
        social.put("withWhom", "Two older boys");
        social.put("version", String.valueOf(opened));
        assertThat(send("police", post("/episodes/" + episode), police).getResponse().getRedirectedUrl()).isNotNull();
        String page = send("socialworker", post("/episodes/" + episode), social).getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this episode").contains("Two older boys");
        assertThat(jdbc.sql("select coalesce(clothing, '') || '|' || coalesce(with_whom, '') from episode where id = :e")
                .param("e", episode).query(String.class).single()).isEqualTo("Black hoodie|");
    }

    @Test
    void ep01_anEpisodeClosesOnlyOnceTheChildIsBackItsInterviewHasAnOutcomeAndAManagerHasSignedItOff() throws Exception {
        UUID episode = reportEpisode(report(evening));
        assertThat(page("socialworker", "/episodes/" + episode)).contains("Stage: <strong>Reported</strong>");
        String refused = send("socialworker", post("/episodes/" + episode + "/close"),
                Map.of("closureNote", "Done", "version", String.valueOf(version(episode)))).getResponse().getContentAsString();
        assertThat(refused).contains("cannot close until the child has been found");
        assertThat(send("police", post("/episodes/" + episode + "/police-closure"), Map.of()).getResponse()
                .getContentAsString()).contains("closes after the child has been found");
        locate(episode, evening.plusHours(5));
        assertThat(page("socialworker", "/episodes/" + episode)).contains("Stage: <strong>Found or returned</strong>");
        assertThat(send("socialworker", post("/episodes/" + episode + "/close"),
                Map.of("closureNote", "", "version", String.valueOf(version(episode)))).getResponse().getContentAsString())
                .contains("Enter why the episode can close");
        assertThat(page("socialworker", "/episodes/" + episode + "/close"))
                .contains("a team or senior manager signs it off").contains("the return home interview has an outcome");
        // Asked before the interview's outcome and the manager's sign-off: the note is kept until both are done.
        MvcResult asked = send("socialworker", post("/episodes/" + episode + "/close"),
                Map.of("closureNote", "Home, checked, RHI declined", "version", String.valueOf(version(episode))));
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + episode);
        assertThat(String.valueOf(asked.getFlashMap().get("success")))
                .contains("will close as soon as").contains("a team or senior manager signs it off")
                .contains("the return home interview has an outcome (held, declined, not possible, or not offered with a reason)");
        assertThat(page("socialworker", "/episodes/" + episode)).contains("Returned")
                .contains("asked to close this episode").contains("Home, checked, RHI declined");
        assertThat(page("socialworker", "/episodes/" + episode + "/close")).contains("Home, checked, RHI declined");
        UUID signOff = jdbc.sql("select id from sign_off where point = 'EPISODE_CLOSE' and subject_id = :e")
                .param("e", episode).query(UUID.class).single();
        assertThat(send("manager", post("/sign-offs/" + signOff), Map.of("comment", "Return checked"))
                .getResponse().getRedirectedUrl()).isEqualTo("/sign-offs");
        // Signed off, but the interview has no outcome: still open, and the page says what it waits for.
        assertThat(page("socialworker", "/episodes/" + episode)).contains("govuk-tag--blue\">Returned")
                .contains("It closes as soon as the return home interview has an outcome");
        assertThat(jdbc.sql("select closed_at is null from episode where id = :e").param("e", episode)
                .query(Boolean.class).single()).isTrue();

        // The force closes its investigation: a time of its own, never before the return.
        Map<String, String> early = new LinkedHashMap<>();
        put(early, "closed", evening.plusHours(4));
        assertThat(send("police", post("/episodes/" + episode + "/police-closure"), early).getResponse()
                .getContentAsString()).contains("must be on or after the time the child was found");
        assertThat(send("socialworker", post("/episodes/" + episode + "/police-closure"), early).getResponse()
                .getStatus()).isEqualTo(403);
        Map<String, String> policeClosure = new LinkedHashMap<>();
        put(policeClosure, "closed", evening.plusHours(7));
        policeClosure.put("note", "Debrief done");
        assertThat(send("police", post("/episodes/" + episode + "/police-closure"), policeClosure).getResponse()
                .getRedirectedUrl()).isEqualTo("/episodes/" + episode);
        assertThat(jdbc.sql("select closed_at from episode_police_closure where episode_id = :e").param("e", episode)
                .query(java.time.Instant.class).single())
                .isEqualTo(evening.plusHours(7).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toInstant());

        // The child declines the interview: the outcome closes the episode that was asked to close.
        UUID offer = jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", episode).query(UUID.class).single();
        jdbc.sql("update rhi_offer set provider_agency_id = :p where id = :o")
                .param("p", TestOffers.SAFE_RETURN).param("o", offer).update();
        MvcResult outcome = send("rhiworker", post("/return-interviews/" + offer + "/outcome"),
                Map.of("outcome", "DECLINED", "outcomeReason", "Did not want to talk"));
        assertThat(outcome.getResponse().getStatus()).as(outcome.getResponse().getContentAsString()).isEqualTo(302);
        String closed = page("socialworker", "/episodes/" + episode);
        assertThat(closed).contains("govuk-tag--grey\">Closed").doesNotContain("govuk-tag--blue\">Returned")
                .contains("Stage: <strong>Closed</strong>")
                .contains("Home, checked, RHI declined").doesNotContain("asked to close this episode")
                .doesNotContain("High risk: escalate");
        assertThat(jdbc.sql("select closure_note from episode where id = :e").param("e", episode).query(String.class)
                .single()).isEqualTo("Home, checked, RHI declined");

        // Closed, the episode's risk stands: grading it is a conflict, and nothing is kept.
        assertThat(send("police", post("/episodes/" + episode + "/grading"),
                TestEpisodes.grading("MISSING", "LOW", "After closure")).getResponse().getStatus()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from episode_grading where episode_id = :e and rationale = 'After closure'")
                .param("e", episode).query(Integer.class).single()).isZero();
    }

    @Test
    void ep06_anAwayEpisodeIsOfferedAnInterviewUnlessThePartnershipSwitchesThatOff() throws Exception {
        Map<String, String> away = report(evening.minusDays(3));
        away.put("category", "AWAY_FROM_PLACEMENT");
        UUID first = reportEpisode(away);
        locate(first, evening.minusDays(3).plusHours(2));
        assertThat(offers(first)).isEqualTo(1);
        jdbc.sql("""
                insert into setting_value (setting, value, changed_by, changed_by_name, changed_at, reason)
                select 'RHI_OFFER_AFTER_AWAY', 'false', id, 'Admin', now(), 'Board decision' from user_account
                 where username = 'admin'""").update();
        try {
            Map<String, String> again = report(evening.minusDays(1));
            again.put("category", "AWAY_FROM_PLACEMENT");
            UUID second = reportEpisode(again);
            locate(second, evening.minusDays(1).plusHours(2));
            assertThat(offers(second)).isZero();
            // A missing episode is always offered one, however short.
            UUID third = reportEpisode(report(evening));
            locate(third, evening.plusHours(2));
            assertThat(offers(third)).isEqualTo(1);
        } finally {
            jdbc.sql("delete from setting_value where setting = 'RHI_OFFER_AFTER_AWAY'").update();
        }
    }

    long offers(UUID episode) {
        return jdbc.sql("select count(*) from rhi_offer where episode_id = :e").param("e", episode).query(Long.class).single();
    }

    @Test
    void cr12_aCareLeaverAged20CanHaveAnEpisodeUpToThePartnershipsUpperAge() throws Exception {
        jdbc.sql("update child set date_of_birth = :dob, legal_status = 'CARE_LEAVER' where id = :c")
                .param("dob", LocalDate.now(ClockConfiguration.LONDON).minusYears(20).minusMonths(2)).param("c", child).update();
        UUID episode = reportEpisode(report(evening));
        assertThat(episode).isNotNull();
        locate(episode, evening.plusHours(3));
        jdbc.sql("update child set legal_status = 'NONE' where id = :c").param("c", child).update();
        assertThat(send("carer", post("/children/" + child + "/episodes"), report(evening.plusHours(5))).getResponse()
                .getContentAsString()).contains("was 20 when last seen. Episodes are recorded for children under 18, and for care leavers under 21");
        jdbc.sql("update child set legal_status = 'CARE_LEAVER' where id = :c").param("c", child).update();
        jdbc.sql("""
                insert into setting_value (setting, value, changed_by, changed_by_name, changed_at, reason)
                select 'CARE_LEAVER_UPPER_AGE', '18', id, 'Admin', now(), 'Under 18s only' from user_account
                 where username = 'admin'""").update();
        try {
            assertThat(send("carer", post("/children/" + child + "/episodes"), report(evening.plusHours(5))).getResponse()
                    .getContentAsString()).contains("Episodes are recorded for care leavers under 18");
        } finally {
            jdbc.sql("delete from setting_value where setting = 'CARE_LEAVER_UPPER_AGE'").update();
        }
    }

    @Test
    void theSafeAndWellCheckReachesTheSocialWorkerAndItsSharingIsRecorded() throws Exception {
        ZonedDateTime lastSeen = evening.minusDays(2);
        UUID episode = reportEpisode(report(lastSeen));
        locate(episode, lastSeen.plusHours(30));
        Map<String, String> check = new LinkedHashMap<>();
        put(check, "held", lastSeen.plusHours(31));
        check.put("officer", "PC Priya Patel");
        check.put("method", "FACE_TO_FACE");
        check.put("disclosures", "Stayed at a flat in Easton with older males");
        assertThat(send("police", post("/episodes/" + episode + "/safe-and-well"), check).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        String seen = page("socialworker", "/episodes/" + episode);
        assertThat(seen).contains("Stayed at a flat in Easton with older males").contains("Not shared yet")
                .contains("24 hours or more");
        UUID checkId = jdbc.sql("select id from safe_and_well_check where episode_id = :e").param("e", episode)
                .query(UUID.class).single();
        send("police", post("/episodes/" + episode + "/safe-and-well/share"),
                Map.of("checkId", checkId.toString(), "sharedWith", "Sam Okafor, South Gloucestershire Council", "method", "Secure email"));
        assertThat(page("socialworker", "/episodes/" + episode)).contains("Sam Okafor, South Gloucestershire Council, Secure email");
    }

    @Test
    void anEpisodeReportedLateOrRecordedAfterTheEventIsFlaggedWithItsDelay() throws Exception {
        Map<String, String> f = report(evening.minusDays(3));
        put(f, "reported", evening.minusDays(1));
        f.put("retrospective", "true");
        put(f, "located", evening.minusDays(1).plusHours(2));
        f.put("locatedWhere", "Home");
        f.put("returnMethod", "RETURNED");
        UUID episode = reportEpisode(f);
        String page = page("socialworker", "/episodes/" + episode);
        assertThat(page).contains("Reported late").contains("Recorded after the event").contains("2 days after last seen");
    }

    @Test
    void theDatabaseItselfRefusesOverlapsReturnsBeforeLastSeenAndClosingWhileMissing() {
        UUID first = UUID.randomUUID();
        String insert = """
                insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, located_at,
                                     closed_at, created_at, updated_at, version)
                values (:id, :c, 'MISSING_FROM_CARE', 'PLACEMENT', now() - interval '10 hours', 'x', :located, :closed, now(), now(), 0)""";
        jdbc.sql(insert).param("id", first).param("c", child).param("located", null).param("closed", null).update();
        assertThatThrownBy(() -> jdbc.sql(insert).param("id", UUID.randomUUID()).param("c", child)
                .param("located", null).param("closed", null).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update episode set located_at = last_seen_at - interval '1 hour' where id = :id")
                .param("id", first).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update episode set closed_at = now() where id = :id")
                .param("id", first).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theOpenEpisodeListFiltersByRiskAndShowsTheCoordinatorWhoAwaitsACheck() throws Exception {
        UUID episode = reportEpisode(report(evening.minusDays(1)));
        send("police", post("/episodes/" + episode + "/grading"),
                TestEpisodes.grading("MISSING", "HIGH", "Very vulnerable"));
        assertThat(mvc.perform(get("/episodes").param("risk", "HIGH").param("duration", "24h").with(as(users, "coordinator")))
                .andReturn().getResponse().getContentAsString()).contains("Episode Tester");
        assertThat(mvc.perform(get("/episodes").param("risk", "LOW").with(as(users, "coordinator")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("Episode Tester");
        locate(episode, evening.plusHours(2));
        assertThat(page("coordinator", "/episodes/coordinator")).contains("awaiting a safe and well check").contains("Episode Tester");
    }

    /** Sixty open episodes of one force, every two last seen at the same moment, a third graded high risk. */
    private UUID sixtyPagedEpisodes() throws Exception {
        UUID force = UUID.randomUUID();
        jdbc.sql("insert into agency (id, name, kind) values (:id, :name, 'POLICE_FORCE')")
                .param("id", force).param("name", "Paging Constabulary " + force).update();
        for (int i = 0; i < 60; i++) {
            UUID other = UUID.randomUUID();
            UUID episode = UUID.randomUUID();
            jdbc.sql("""
                    insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                    values (:id, :given, 'Pager', date '2010-01-01', 'M', 'NONE', now(), now(), 0)""")
                    .param("id", other).param("given", "Child%02d".formatted(i)).update();
            jdbc.sql("""
                    insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place,
                                         police_force_id, created_at, updated_at, version)
                    values (:id, :child, 'MISSING_FROM_HOME', 'HOME',
                            date_trunc('hour', now()) - make_interval(hours => 100 - :i / 2), 'Home', :force, now(), now(), 0)""")
                    .param("id", episode).param("child", other).param("i", i).param("force", force).update();
            if (i % 3 == 0) {
                jdbc.sql("""
                        insert into episode_grading (id, episode_id, classification, risk_level, rationale, graded_by_name, graded_at)
                        values (gen_random_uuid(), :e, 'MISSING', 'HIGH', 'Paging', 'Paging', now())""")
                        .param("e", episode).update();
            }
        }
        return force;
    }

    private static List<String> pagers(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Child\\d\\d Pager").matcher(html);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    private PageLinks.Walk<String> walk(String first) {
        return PageLinks.walk(first, path -> {
            try {
                return page("coordinator", path);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, EpisodeWebTest::pagers);
    }

    @Test
    void theOpenEpisodeListComesInPagesOfFiftyWithTheTotal() throws Exception {
        UUID force = sixtyPagedEpisodes();
        String first = page("coordinator", "/episodes?agency=" + force + "&sort=LONGEST");
        assertThat(first).contains("60 children missing").contains("Child00 Pager").contains("Child49 Pager")
                .doesNotContain("Child50 Pager").containsPattern("Showing <b>1</b>\\s+to <b>50</b> of <b>60</b>")
                .contains("after=").doesNotContain("rel=\"prev\"");
        String second = page("coordinator", PageLinks.link(first, "next"));
        assertThat(second).contains("Child50 Pager").contains("Child59 Pager").doesNotContain("Child49 Pager")
                .containsPattern("Showing <b>51</b>\\s+to <b>60</b> of <b>60</b>").contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        String back = page("coordinator", PageLinks.link(second, "prev"));
        assertThat(pagers(back)).containsExactlyElementsOf(pagers(first));
        assertThat(back).containsPattern("Showing <b>1</b>\\s+to <b>50</b> of <b>60</b>");
        assertThat(page("coordinator", "/episodes?agency=" + force + "&sort=LONGEST&after=2026-01-01T00:00:00Z_nonsense"))
                .contains("Child00 Pager").containsPattern("Showing <b>1</b>");
        assertThat(page("coordinator", "/episodes?agency=" + force + "&before=100_2026-01-01T00:00:00Z_" + force))
                .as("a rank no risk has").containsPattern("Showing <b>1</b>");
    }

    @Test
    void pagingForwardThenBackShowsEveryEpisodeOnceInEachOrderWhenLastSeenTimesTie() throws Exception {
        UUID force = sixtyPagedEpisodes();
        for (String sort : List.of("RISK", "LONGEST", "NEWEST")) {
            PageLinks.Walk<String> walked = walk(page("coordinator", "/episodes?agency=" + force + "&sort=" + sort));
            assertThat(walked.forward()).as(sort).hasSize(2);
            assertThat(walked.all()).as(sort).hasSize(60).doesNotHaveDuplicates();
            assertThat(walked.back()).as(sort + ": back to the same pages").isEqualTo(walked.forward());
        }
        List<String> byRisk = walk(page("coordinator", "/episodes?agency=" + force)).all();
        assertThat(byRisk.subList(0, 20)).as("the twenty graded high risk first, longest missing first")
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 60).filter(i -> i % 3 == 0)
                        .mapToObj("Child%02d Pager"::formatted).toList());
        assertThat(walk(page("coordinator", "/episodes?agency=" + force + "&sort=NEWEST")).all().get(59))
                .isIn("Child00 Pager", "Child01 Pager");
    }

    @Test
    void aPlaceWhereChildrenAreLastSeenAgainAndAgainIsOneLocationWithItsCount() throws Exception {
        String place = "Cabot Circus " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> first = report(evening.minusDays(6));
        first.put("lastSeenPlace", place);
        UUID one = reportEpisode(first);
        locate(one, evening.minusDays(5));
        Map<String, String> second = report(evening.minusDays(3));
        second.put("lastSeenPlace", place.toUpperCase() + "!");
        reportEpisode(second);
        UUID otherChild = child;
        aChild();
        Map<String, String> third = report(evening.minusDays(2));
        third.put("lastSeenPlace", " " + place.toLowerCase());
        reportEpisode(third);
        assertThat(jdbc.sql("""
                select count(*) || '/' || count(distinct l.child_id) || '/' || count(distinct l.location_id)
                  from location_link l join location o on o.id = l.location_id
                 where o.match_key = location_match_key(:p, null) and l.kind = 'last_seen'""")
                .param("p", place).query(String.class).single()).isEqualTo("3/2/1");
        assertThat(otherChild).isNotEqualTo(child);
    }

    @Test
    void theChronologyShowsEveryStepInOrder() throws Exception {
        UUID episode = reportEpisode(report(evening));
        send("police", post("/episodes/" + episode + "/grading"),
                TestEpisodes.grading("MISSING", "MEDIUM", "First"));
        locate(episode, evening.plusHours(4));
        String chronology = page("socialworker", "/children/" + child + "/chronology");
        int reported = chronology.indexOf("Reported missing from care");
        int graded = chronology.indexOf("Risk graded medium");
        int located = chronology.indexOf("Found by police");
        assertThat(reported).isPositive();
        // Graded now, after the return it was recorded before: the chronology is in the order things happened.
        assertThat(located).isGreaterThan(reported);
        assertThat(graded).isGreaterThan(located);
    }
}

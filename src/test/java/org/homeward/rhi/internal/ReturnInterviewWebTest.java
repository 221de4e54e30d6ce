package org.homeward.rhi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.episode.EpisodeLocated;
import org.homeward.insight.internal.compliance.FigureSummaries;
import org.homeward.oversight.Deadlines;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.WorkingDays;
import org.homeward.rhi.CodedFindings;
import org.homeward.rhi.ReturnInterviewMeasures;
import org.homeward.support.HomewardTest;
import org.homeward.support.MovableClock;
import org.homeward.support.TestChildren;
import org.homeward.support.TestOffers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** Return home interviews: the offer on return, attempts, outcome, the interview, access and audit. */
@HomewardTest
class ReturnInterviewWebTest {

    static final String SAFE_RETURN = "6b0d549b-6f03-675a-1600-a35a099950d8";
    static final String SOUTH_GLOS = "6513270e-269e-0d37-f2a7-4de452e6b438";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    UUID child;
    UUID episode;
    UUID offer;
    ZonedDateTime returned;

    @BeforeEach
    void aChildWhoReturned() throws Exception {
        child = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Interview', 'Tester', date '2011-05-05', 'F', 'LAC_CO', now(), now(), 0)""")
                .param("id", child).update();
        TestChildren.placeAtOakfield(jdbc, child);
        returnOf(child);
    }

    /** The child goes missing five days ago and is found ten hours later. */
    void returnOf(UUID child) throws Exception {
        ZonedDateTime lastSeen = ZonedDateTime.now(ClockConfiguration.LONDON).minusDays(5).truncatedTo(ChronoUnit.MINUTES);
        returned = lastSeen.plusHours(10);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", "MISSING_FROM_CARE");
        f.put("missingFrom", "PLACEMENT");
        put(f, "lastSeen", lastSeen);
        f.put("lastSeenPlace", "Oakfield House");
        f.put("reported", "yes");
        put(f, "reported", lastSeen.plusMinutes(45));
        MvcResult r = send("carer", post("/children/" + child + "/episodes"), f);
        episode = UUID.fromString(r.getResponse().getRedirectedUrl().substring("/episodes/".length()));
        Map<String, String> l = new LinkedHashMap<>();
        put(l, "located", returned);
        l.put("locatedWhere", "Bristol bus station");
        l.put("returnMethod", "FOUND_POLICE");
        l.put("version", String.valueOf(jdbc.sql("select version from episode where id = :e").param("e", episode)
                .query(Long.class).single()));
        assertThat(send("police", post("/episodes/" + episode + "/located"), l).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        offer = jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", episode).query(UUID.class).single();
    }

    static void put(Map<String, String> form, String prefix, ZonedDateTime at) {
        form.put(prefix + "Day", String.valueOf(at.getDayOfMonth()));
        form.put(prefix + "Month", String.valueOf(at.getMonthValue()));
        form.put(prefix + "Year", String.valueOf(at.getYear()));
        form.put(prefix + "Time", String.format("%02d:%02d", at.getHour(), at.getMinute()));
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

    long audits(String action) {
        return jdbc.sql("select count(*) from audit_entry where record_id = :o and action = :a")
                .param("o", offer).param("a", action).query(Long.class).single();
    }

    static Map<String, String> interview(ZonedDateTime held) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "held", held);
        f.put("interviewerName", "Rhian Hughes");
        f.put("interviewerRole", "INDEPENDENT");
        f.put("interviewerAgency", "Safe Return Project");
        f.put("childChoseKnownWorker", "no");
        f.put("harm", "No harm disclosed");
        f.put("exploitation", "no");
        f.put("stayingSafeGiven", "true");
        f.put("helplineGiven", "true");
        f.put("childWords", "I went to see my mum.");
        f.put("consentToShare", "yes");
        f.put("shareWith", "Social worker");
        f.put("supportDecision", "NONE");
        return f;
    }

    @Test
    void ep09_significantHarmSuspectedInTheInterviewRaisesAStrategyDiscussion() throws Exception {
        Map<String, String> f = interview(returned.plusHours(20));
        f.put("harm", "Said an older man hit her");
        f.put("significantHarm", "yes");
        MvcResult r = send("rhiworker", post("/return-interviews/" + offer + "/interview"), f);
        assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString()).isNotNull();
        UUID child = jdbc.sql("select child_id from rhi_offer where id = :o").param("o", offer).query(UUID.class).single();
        assertThat(jdbc.sql("""
                select reason from strategy_discussion where child_id = :c and held_at is null""").param("c", child)
                .query(String.class).single()).isEqualTo("Significant harm suspected in the return home interview: Said an older man hit her");
        assertThat(jdbc.sql("select significant_harm from rhi_interview where offer_id = :o").param("o", offer)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theReturnOpensOneOfferDue72HoursLaterAssignedToTheProvider() throws Exception {
        var row = jdbc.sql("select returned_at, due_at, provider_agency_id from rhi_offer where id = :o").param("o", offer)
                .query((rs, n) -> List.of(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, UUID.class))).single();
        assertThat(row.get(0)).isEqualTo(returned.toInstant());
        assertThat(row.get(1)).isEqualTo(returned.toInstant().plus(Duration.ofHours(72)));
        assertThat(row.get(2).toString()).isEqualTo(SAFE_RETURN);
        assertThat(audits("CREATE")).isEqualTo(1);
        // Returned four days ago, the offer is overdue: on that tab, the most recently overdue first.
        assertThat(page("rhiworker", "/return-interviews?due=overdue")).contains("/return-interviews/" + offer);
        assertThat(page("rhiworker", "/")).contains("Return home interviews to hold");
        assertThat(page("socialworker", "/episodes/" + episode)).contains("Return home interview")
                .contains("/return-interviews/" + offer);
    }

    @Test
    void theOfferIsOpenedOncePerEpisode() {
        tx.executeWithoutResult(s -> {
            events.publishEvent(new EpisodeLocated(episode, child, returned.toInstant()));
            events.publishEvent(new EpisodeLocated(episode, child, returned.toInstant()));
        });
        assertThat(jdbc.sql("select count(*) from rhi_offer where episode_id = :e").param("e", episode)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(audits("CREATE")).isEqualTo(1);
    }

    @Test
    void notOfferedNeedsAReasonAndAnotherManagersSignOff() throws Exception {
        assertThat(send("manager", post("/return-interviews/" + offer + "/not-offered"), Map.of("notOfferedReason", " "))
                .getResponse().getContentAsString()).contains("There is a problem").contains("Enter why no interview is offered");
        assertThat(send("manager", post("/return-interviews/" + offer + "/not-offered"),
                Map.of("notOfferedReason", "Child moved abroad with family")).getResponse().getRedirectedUrl())
                .isEqualTo("/return-interviews/" + offer);
        assertThat(send("manager", post("/return-interviews/" + offer + "/sign-off"), Map.of()).getResponse()
                .getContentAsString()).contains("another manager must sign it off");
        assertThat(send("socialworker", post("/return-interviews/" + offer + "/sign-off"), Map.of()).getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select signed_off_by is null from rhi_offer where id = :o").param("o", offer)
                .query(Boolean.class).single()).isTrue();
        assertThat(send("lead", post("/return-interviews/" + offer + "/sign-off"), Map.of()).getResponse()
                .getRedirectedUrl()).isEqualTo("/return-interviews/" + offer);
        assertThat(page("manager", "/return-interviews/" + offer)).contains("Signed off by");
        assertThat(audits("CHANGE")).isEqualTo(2);
    }

    @Test
    void anOutcomeNeedsAReasonAndParentsMayAddInformationWhenTheChildDeclines() throws Exception {
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/outcome"), Map.of("outcome", "DECLINED"))
                .getResponse().getContentAsString()).contains("Enter the reason for the outcome");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/outcome"), Map.of("outcome", "DECLINED",
                "outcomeReason", "Did not want to talk", "parentCarerInformation", "Staff think she met older friends"))
                .getResponse().getRedirectedUrl()).isEqualTo("/return-interviews/" + offer);
        assertThat(page("socialworker", "/return-interviews/" + offer)).contains("Declined")
                .contains("Staff think she met older friends");
        assertThat(audits("CHANGE")).isEqualTo(1);
    }

    static String testId(String page, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-testid=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        assertThat(m.find()).as(id + " is on the page").isTrue();
        return m.group(1).strip();
    }

    @Test
    void aDeclinedInterviewWasOfferedAndTheSocialWorkerDecidesWhatNext() throws Exception {
        UUID sam = UUID.fromString("907a70c3-1012-f037-b64c-e4228c38fb29");
        jdbc.sql("update child set allocated_worker_id = :w where id = :c").param("w", sam).param("c", child).update();
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/outcome"), Map.of("outcome", "DECLINED",
                "outcomeReason", "Did not want to talk")).getResponse().getRedirectedUrl())
                .isEqualTo("/return-interviews/" + offer);

        String record = page("socialworker", "/return-interviews/" + offer);
        assertThat(testId(record, "offered-within")).as("the outcome met the offer, after the 72 hours").isEqualTo("No");
        assertThat(jdbc.sql("select m.offered_at = o.outcome_at from rhi_offer_met m join rhi_offer o on o.id = m.offer_id where o.id = :o")
                .param("o", offer).query(Boolean.class).single()).isTrue();
        assertThat(page("socialworker", "/episodes/" + episode)).contains("Declined").doesNotContain("Not yet offered");

        record OpenTask(UUID ownerId, Instant dueAt, String link) {
        }
        OpenTask task = jdbc.sql("select owner_id, due_at, link from task where kind = 'RHI_NEXT_STEP' and source_id = :o and status = 'OPEN'")
                .param("o", offer.toString()).query(OpenTask.class).single();
        assertThat(task.ownerId()).isEqualTo(sam);
        assertThat(task.dueAt()).isEqualTo(Deadlines.endOf(
                WorkingDays.plus(java.time.LocalDate.now(ClockConfiguration.LONDON), 2)));
        assertThat(page("socialworker", "/")).contains("Decide what next after the interview was declined");

        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/parent-carer-information"),
                Map.of("parentCarerInformation", " ")).getResponse().getContentAsString()).contains("Enter what parents or carers said");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/parent-carer-information"),
                Map.of("parentCarerInformation", "Her foster carer thinks she met older friends")).getResponse()
                .getRedirectedUrl()).isEqualTo("/return-interviews/" + offer);

        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/next-step"), Map.of("nextStep", "x"))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(send("socialworker", post("/return-interviews/" + offer + "/next-step"), Map.of("nextStep", " "))
                .getResponse().getContentAsString()).contains("Enter what happens next");
        assertThat(send("socialworker", post("/return-interviews/" + offer + "/next-step"),
                Map.of("nextStep", "Offer again in a week through her key worker")).getResponse().getRedirectedUrl())
                .isEqualTo("/return-interviews/" + offer);
        assertThat(jdbc.sql("select status from task where kind = 'RHI_NEXT_STEP' and source_id = :o")
                .param("o", offer.toString()).query(String.class).single()).isEqualTo("DONE");
        String after = page("socialworker", "/return-interviews/" + offer);
        assertThat(after).contains("Her foster carer thinks she met older friends")
                .contains("Offer again in a week through her key worker").doesNotContain("Save what happens next");
    }

    @Test
    void attemptsAreLoggedAndTheFirstCountsAsTheOffer() throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        put(a, "attempted", returned.plusHours(3));
        a.put("method", "PHONE");
        a.put("result", "No answer");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/attempts"), a).getResponse()
                .getRedirectedUrl()).isEqualTo("/return-interviews/" + offer);
        put(a, "attempted", returned.minusHours(1));
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/attempts"), a).getResponse()
                .getContentAsString()).contains("must be after the child returned");
        assertThat(page("rhiworker", "/return-interviews/" + offer)).contains("No answer");
        assertThat(records.find(offer).orElseThrow().offeredWithin72Hours()).isTrue();
        assertThat(audits("CHANGE")).isEqualTo(1);
        assertThat(audits("VIEW")).isEqualTo(1);
    }

    @Autowired OfferRecords records;

    @Test
    void anInterviewBeforeTheReturnOrInTheFutureIsRefused() throws Exception {
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), interview(returned.minusMinutes(1)))
                .getResponse().getContentAsString()).contains("The interview must be after the child returned");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"),
                interview(ZonedDateTime.now(ClockConfiguration.LONDON).plusDays(1)))
                .getResponse().getContentAsString()).contains("The interview cannot be in the future");
        assertThat(records.interview(offer)).isEmpty();
    }

    @Test
    void aDeclinedOfferTakesNoInterviewAndNoSecondOutcome() throws Exception {
        send("rhiworker", post("/return-interviews/" + offer + "/outcome"),
                Map.of("outcome", "DECLINED", "outcomeReason", "Did not want to talk"));
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), interview(returned.plusHours(5)))
                .getResponse().getStatus()).isEqualTo(409);
        assertThat(records.interview(offer)).isEmpty();

        String again = send("rhiworker", post("/return-interviews/" + offer + "/outcome"),
                Map.of("outcome", "ACCEPTED", "outcomeReason", "She changed her mind")).getResponse().getContentAsString();
        assertThat(again).contains("There is a problem")
                .contains("This interview is no longer open: it has an outcome, or is not offered");
        assertThat(jdbc.sql("select outcome from rhi_offer where id = :o").param("o", offer).query(String.class).single())
                .isEqualTo("DECLINED");

        // Declined, the offer takes no further attempt and no decision not to offer: the offer says why.
        Map<String, String> attempt = new LinkedHashMap<>();
        put(attempt, "attempted", returned.plusHours(3));
        attempt.put("method", "PHONE");
        attempt.put("result", "No answer");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/attempts"), attempt).getResponse()
                .getContentAsString()).contains("This interview is no longer open: it has an outcome, or is not offered");
        assertThat(send("manager", post("/return-interviews/" + offer + "/not-offered"),
                Map.of("notOfferedReason", "Moved away")).getResponse().getContentAsString())
                .contains("This interview is no longer open: it has an outcome, or is not offered");
        assertThat(jdbc.sql("select count(*) from rhi_attempt where offer_id = :o").param("o", offer)
                .query(Integer.class).single()).isZero();
        assertThat(status("rhiworker", "/return-interviews/" + offer + "/interview")).isEqualTo(409);
    }

    @Test
    void aMissingOrUnknownInterviewerRoleIsAFieldErrorNotAServerError() throws Exception {
        Map<String, String> f = interview(returned.plusHours(5));
        f.remove("interviewerRole");
        MvcResult missing = send("rhiworker", post("/return-interviews/" + offer + "/interview"), f);
        assertThat(missing.getResponse().getStatus()).isEqualTo(200);
        assertThat(missing.getResponse().getContentAsString()).contains("Select the interviewer&#39;s role")
                .contains("href=\"#interviewerRole\"").doesNotContain("href=\"#childChoseKnownWorker\"");
        f.put("interviewerRole", "banana");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getContentAsString()).contains("Select the interviewer&#39;s role");
        f.remove("supportDecision");
        f.put("method", "banana");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getContentAsString()).contains("Select the decision on support");
        assertThat(records.interview(offer)).isEmpty();
    }

    @Test
    void aBlankOrOverlongInterviewerIsAFieldErrorNotAServerError() throws Exception {
        Map<String, String> f = interview(returned.plusHours(5));
        f.put("interviewerName", "x".repeat(201));
        f.put("interviewerAgency", "  ");
        MvcResult r = send("rhiworker", post("/return-interviews/" + offer + "/interview"), f);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("There is a problem")
                .contains("The interviewer&#39;s name must be 200 characters or fewer")
                .contains("Enter the interviewer&#39;s agency").contains("href=\"#interviewerAgency\"");
        assertThat(records.interview(offer)).isEmpty();
    }

    @Test
    void theChildsWordsOrAReasonAreRequired() throws Exception {
        Map<String, String> f = interview(returned.plusHours(5));
        f.remove("childWords");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getContentAsString()).contains("Enter the child’s own words, or why they could not be obtained");
        f.put("childWordsNotObtained", "Child would only nod");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getRedirectedUrl()).isEqualTo("/return-interviews/" + offer);
    }

    @Test
    void factorsOutsideTheTaxonomyInForceAreRefused() throws Exception {
        Map<String, String> f = interview(returned.plusHours(5));
        f.put("pushFactors", "SPACESHIP");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getContentAsString()).contains("Select factors from the list in force");
        f.put("pushFactors", "GROOMING"); // a pull factor is not a push factor
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getContentAsString()).contains("Select factors from the list in force");
        jdbc.sql("""
                insert into vocabulary_term (vocabulary, code, label, sort_order, effective_from, effective_to)
                values ('rhi-push-factor', 'RETIRED_TEST', 'Retired', 50, date '2000-01-01', date '2001-01-01')
                on conflict do nothing""").update();
        f.put("pushFactors", "RETIRED_TEST");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getContentAsString()).contains("Select factors from the list in force");
        assertThat(records.interview(offer)).isEmpty();
    }

    @Test
    void theInterviewWithTheChildsWordsAndFactorsIsHeldWithin72HoursAtExactly72Hours() throws Exception {
        MockHttpServletRequestBuilder request = post("/return-interviews/" + offer + "/interview")
                .param("pushFactors", "HOME_PROBLEMS", "BULLYING").param("pullFactors", "FRIENDS_FAMILY")
                .param("details[HOME_PROBLEMS]", "Arguments with mum's partner");
        MvcResult r = send("rhiworker", request, interview(returned.plusHours(72)));
        assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString())
                .isEqualTo("/return-interviews/" + offer);
        assertThat(records.factors(offer)).extracting(OfferRecords.Factor::code)
                .containsExactlyInAnyOrder("HOME_PROBLEMS", "BULLYING", "FRIENDS_FAMILY");
        assertThat(records.factors(offer)).filteredOn(x -> x.code().equals("HOME_PROBLEMS"))
                .extracting(OfferRecords.Factor::detail).containsExactly("Arguments with mum's partner");
        String page = page("socialworker", "/return-interviews/" + offer);
        assertThat(page).contains("I went to see my mum.").contains("Held within 72 hours");
        assertThat(page("police", "/episodes/" + episode)).contains("Held within 72 hours");
        assertThat(audits("CHANGE")).isEqualTo(1);
        assertThat(page("rhiworker", "/return-interviews?due=overdue")).doesNotContain("/return-interviews/" + offer);
    }

    @Test
    void aMinuteAfter72HoursIsNotWithin72Hours() throws Exception {
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"),
                interview(returned.plusHours(72).plusMinutes(1))).getResponse().getRedirectedUrl())
                .isEqualTo("/return-interviews/" + offer);
        assertThat(page("socialworker", "/return-interviews/" + offer)).contains("Held after 72 hours");
    }

    @Test
    void anInterviewByACarerIsNotIndependentAndAllowedOnlyWhenTheChildChoseThem() throws Exception {
        Map<String, String> f = interview(returned.plusHours(5));
        f.put("interviewerRole", "CARER");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getContentAsString()).contains("is not independent");
        f.put("childChoseKnownWorker", "yes");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getRedirectedUrl()).isEqualTo("/return-interviews/" + offer);
        assertThat(records.interview(offer).orElseThrow().independent()).isFalse();
        assertThat(page("manager", "/return-interviews/" + offer)).contains("Not independent");
    }

    @Test
    void rhiWorkersOfAnotherAgencyMayNotSeeOrWorkTheOffer() throws Exception {
        assertThat(send("manager", post("/return-interviews/" + offer + "/provider"),
                Map.of("providerAgencyId", SOUTH_GLOS)).getResponse().getRedirectedUrl())
                .isEqualTo("/return-interviews/" + offer);
        assertThat(status("rhiworker", "/return-interviews/" + offer)).isEqualTo(403);
        assertThat(status("rhiworker", "/return-interviews/" + offer + "/interview")).isEqualTo(403);
        Map<String, String> a = new LinkedHashMap<>();
        put(a, "attempted", returned.plusHours(3));
        a.put("method", "PHONE");
        a.put("result", "No answer");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/attempts"), a).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(page("rhiworker", "/return-interviews")).doesNotContain("/return-interviews/" + offer);
        assertThat(status("police", "/return-interviews/" + offer)).isEqualTo(200);
        assertThat(status("carer", "/return-interviews/" + offer)).isEqualTo(403);
        assertThat(send("police", post("/return-interviews/" + offer + "/attempts"), a).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void aChildPlacedOutOfAreaShowsWhichAuthorityIsResponsibleAndItCanBeSet() throws Exception {
        child = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Placed', 'Away', date '2010-02-02', 'M', 'LAC_CO', now(), now(), 0)""")
                .param("id", child).update();
        jdbc.sql("""
                insert into placement (id, child_id, placement_type, provider_name, placing_authority_id, host_authority_id,
                                       provider_agency_id, start_date, created_at, version)
                values (:id, :child, 'CHILDRENS_HOME', 'Harbourside House', :placing, :host,
                        '36f675cc-81e7-4ef5-e8e2-5d940ed90475', current_date - 100, now(), 0)""")
                .param("id", UUID.randomUUID()).param("child", child).param("placing", UUID.fromString(SOUTH_GLOS))
                .param("host", UUID.fromString("d23f0824-128b-2f33-0c5c-7fd0a6a3a450")).update();
        returnOf(child);
        String page = page("manager", "/return-interviews/" + offer);
        assertThat(page).contains("Placed out of area").contains("South Gloucestershire Council (placing authority)")
                .contains("Host authority: Bristol City Council");
        assertThat(send("manager", post("/return-interviews/" + offer + "/provider"),
                Map.of("providerAgencyId", SAFE_RETURN, "responsible", "HOST")).getResponse().getRedirectedUrl())
                .isEqualTo("/return-interviews/" + offer);
        assertThat(page("manager", "/return-interviews/" + offer)).contains("Bristol City Council (host authority)");
        assertThat(audits("CHANGE")).isEqualTo(1);
    }

    @Test
    void theChronologyShowsTheOfferAndTheInterview() throws Exception {
        send("rhiworker", post("/return-interviews/" + offer + "/interview"), interview(returned.plusHours(20)));
        assertThat(page("socialworker", "/children/" + child + "/chronology"))
                .contains("Return home interview offer opened").contains("Return home interview held");
    }

    @Test
    void theTeamViewShowsNotOfferedDecisionsAwaitingSignOff() throws Exception {
        send("socialworker", post("/return-interviews/" + offer + "/not-offered"), Map.of("notOfferedReason", "Moved abroad"));
        assertThat(page("manager", "/return-interviews?due=overdue")).contains("/return-interviews/" + offer)
                .contains("Not offered: awaiting sign-off");
        assertThat(page("rhiworker", "/return-interviews")).doesNotContain("/return-interviews/" + offer);
    }

    @Test
    void aRetrospectiveEpisodeWithItsReturnIsOfferedToo() throws Exception {
        ZonedDateTime seen = returned.minusDays(20);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", "MISSING_FROM_CARE");
        f.put("missingFrom", "PLACEMENT");
        put(f, "lastSeen", seen);
        f.put("lastSeenPlace", "Oakfield House");
        f.put("reported", "no");
        f.put("retrospective", "true");
        put(f, "located", seen.plusHours(3));
        f.put("locatedWhere", "Home");
        f.put("returnMethod", "RETURNED");
        MvcResult r = send("police", post("/children/" + child + "/episodes"), f);
        assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString()).startsWith("/episodes/");
        UUID retro = UUID.fromString(r.getResponse().getRedirectedUrl().substring("/episodes/".length()));
        Instant due = jdbc.sql("select due_at from rhi_offer where episode_id = :e").param("e", retro)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(due).isEqualTo(seen.plusHours(3).toInstant().plus(Duration.ofHours(72)));
    }

    @Autowired OfferMeasures measures;
    @Autowired FigureSummaries summaries;
    @Autowired MovableClock clock;
    @Autowired CodedFindings findings;

    /** The measures page for the day the child returned, as a manager sees it. */
    String measuresPage(java.time.LocalDate day) throws Exception {
        summaries.refreshAll();
        return page("manager", "/return-interviews/measures?fromDay=" + day.getDayOfMonth() + "&fromMonth="
                + day.getMonthValue() + "&fromYear=" + day.getYear() + "&toDay=" + day.getDayOfMonth() + "&toMonth="
                + day.getMonthValue() + "&toYear=" + day.getYear() + "&cohort=ALL");
    }

    static int count(String page, String rowHeading) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(rowHeading)
                + "[^<]*</th>\\s*<td[^>]*>(\\d+)</td>").matcher(page);
        assertThat(m.find()).as(rowHeading).isTrue();
        return Integer.parseInt(m.group(1));
    }

    long found(String code) {
        java.time.LocalDate day = ZonedDateTime.now(ClockConfiguration.LONDON).toLocalDate();
        return findings.counts(day.minusDays(7), day).stream().filter(c -> c.code().equals(code))
                .mapToLong(CodedFindings.Count::interviews).sum();
    }

    @Test
    void rhi01_anInterviewHeldByPlacementStaffIsFlaggedNotIndependentInTheMeasures() throws Exception {
        java.time.LocalDate day = returned.toLocalDate();
        String notIndependent = "Held, not independent";
        int before = count(measuresPage(day), notIndependent);
        int heldBefore = count(measuresPage(day), "Held at all");
        Map<String, String> f = interview(returned.plusHours(5));
        f.put("interviewerRole", "RESPONSIBLE_AUTHORITY");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getContentAsString()).contains("is not independent");
        f.put("interviewerRole", "PLACEMENT_STAFF");
        f.put("childChoseKnownWorker", "yes");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getRedirectedUrl()).isEqualTo("/return-interviews/" + offer);
        assertThat(page("manager", "/return-interviews/" + offer)).contains("Not independent");
        String after = measuresPage(day);
        assertThat(count(after, notIndependent)).isEqualTo(before + 1);
        assertThat(count(after, "Held at all")).isEqualTo(heldBefore + 1);
        assertThat(measures.measure(day, day, ReturnInterviewMeasures.Cohort.ALL).heldNotIndependent()).isEqualTo(before + 1);
    }

    @Test
    void rhi09_codedHarmsAndTheChildsRecordedAssociatesAndPlacesAreCounted() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID associate = UUID.randomUUID();
        jdbc.sql("""
                insert into associate (id, name, person_of_concern, concern_reason, created_at, updated_at, version)
                values (:id, :name, true, 'Older male giving gifts', now(), now(), 0)""")
                .param("id", associate).param("name", "Dean " + suffix).update();
        jdbc.sql("insert into child_associate (child_id, associate_id, relationship, linked_at) values (:c, :a, 'Friend', now())")
                .param("c", child).param("a", associate).update();
        UUID place = UUID.randomUUID();
        jdbc.sql("""
                insert into location (id, description, created_at, updated_at, version)
                values (:id, :d, now(), now(), 0)""").param("id", place).param("d", "Flat above the chip shop " + suffix)
                .update();
        jdbc.sql("""
                insert into location_link (id, location_id, child_id, kind, linked_at)
                values (gen_random_uuid(), :l, :c, 'frequented', now())""").param("l", place).param("c", child).update();
        String form = page("rhiworker", "/return-interviews/" + offer + "/interview");
        assertThat(form).contains("Dean " + suffix).contains("Flat above the chip shop " + suffix)
                .contains("Given or used drugs or alcohol");
        long drugs = found("GIVEN_DRUGS");
        long threats = found("THREATS");

        Map<String, String> f = interview(returned.plusHours(5));
        f.put("associates", UUID.randomUUID().toString());
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                .getContentAsString()).contains("Select only people recorded as the child’s associates");
        f.remove("associates");
        MockHttpServletRequestBuilder request = post("/return-interviews/" + offer + "/interview")
                .param("harms", "GIVEN_DRUGS", "THREATS").param("associates", associate.toString())
                .param("locations", place.toString());
        assertThat(send("rhiworker", request, f).getResponse().getRedirectedUrl())
                .isEqualTo("/return-interviews/" + offer);

        assertThat(found("GIVEN_DRUGS")).isEqualTo(drugs + 1);
        assertThat(found("THREATS")).isEqualTo(threats + 1);
        assertThat(found(associate.toString())).isEqualTo(1);
        assertThat(found(place.toString())).isEqualTo(1);
        assertThat(page("socialworker", "/return-interviews/" + offer)).contains("Harm: Given or used drugs or alcohol")
                .contains("With: Dean " + suffix).contains("At: Flat above the chip shop " + suffix);
        String measuresPage = measuresPage(returned.toLocalDate().plusDays(0));
        assertThat(measuresPage).contains("What the interviews found").doesNotContain("Dean " + suffix);
        java.time.LocalDate heldOn = returned.plusHours(5).toLocalDate();
        assertThat(measuresPage(heldOn)).contains("Flat above the chip shop " + suffix);
    }

    @Test
    void cr10_anAdministratorsChangesToTheFindingsListsReachTheFormAndRetiredCodesStayCounted() throws Exception {
        String label = "Worried about a new baby " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(status("manager", "/return-interviews/taxonomy")).isEqualTo(403);
        assertThat(page("admin", "/return-interviews/taxonomy")).contains("Push factors").contains("Harms")
                .contains("Problems at home");
        assertThat(send("admin", post("/return-interviews/taxonomy/push-factors"), Map.of("label", " ")).getResponse()
                .getContentAsString()).contains("There is a problem").contains("Enter the push factor as the form should show it");
        assertThat(send("admin", post("/return-interviews/taxonomy/push-factors"), Map.of("label", "Bullying"))
                .getResponse().getContentAsString()).contains("There is already a push factor ‘Bullying’");
        assertThat(send("manager", post("/return-interviews/taxonomy/push-factors"), Map.of("label", label))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(send("admin", post("/return-interviews/taxonomy/push-factors"), Map.of("label", label))
                .getResponse().getRedirectedUrl()).isEqualTo("/return-interviews/taxonomy");
        String code = jdbc.sql("select code from vocabulary_term where vocabulary = 'rhi-push-factor' and label = :l")
                .param("l", label).query(String.class).single();
        UUID freshChild = TestOffers.child(jdbc, "Fresh", "Form");
        UUID fresh = TestOffers.offer(jdbc, freshChild, "now() - interval '1 day'");
        String freshForm = "/return-interviews/" + fresh + "/interview";
        assertThat(page("rhiworker", freshForm)).contains(label);

        // A code is offered from the day it is added: this interview is held today, in this very minute.
        UUID heldToday = TestOffers.offer(jdbc, freshChild, "now() - interval '10 minutes'");
        MockHttpServletRequestBuilder request = post("/return-interviews/" + heldToday + "/interview")
                .param("pushFactors", code);
        ZonedDateTime held = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);
        assertThat(send("rhiworker", request, interview(held)).getResponse().getRedirectedUrl())
                .isEqualTo("/return-interviews/" + heldToday);
        assertThat(found(code)).isEqualTo(1);

        String renamed = label + " (renamed)";
        assertThat(send("admin", post("/return-interviews/taxonomy/push-factors/" + code), Map.of("label", renamed))
                .getResponse().getRedirectedUrl()).isEqualTo("/return-interviews/taxonomy");
        assertThat(page("rhiworker", freshForm)).contains(renamed);

        // Added today and already used, it cannot be ended by date today: it is retired from tomorrow.
        assertThat(send("admin", post("/return-interviews/taxonomy/push-factors/" + code + "/retire"), Map.of())
                .getResponse().getContentAsString()).contains("retire it tomorrow");
        clock.moveTo(java.time.Instant.now().plus(Duration.ofDays(1)));
        try {
            assertThat(send("admin", post("/return-interviews/taxonomy/push-factors/" + code + "/retire"), Map.of())
                    .getResponse().getRedirectedUrl()).isEqualTo("/return-interviews/taxonomy");
            assertThat(page("rhiworker", freshForm)).doesNotContain(label);
            // Correcting the interview that recorded it keeps it, marked as no longer offered.
            assertThat(page("rhiworker", "/return-interviews/" + heldToday + "/interview"))
                    .contains(renamed + " (no longer in use)");
            assertThat(page("admin", "/return-interviews/taxonomy")).contains("Retired");
            assertThat(page("manager", "/return-interviews/" + heldToday)).contains("Push: " + renamed);
            assertThat(found(code)).isEqualTo(1);
        } finally {
            clock.reset();
        }
    }
}

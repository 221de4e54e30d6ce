package org.homeward.rhi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.homeward.insight.internal.compliance.FigureSummaries;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Dates;
import org.homeward.rhi.ReturnInterviewMeasures;
import org.homeward.rhi.ReturnInterviewMeasures.Cohort;
import org.homeward.rhi.ReturnInterviewMeasures.Measures;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The measures on real PostgreSQL. Other tests and the demo share the database, so each test counts
 * what its own returns add to a period: the figures after, less the figures before.
 */
@HomewardTest
class ReturnInterviewMeasuresTest {

    static final UUID SOUTH_GLOS = UUID.fromString(ReturnInterviewWebTest.SOUTH_GLOS);
    static final UUID BRISTOL = UUID.fromString("d23f0824-128b-2f33-0c5c-7fd0a6a3a450");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired OfferMeasures measures;
    @Autowired FigureSummaries summaries;

    static ZonedDateTime london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ClockConfiguration.LONDON);
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** A child who returned at {@code returned}, from home or (when given) a placement; the offer's id. */
    UUID returnAt(ZonedDateTime returned, UUID placing, UUID host) {
        UUID child = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Measured', 'Childname', date '2011-05-05', 'F', 'LAC_CO', now(), now(), 0)""")
                .param("id", child).update();
        UUID placement = null;
        if (placing != null) {
            placement = UUID.randomUUID();
            jdbc.sql("""
                    insert into placement (id, child_id, placement_type, provider_name, placing_authority_id,
                                           host_authority_id, start_date, created_at, version)
                    values (:id, :child, 'CHILDRENS_HOME', 'Harbourside House', :placing, :host, date '2020-01-01', now(), 0)""")
                    .param("id", placement).param("child", child).param("placing", placing).param("host", host).update();
        }
        UUID episode = UUID.randomUUID();
        Instant back = returned.toInstant();
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, placement_id, last_seen_at, last_seen_place,
                                     located_at, retrospective, created_at, updated_at, version)
                values (:id, :child, 'MISSING_FROM_HOME', 'HOME', :placement, :seen, 'Home', :back, true, now(), now(), 0)""")
                .param("id", episode).param("child", child).param("placement", placement)
                .param("seen", Timestamp.from(back.minus(Duration.ofHours(3)))).param("back", Timestamp.from(back))
                .update();
        UUID offer = UUID.randomUUID();
        jdbc.sql("""
                insert into rhi_offer (id, episode_id, child_id, returned_at, due_at, created_at)
                values (:id, :episode, :child, :back, :due, now())""")
                .param("id", offer).param("episode", episode).param("child", child).param("back", Timestamp.from(back))
                .param("due", Timestamp.from(back.plus(Duration.ofHours(72)))).update();
        return offer;
    }

    UUID returnAt(ZonedDateTime returned) {
        return returnAt(returned, null, null);
    }

    UUID worker() {
        return jdbc.sql("select id from user_account where username = 'rhiworker'").query(UUID.class).single();
    }

    void attempt(UUID offer, Instant at) {
        jdbc.sql("""
                insert into rhi_attempt (id, offer_id, attempted_at, method, result, recorded_by, recorded_at)
                values (:id, :o, :at, 'PHONE', 'Spoke to the child', :by, now())""")
                .param("id", UUID.randomUUID()).param("o", offer).param("at", Timestamp.from(at)).param("by", worker())
                .update();
    }

    void held(UUID offer, Instant at) {
        jdbc.sql("""
                insert into rhi_interview (offer_id, held_at, interviewer_name, interviewer_role, interviewer_agency,
                       independent, harm, exploitation, staying_safe_given, helpline_given, child_words,
                       consent_to_share, recorded_by, recorded_at)
                values (:o, :at, 'Rhian Hughes', 'INDEPENDENT', 'Safe Return Project', true, 'None', false, true, true,
                        'I am fine', false, :by, now())""")
                .param("o", offer).param("at", Timestamp.from(at)).param("by", worker()).update();
    }

    void set(UUID offer, String sql) {
        jdbc.sql("update rhi_offer set " + sql + " where id = :o").param("o", offer).update();
    }

    int returns(LocalDate from, LocalDate to) {
        return measures.measure(from, to, Cohort.ALL).returns();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getStatus();
    }

    @Test
    void aMonthSpanningTheOctoberClockChangeHoldsExactlyItsLondonDays() {
        LocalDate first = day(2026, 10, 1);
        LocalDate last = day(2026, 10, 31);
        int month = returns(first, last);
        int changeDay = returns(day(2026, 10, 25), day(2026, 10, 25));
        int dayBefore = returns(day(2026, 9, 30), day(2026, 9, 30));
        int dayAfter = returns(day(2026, 11, 1), day(2026, 11, 1));
        returnAt(london(2026, 9, 30, 23, 59));
        returnAt(london(2026, 10, 1, 0, 0)); // 23:00 UTC on 30 September: in October all the same
        returnAt(london(2026, 10, 31, 23, 59));
        returnAt(london(2026, 11, 1, 0, 0));
        ZonedDateTime repeated = london(2026, 10, 25, 1, 30);
        returnAt(repeated.withEarlierOffsetAtOverlap()); // 01:30 BST
        returnAt(repeated.withLaterOffsetAtOverlap()); // 01:30 GMT, an hour later
        assertThat(returns(first, last) - month).isEqualTo(4);
        assertThat(returns(day(2026, 10, 25), day(2026, 10, 25)) - changeDay).isEqualTo(2);
        assertThat(returns(day(2026, 9, 30), day(2026, 9, 30)) - dayBefore).isEqualTo(1);
        assertThat(returns(day(2026, 11, 1), day(2026, 11, 1)) - dayAfter).isEqualTo(1);
    }

    @Test
    void theShortDayInMarchHoldsItsTwentyThreeHours() {
        LocalDate change = day(2026, 3, 29);
        int before = returns(change, change);
        returnAt(london(2026, 3, 28, 23, 59));
        returnAt(london(2026, 3, 29, 0, 0));
        returnAt(london(2026, 3, 29, 3, 30)); // 02:00 to 03:00 does not exist that night
        returnAt(london(2026, 3, 29, 23, 59)); // 22:59 UTC
        returnAt(london(2026, 3, 30, 0, 0)); // 23:00 UTC on 29 March: the next London day
        assertThat(returns(change, change) - before).isEqualTo(3);
    }

    @Test
    void offeredOrHeldAt72HoursCountsAsWithinButAMinuteLaterDoesNot() {
        LocalDate d = day(2026, 2, 10);
        Measures before = measures.measure(d, d, Cohort.ALL);
        ZonedDateTime back = london(2026, 2, 10, 12, 0);
        UUID onTime = returnAt(back);
        attempt(onTime, back.plusHours(72).toInstant());
        held(onTime, back.plusHours(72).toInstant());
        UUID late = returnAt(back);
        attempt(late, back.plusHours(72).plusMinutes(1).toInstant());
        held(late, back.plusHours(72).plusMinutes(1).toInstant());
        set(returnAt(back), "outcome = 'DECLINED', outcome_reason = 'Did not want to'");
        set(returnAt(back), "outcome = 'MISSING_AGAIN', outcome_reason = 'Gone again'");
        set(returnAt(back), "outcome = 'NOT_POSSIBLE', outcome_reason = 'In hospital'");
        set(returnAt(back), "not_offered_reason = 'Moved abroad', not_offered_by = '" + worker() + "'");
        returnAt(back);
        Measures after = measures.measure(d, d, Cohort.ALL);
        assertThat(after.returns() - before.returns()).isEqualTo(7);
        assertThat(after.offeredWithin72Hours() - before.offeredWithin72Hours()).isEqualTo(1);
        assertThat(after.heldWithin72Hours() - before.heldWithin72Hours()).isEqualTo(1);
        assertThat(after.held() - before.held()).isEqualTo(2);
        assertThat(after.declined() - before.declined()).isEqualTo(1);
        assertThat(after.missingAgain() - before.missingAgain()).isEqualTo(1);
        assertThat(after.notPossible() - before.notPossible()).isEqualTo(1);
        assertThat(after.notOfferedAwaitingSignOff() - before.notOfferedAwaitingSignOff()).isEqualTo(1);
        assertThat(after.notOfferedSignedOff() - before.notOfferedSignedOff()).isZero();
        assertThat(after.stillOpen() - before.stillOpen()).isEqualTo(1);
    }

    @Test
    void oneInterviewForTwoEpisodesCountsHeldForEachAgainstItsOwnDeadline() {
        LocalDate firstDay = day(2026, 4, 14);
        LocalDate secondDay = day(2026, 4, 18);
        Measures firstBefore = measures.measure(firstDay, firstDay, Cohort.ALL);
        Measures secondBefore = measures.measure(secondDay, secondDay, Cohort.ALL);
        UUID first = returnAt(london(2026, 4, 14, 9, 0));
        UUID second = returnAt(london(2026, 4, 18, 9, 0));
        UUID child = jdbc.sql("select child_id from rhi_offer where id = :o").param("o", first).query(UUID.class).single();
        jdbc.sql("update episode set child_id = :c where id = (select episode_id from rhi_offer where id = :o)")
                .param("c", child).param("o", second).update();
        set(second, "child_id = '" + child + "'");
        // Held the day after the second return, with no attempt logged: the interview is the offer.
        held(second, london(2026, 4, 19, 11, 0).toInstant());
        set(first, "covered_by = '" + second + "'");
        Measures firstAfter = measures.measure(firstDay, firstDay, Cohort.ALL);
        Measures secondAfter = measures.measure(secondDay, secondDay, Cohort.ALL);
        assertThat(firstAfter.held() - firstBefore.held()).isEqualTo(1);
        assertThat(firstAfter.heldWithin72Hours() - firstBefore.heldWithin72Hours()).isZero();
        assertThat(firstAfter.offeredWithin72Hours() - firstBefore.offeredWithin72Hours()).isZero();
        assertThat(firstAfter.stillOpen() - firstBefore.stillOpen()).isZero();
        assertThat(secondAfter.held() - secondBefore.held()).isEqualTo(1);
        assertThat(secondAfter.heldWithin72Hours() - secondBefore.heldWithin72Hours()).isEqualTo(1);
        assertThat(secondAfter.offeredWithin72Hours() - secondBefore.offeredWithin72Hours()).isEqualTo(1);
    }

    @Test
    void anOfferCannotBeCoveredByAnotherChildsInterview() {
        UUID mine = returnAt(london(2026, 4, 20, 9, 0));
        UUID theirs = returnAt(london(2026, 4, 20, 10, 0));
        held(theirs, london(2026, 4, 21, 10, 0).toInstant());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> set(mine, "covered_by = '" + theirs + "'"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void cohortsComeFromThePlacementTheChildWentMissingFrom() {
        LocalDate d = day(2026, 1, 5);
        int all = measures.measure(d, d, Cohort.ALL).returns();
        int home = measures.measure(d, d, Cohort.HOME).returns();
        int inArea = measures.measure(d, d, Cohort.IN_AREA).returns();
        int outOfArea = measures.measure(d, d, Cohort.OUT_OF_AREA).returns();
        ZonedDateTime back = london(2026, 1, 5, 18, 0);
        returnAt(back);
        returnAt(back, SOUTH_GLOS, SOUTH_GLOS);
        returnAt(back, SOUTH_GLOS, BRISTOL);
        returnAt(back, BRISTOL, SOUTH_GLOS);
        assertThat(measures.measure(d, d, Cohort.ALL).returns() - all).isEqualTo(4);
        assertThat(measures.measure(d, d, Cohort.HOME).returns() - home).isEqualTo(1);
        assertThat(measures.measure(d, d, Cohort.IN_AREA).returns() - inArea).isEqualTo(1);
        assertThat(measures.measure(d, d, Cohort.OUT_OF_AREA).returns() - outOfArea).isEqualTo(2);
    }

    @Test
    void managersAndAnalystsSeeTheLastCompleteMonthByDefaultAndAnalystsNoRecord() throws Exception {
        LocalDate first = LocalDate.now(ClockConfiguration.LONDON).withDayOfMonth(1).minusMonths(1);
        Dates dates = new Dates();
        String caption = "from " + dates.date(first) + " to " + dates.date(first.plusMonths(1).minusDays(1));
        assertThat(page("manager", "/return-interviews/measures")).contains(caption).contains("Offered within 72 hours")
                .contains("Download these figures (CSV)");
        assertThat(page("lead", "/return-interviews/measures")).contains(caption);
        assertThat(page("analyst", "/")).contains("href=\"/return-interviews/measures\"");
        assertThat(page("manager", "/")).contains("href=\"/return-interviews/measures\"");
        UUID offer = returnAt(london(2026, 1, 6, 10, 0));
        String analyst = page("analyst", "/return-interviews/measures?fromDay=6&fromMonth=1&fromYear=2026&toDay=6&toMonth=1&toYear=2026");
        assertThat(analyst).contains("Held within 72 hours").doesNotContain("Childname");
        assertThat(status("analyst", "/return-interviews/" + offer)).isEqualTo(403);
        assertThat(status("rhiworker", "/return-interviews/measures")).isEqualTo(403);
        assertThat(status("police", "/return-interviews/measures")).isEqualTo(403);
        assertThat(status("socialworker", "/return-interviews/measures.csv")).isEqualTo(403);
        assertThat(page("manager", "/return-interviews/" + offer)).contains("Information for the child (printable)");
    }

    @Test
    void summarisedMeasuresEqualTheMeasuresCountedFromTheRecordsForEveryCohort() {
        returnAt(london(2026, 1, 8, 9, 0));
        returnAt(london(2026, 1, 8, 11, 0), UUID.fromString(TestChildren.SOUTH_GLOUCESTERSHIRE),
                UUID.fromString("d23f0824-128b-2f33-0c5c-7fd0a6a3a450"));
        summaries.refreshAll();
        LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
        for (LocalDate[] p : List.of(new LocalDate[] {day(2026, 1, 8), day(2026, 1, 8)},
                new LocalDate[] {today.minusDays(27), today}, new LocalDate[] {today.minusYears(1), today})) {
            java.util.Map<String, Long> counts = new java.util.HashMap<>();
            summaries.sumsStartingWith(p[0], p[1], java.util.Optional.empty(), ReturnInterviewMeasures.PREFIX).forEach((f, s) -> counts.put(f, s.count()));
            for (Cohort cohort : Cohort.values()) {
                assertThat(ReturnInterviewMeasures.fromCounts(counts, cohort)).as("%s to %s, %s", p[0], p[1], cohort)
                        .isEqualTo(measures.measure(p[0], p[1], cohort));
            }
        }
    }

    @Test
    void noReturnsShowNoPercentages() throws Exception {
        assertThat(page("analyst", "/return-interviews/measures?fromDay=1&fromMonth=1&fromYear=1990&toDay=2&toMonth=1&toYear=1990&cohort=HOME"))
                .contains("At home: 0 returns from 1 January 1990 to 2 January 1990").contains("No returns");
    }

    @Test
    void badDatesOrAPeriodEndingBeforeItStartsComputeNothing() throws Exception {
        String bad = page("manager", "/return-interviews/measures?fromDay=31&fromMonth=2&fromYear=2026&toDay=&toMonth=3&toYear=2026");
        assertThat(bad).contains("There is a problem").contains("The first day of the period must be a real date")
                .contains("The last day of the period must be a real date").doesNotContain("data-testid=\"measures\"");
        String backwards = page("manager", "/return-interviews/measures?fromDay=2&fromMonth=3&fromYear=2026&toDay=1&toMonth=3&toYear=2026");
        assertThat(backwards).contains("There is a problem").contains("The last day must be the same as or after the first day")
                .doesNotContain("data-testid=\"measures\"");
        assertThat(status("manager", "/return-interviews/measures.csv?fromDay=2&fromMonth=3&fromYear=2026&toDay=1&toMonth=3&toYear=2026"))
                .isEqualTo(400);
    }

    @Test
    void theCsvHasTheSameFiguresAndNoPersonalData() throws Exception {
        LocalDate d = day(2026, 1, 7);
        int before = returns(d, d);
        returnAt(london(2026, 1, 7, 9, 0));
        summaries.refreshAll();
        MvcResult r = mvc.perform(get("/return-interviews/measures.csv?fromDay=7&fromMonth=1&fromYear=2026&toDay=7&toMonth=1&toYear=2026")
                .with(as(users, "analyst"))).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith("text/csv");
        assertThat(r.getResponse().getHeader("Content-Disposition"))
                .contains("attachment").contains("return-interview-measures-2026-01-07-to-2026-01-07-all.csv");
        String csv = r.getResponse().getContentAsString();
        assertThat(csv).startsWith("measure,count,percent of returns\r\nReturns," + (before + 1) + ",\r\n")
                .contains("Offered within 72 hours,").contains("Still open,").doesNotContain("Childname");
    }

    @Test
    void theChildsInformationIsForEverySignedInUser() throws Exception {
        for (String user : new String[] {"carer", "analyst", "rhiworker"}) {
            assertThat(page(user, "/return-interviews/about-your-chat")).contains("116 000").contains("Childline")
                    .contains("0800 1111").contains("999");
        }
    }
}

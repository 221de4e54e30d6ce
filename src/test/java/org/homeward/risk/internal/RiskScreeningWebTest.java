package org.homeward.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Dates;
import org.homeward.support.FormAnswers;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The council's risk screening: the rule, the age prompt, overrides, versions, the episode page, access, audit. */
@HomewardTest
class RiskScreeningWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    final ZonedDateTime lastSeen = ZonedDateTime.now(ClockConfiguration.LONDON).minusDays(10)
            .withHour(12).truncatedTo(ChronoUnit.HOURS);

    /** A child born on the given day. */
    UUID child(LocalDate born) {
        UUID child = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Screening', 'Tester', :born, 'F', 'LAC_CO', now(), now(), 0)""")
                .param("id", child).param("born", born).update();
        TestChildren.placeAtOakfield(jdbc, child);
        return child;
    }

    /** A child aged 15 when last seen. */
    UUID child() {
        return child(lastSeen.toLocalDate().minusYears(15));
    }

    /** An episode reported by the carer, last seen at {@code seen} and found five hours later. */
    UUID episode(UUID child, ZonedDateTime seen) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", "MISSING_FROM_CARE");
        f.put("missingFrom", "PLACEMENT");
        FormAnswers.time(f, "lastSeen", seen);
        f.put("lastSeenPlace", "Oakfield House");
        f.put("reported", "yes");
        FormAnswers.time(f, "reported", seen.plusMinutes(30));
        String url = send("carer", post("/children/" + child + "/episodes"), f).getResponse().getRedirectedUrl();
        UUID episode = UUID.fromString(url.substring("/episodes/".length()));
        Map<String, String> l = new LinkedHashMap<>();
        FormAnswers.time(l, "located", seen.plusHours(5));
        l.put("locatedWhere", "Bristol bus station");
        l.put("returnMethod", "FOUND_POLICE");
        l.put("version", String.valueOf(jdbc.sql("select version from episode where id = :e").param("e", episode)
                .query(Long.class).single()));
        assertThat(send("police", post("/episodes/" + episode + "/located"), l).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        return episode;
    }

    UUID episode(UUID child) throws Exception {
        return episode(child, lastSeen);
    }

    UUID versionInForce() {
        return jdbc.sql("""
                select id from risk_instrument_version where effective_from <= (now() at time zone 'Europe/London')::date
                 order by effective_from desc, version desc limit 1""").query(UUID.class).single();
    }

    /** Every factor of the version in force answered "not present", except those given. */
    Map<String, String> answers(Map<String, String> current) {
        UUID version = versionInForce();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("versionId", version.toString());
        for (String code : jdbc.sql("select code from risk_instrument_factor where version_id = :v order by sort_order")
                .param("v", version).query(String.class).list()) {
            f.put("answers[" + code + "]", current.containsKey(code) ? "CURRENT" : "NOT_PRESENT");
            f.put("evidence[" + code + "]", current.getOrDefault(code, ""));
        }
        f.put("childViews", "I just wanted to see my friends.");
        return f;
    }

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn();
    }

    String check(UUID episode, Map<String, String> answers) throws Exception {
        return send("socialworker", post("/episodes/" + episode + "/risk-screening/answers"), answers).getResponse()
                .getContentAsString();
    }

    /** Saves a screening agreeing with the suggested rating, or giving {@code rating} with a rationale. */
    MvcResult save(String user, UUID episode, Map<String, String> answers, String rating, String rationale) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(answers);
        f.put("agree", rating == null ? "yes" : "no");
        if (rating != null) {
            f.put("rating", rating);
            f.put("rationale", rationale);
        }
        return send(user, post("/episodes/" + episode + "/risk-screening"), f);
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn().getResponse().getStatus();
    }

    long screenings(UUID episode) {
        return jdbc.sql("select count(*) from risk_screening where episode_id = :e").param("e", episode)
                .query(Long.class).single();
    }

    @Test
    void theRuleSuggestsARatingFromCurrentFactorsAndTheirWeights() throws Exception {
        UUID episode = episode(child());
        assertThat(check(episode, answers(Map.of()))).contains("Check the suggested rating").contains("Score 0:")
                .contains(">Low<");
        assertThat(check(episode, answers(Map.of("FAMILY_CONFLICT", "Arguments with her carer the night before",
                "SUBSTANCE_MISUSE", "Cannabis use reported by school")))).contains("Score 4: medium from 4")
                .contains(">Medium<");
        assertThat(check(episode, answers(Map.of("FAMILY_CONFLICT", "Arguments", "SUBSTANCE_MISUSE", "Cannabis",
                "EXPLOITATION", "Older males giving her lifts", "RISKY_ADULTS", "Known to an adult of concern"))))
                .contains("Score 10:").contains(">High<");
        assertThat(check(episode, answers(Map.of("SELF_HARM", "Said she would hurt herself as she left"))))
                .contains("Current critical factor: Suicide or self-harm").contains(">High<");
        assertThat(screenings(episode)).isZero();
    }

    @Test
    void aChildAged12OnTheDayLastSeenIsPromptedAsHighRiskAnd13IsNot() throws Exception {
        // Thirteen today, but twelve on the day last seen: the age when last seen counts.
        UUID twelve = episode(child(lastSeen.toLocalDate().minusYears(13).plusDays(1)));
        String page = check(twelve, answers(Map.of()));
        assertThat(page).contains("was 12 when last seen. Children aged 12 or under are prompted as high risk")
                .contains("Aged 12 when last seen").contains(">High<");
        assertThat(page("socialworker", "/episodes/" + twelve + "/risk-screening/new")).contains("prompted as high risk");

        UUID thirteen = episode(child(lastSeen.toLocalDate().minusYears(13)));
        assertThat(check(thirteen, answers(Map.of()))).doesNotContain("prompted as high risk").contains(">Low<");
    }

    @Test
    void anOverrideNeedsARationaleAndNothingIsStoredWithoutOne() throws Exception {
        UUID episode = episode(child());
        Map<String, String> answers = answers(Map.of());
        assertThat(save("socialworker", episode, answers, "HIGH", " ").getResponse().getContentAsString())
                .contains("There is a problem").contains("Enter why your rating differs from the suggested rating");
        assertThat(save("socialworker", episode, answers, "LOW", "Same as suggested").getResponse().getContentAsString())
                .contains("Select a rating other than the suggested one");
        Map<String, String> noRating = new LinkedHashMap<>(answers);
        noRating.put("agree", "no");
        assertThat(send("socialworker", post("/episodes/" + episode + "/risk-screening"), noRating).getResponse()
                .getContentAsString()).contains("Select the rating you give")
                .contains("Enter why your rating differs from the suggested rating");
        Map<String, String> undecided = new LinkedHashMap<>(answers);
        assertThat(send("socialworker", post("/episodes/" + episode + "/risk-screening"), undecided).getResponse()
                .getContentAsString()).contains("Select whether you agree with the suggested rating");
        assertThat(screenings(episode)).isZero();

        assertThat(save("socialworker", episode, answers, "HIGH", "Her phone has been off since she left, unlike her")
                .getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + episode + "/risk-screening");
        assertThat(page("police", "/episodes/" + episode + "/risk-screening")).contains("Why the rating differs")
                .contains("Her phone has been off since she left, unlike her").contains("Low (score 0)");
        assertThat(jdbc.sql("select rating || '/' || suggested_rating from risk_screening where episode_id = :e")
                .param("e", episode).query(String.class).single()).isEqualTo("HIGH/LOW");
    }

    @Test
    void answersOutsideTheVersionInForceAreRefusedAndNothingIsStored() throws Exception {
        UUID episode = episode(child());
        Map<String, String> extra = answers(Map.of());
        extra.put("answers[STAR_SIGN]", "CURRENT");
        extra.put("evidence[STAR_SIGN]", "Scorpio");
        assertThat(save("socialworker", episode, extra, null, null).getResponse().getContentAsString())
                .contains("There is a problem").contains("Answer only the questions of the screening in force");

        Map<String, String> oldVersion = answers(Map.of());
        oldVersion.put("versionId", UUID.randomUUID().toString());
        assertThat(save("socialworker", episode, oldVersion, null, null).getResponse().getContentAsString())
                .contains("The screening questions changed while you were answering them");

        Map<String, String> maybe = answers(Map.of());
        maybe.put("answers[SELF_HARM]", "MAYBE");
        assertThat(save("socialworker", episode, maybe, null, null).getResponse().getContentAsString())
                .contains("Select current, historical, not known or not present for suicide or self-harm");
        assertThat(screenings(episode)).isZero();
    }

    @Test
    void everyFactorIsAnsweredAndWhatIsCurrentOrHistoricalHasEvidence() throws Exception {
        UUID episode = episode(child());
        Map<String, String> f = answers(Map.of());
        f.remove("answers[MATURITY]");
        f.put("answers[HISTORY]", "HISTORICAL");
        f.put("answers[BULLYING]", "NOT_KNOWN");
        String page = check(episode, f);
        assertThat(page).contains("Select whether maturity and general vulnerability is current, historical, not known or not present")
                .contains("Enter the evidence for previous missing episodes").contains("href=\"#answers[MATURITY]\"")
                .contains("id=\"answers[MATURITY]\"");
        assertThat(page).doesNotContain("evidence for bullying");
        f.put("answers[MATURITY]", "NOT_KNOWN");
        f.put("evidence[HISTORY]", "Missing twice last year, once overnight");
        assertThat(check(episode, f)).contains("Score 1:");
        assertThat(screenings(episode)).isZero();
    }

    @Test
    void eachEpisodeIsScreenedAfreshAndEarlierAnswersAreOnlyShown() throws Exception {
        UUID child = child();
        UUID first = episode(child, lastSeen.minusDays(3));
        assertThat(save("socialworker", first, answers(Map.of("SUBSTANCE_MISUSE", "Drunk when found")), null, null)
                .getResponse().getRedirectedUrl()).isEqualTo("/episodes/" + first + "/risk-screening");
        UUID second = episode(child);
        String form = page("socialworker", "/episodes/" + second + "/risk-screening/new");
        assertThat(form).contains("The last screening of Screening Tester was on")
                .contains("Last screening: Current. Drunk when found").doesNotContain("checked");
        assertThat(page("socialworker", "/episodes/" + second + "/risk-screening")).contains("has not been screened yet");

        assertThat(save("manager", second, answers(Map.of()), null, null).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + second + "/risk-screening");
        assertThat(save("manager", second, answers(Map.of("BULLYING", "Name-calling at school")), null, null)
                .getResponse().getRedirectedUrl()).isNotNull();
        assertThat(screenings(first)).isEqualTo(1);
        assertThat(screenings(second)).isEqualTo(2);
        assertThat(page("socialworker", "/episodes/" + second + "/risk-screening")).contains("Earlier screenings of this episode")
                .contains("Name-calling at school");
    }

    @Test
    void aNewVersionOfTheInstrumentLeavesEarlierScreeningsAsTheyWere() throws Exception {
        UUID episode = episode(child());
        UUID v1 = versionInForce();
        Map<String, String> before = answers(Map.of("FINANCES", "Owes money to older boys"));
        assertThat(save("socialworker", episode, before, null, null).getResponse().getRedirectedUrl()).isNotNull();
        int number = jdbc.sql("select max(version) + 1 from risk_instrument_version").query(Integer.class).single();

        UUID v2 = UUID.randomUUID();
        jdbc.sql("""
                insert into risk_instrument_version (id, version, title, effective_from, medium_from, high_from,
                                                     change_note, published_at, published_by)
                select :v2, :number, title, (now() at time zone 'Europe/London')::date, medium_from, high_from,
                       'Money worries reworded; online gaming added', now(), 'Test'
                  from risk_instrument_version where id = :v1""")
                .param("v2", v2).param("number", number).param("v1", v1).update();
        jdbc.sql("""
                insert into risk_instrument_factor (version_id, code, section, label, guidance, weight, critical, sort_order)
                select :v2, code, section, case code when 'FINANCES' then 'Money worries and debts' else label end,
                       guidance, weight, critical, sort_order from risk_instrument_factor where version_id = :v1
                union all
                select :v2, 'ONLINE_GAMING', 'Places and daily life', 'Online gaming', 'Gaming contacts who are a concern.',
                       1, false, 99""")
                .param("v2", v2).param("v1", v1).update();

        String earlier = page("socialworker", "/episodes/" + episode + "/risk-screening");
        assertThat(earlier).contains("version " + jdbc.sql("select version from risk_instrument_version where id = :v")
                .param("v", v1).query(Integer.class).single() + ",").contains("Financial problems")
                .contains("Owes money to older boys").doesNotContain("Money worries and debts").doesNotContain("Online gaming");
        assertThat(page("socialworker", "/episodes/" + episode + "/risk-screening/new")).contains("Money worries and debts")
                .contains("Online gaming");
        assertThat(page("admin", "/risk-screening/instrument")).contains("version " + number + ", in force from")
                .contains("Money worries reworded; online gaming added").contains("South Gloucestershire risk factors");
        assertThat(save("socialworker", episode, before, null, null).getResponse().getContentAsString())
                .contains("The screening questions changed while you were answering them");
        assertThat(screenings(episode)).isEqualTo(1);

        assertThat(save("socialworker", episode, answers(Map.of()), null, null).getResponse().getRedirectedUrl()).isNotNull();
        assertThat(jdbc.sql("select count(*) from risk_screening_answer a join risk_screening s on s.id = a.screening_id"
                        + " where s.episode_id = :e and a.version_id = :v1").param("e", episode).param("v1", v1)
                .query(Long.class).single()).isEqualTo(jdbc.sql("select count(*) from risk_instrument_factor where version_id = :v1")
                .param("v1", v1).query(Long.class).single());
    }

    @Test
    void differingPoliceAndCouncilRatingsAreShownAndAHighOneEscalates() throws Exception {
        UUID episode = episode(child());
        assertThat(send("police", post("/episodes/" + episode + "/grading"), TestEpisodes.grading("MISSING", "MEDIUM", "Known to return by morning")).getResponse().getRedirectedUrl())
                .isEqualTo("/episodes/" + episode);
        String before = page("police", "/episodes/" + episode);
        assertThat(before).contains("Council risk screening").contains("Not screened yet")
                .doesNotContain("Police and council ratings differ").doesNotContain("escalate to the named senior manager");

        assertThat(save("socialworker", episode, answers(Map.of("SELF_HARM", "Texted a friend that she would hurt herself")),
                null, null).getResponse().getRedirectedUrl()).isNotNull();
        String after = page("police", "/episodes/" + episode);
        assertThat(after).contains("Council: high risk").contains("Police and council ratings differ")
                .contains("police medium, council high").contains("High risk: escalate to the named senior manager");
        assertThat(jdbc.sql("select council_high and not police_high and raised_at is not null from risk_escalation"
                + " where episode_id = :e").param("e", episode).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aHighCouncilRatingOfAChildMissingNowRaisesAStrategyDiscussion() throws Exception {
        UUID child = child();
        UUID episode = TestEpisodes.report(mvc, users, child,
                java.time.ZonedDateTime.now(ClockConfiguration.LONDON)
                        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).minusHours(3));
        save("socialworker", episode, answers(Map.of("SELF_HARM", "Texted a friend that she would hurt herself")),
                null, null);
        assertThat(jdbc.sql("select reason from strategy_discussion where episode_id = :e").param("e", episode)
                .query(String.class).single()).isEqualTo("The council's risk screening rated the episode high risk");
    }

    @Test
    void aHighPoliceGradingAloneEscalatesAndAgreeingRatingsDoNotDiffer() throws Exception {
        UUID episode = episode(child());
        send("police", post("/episodes/" + episode + "/grading"), TestEpisodes.grading("MISSING", "HIGH", "With an adult of concern"));
        assertThat(page("socialworker", "/episodes/" + episode)).contains("High risk: escalate to the named senior manager");
        save("socialworker", episode, answers(Map.of()), "HIGH", "Agrees with the police: with an adult of concern");
        assertThat(page("socialworker", "/episodes/" + episode)).doesNotContain("Police and council ratings differ");
        assertThat(jdbc.sql("select police_high and council_high from risk_escalation where episode_id = :e")
                .param("e", episode).query(Boolean.class).single()).isTrue();
    }

    @Test
    void socialWorkersAndManagersScreenAndWholeRecordReadersView() throws Exception {
        UUID episode = episode(child());
        for (String user : List.of("police", "coordinator", "carer", "rhiworker", "analyst", "auditor", "admin")) {
            assertThat(status(user, get("/episodes/" + episode + "/risk-screening/new"))).as(user).isEqualTo(403);
            assertThat(status(user, post("/episodes/" + episode + "/risk-screening"))).as(user).isEqualTo(403);
        }
        for (String user : List.of("socialworker", "manager", "lead")) {
            assertThat(status(user, get("/episodes/" + episode + "/risk-screening/new"))).as(user).isEqualTo(200);
        }
        for (String user : List.of("police", "coordinator", "carer", "socialworker", "manager", "lead", "auditor")) {
            assertThat(status(user, get("/episodes/" + episode + "/risk-screening"))).as(user).isEqualTo(200);
        }
        for (String user : List.of("rhiworker", "analyst", "admin")) {
            assertThat(status(user, get("/episodes/" + episode + "/risk-screening"))).as(user).isEqualTo(403);
        }
        assertThat(page("police", "/episodes/" + episode + "/risk-screening")).doesNotContain("Screen the risk");
        assertThat(status("auditor", get("/risk-screening/instrument"))).isEqualTo(200);
        assertThat(status("admin", get("/risk-screening/instrument"))).isEqualTo(200);
        assertThat(status("analyst", get("/risk-screening/instrument"))).isEqualTo(403);
        assertThat(page("socialworker", "/episodes/" + episode + "/risk-screening")).contains("Screen the risk");
    }

    @Test
    void screeningsAreAuditedAndAppearInTheChildsChronology() throws Exception {
        UUID child = child();
        UUID episode = episode(child);
        save("socialworker", episode, answers(Map.of("EXPLOITATION", "Found in a car with two older men")), "HIGH",
                "Exploitation concerns are rising");
        UUID screening = jdbc.sql("select id from risk_screening where episode_id = :e").param("e", episode)
                .query(UUID.class).single();
        page("police", "/episodes/" + episode + "/risk-screening");
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_entry where record_id = :s")
                .param("s", screening).query(String.class).single()).isEqualTo("CREATE,VIEW");
        assertThat(jdbc.sql("select detail from audit_entry where record_id = :s and action = 'CREATE'")
                .param("s", screening).query(String.class).single()).isEqualTo("Rated high against a suggested low");
        assertThat(page("socialworker", "/children/" + child + "/chronology")).contains("Council risk screening: high risk")
                .contains("professional judgement: Exploitation concerns are rising")
                .contains("/episodes/" + episode + "/risk-screening");
    }

    @Test
    void theDemoPartnershipHasScreeningsThatDifferAndThatAgree() throws Exception {
        assertThat(page("police", "/episodes/5847c850-b889-55fe-a4c8-11d94277adb5")).contains("Police and council ratings differ")
                .contains("police medium, council high");
        assertThat(page("police", "/episodes/769190ed-0c97-572f-8b9a-2ac7cd9010d2")).contains("Council: high risk")
                .contains("High risk: escalate to the named senior manager").doesNotContain("Police and council ratings differ");
        assertThat(page("socialworker", "/episodes/769190ed-0c97-572f-8b9a-2ac7cd9010d2/risk-screening"))
                .contains("High (score 10)").contains("Unexplained new phone and trainers");
    }

    @Test
    void rhi06_aRiskScreeningAsksForTheChildsViewsOrWhyNotBeforeTheRating() throws Exception {
        UUID episode = episode(child());
        Map<String, String> answers = answers(Map.of());
        answers.remove("childViews");
        assertThat(check(episode, answers)).contains("There is a problem").contains("Enter the child’s views in their own words, or why they could not be obtained")
                .doesNotContain("Check the suggested rating");
        answers.put("childViews", "I was at my nan, she was poorly");
        assertThat(check(episode, answers)).contains("Check the suggested rating")
                .contains("I was at my nan, she was poorly");
        save("socialworker", episode, answers, null, null);
        assertThat(page("police", "/episodes/" + episode + "/risk-screening")).contains("The child’s views")
                .contains("I was at my nan, she was poorly");
    }

    void graded(UUID episode, String level, ZonedDateTime at) {
        jdbc.sql("""
                insert into episode_grading (id, episode_id, classification, risk_level, rationale, graded_at, graded_by_name)
                values (gen_random_uuid(), :e, 'MISSING', :level, 'From the report', :at, 'PC Priya Patel')""")
                .param("e", episode).param("level", level).param("at", java.sql.Timestamp.from(at.toInstant())).update();
    }

    @Test
    void ra06_thePolicePackCarriesThePlansInterventionsAndTheLatestAssessments() throws Exception {
        UUID child = child();
        LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
        String day = Dates.ofDay(today);
        Map<String, String> intervention = new LinkedHashMap<>(Map.of("description", "Weekly mentoring with a youth worker",
                "responsibleId", "907a70c3-1012-f037-b64c-e4228c38fb29", "reviewWeeks", "6",
                "childViews", "I like the youth worker"));
        intervention.putAll(Map.of("startedDay", String.valueOf(today.getDayOfMonth()),
                "startedMonth", String.valueOf(today.getMonthValue()), "startedYear", String.valueOf(today.getYear())));
        assertThat(send("manager", post("/children/" + child + "/plan"), intervention).getResponse().getRedirectedUrl())
                .isEqualTo("/children/" + child + "/plan");
        UUID episode = episode(child);
        save("socialworker", episode, answers(Map.of("FAMILY_CONFLICT", "Arguments with her carer",
                "SUBSTANCE_MISUSE", "Cannabis use reported by school")), null, null);
        Map<String, String> standing = new LinkedHashMap<>(Map.of("riskLevel", "HIGH", "areaRisk", "MEDIUM",
                "areaNotes", "Close to the bus station", "triggers", "Contact with her brother being stopped.",
                "plan", "Staff walk her to school.", "childViews", "Wants to see her brother."));
        standing.putAll(Map.of("assessedDay", String.valueOf(today.getDayOfMonth()),
                "assessedMonth", String.valueOf(today.getMonthValue()), "assessedYear", String.valueOf(today.getYear())));
        assertThat(send("socialworker", post("/children/" + child + "/missing-risk"), standing).getResponse()
                .getRedirectedUrl()).isEqualTo("/children/" + child + "/missing-risk");
        jdbc.sql("""
                insert into exploitation_screening (id, child_id, instrument_code, instrument_version, assessed_on,
                       recorded_at, recorded_by, recorded_by_name, contributors, total, scored_category, category,
                       analysis, panel_decision, review_due, override_rationale, panel_reason, review_owner_id)
                select gen_random_uuid(), :c, instrument_code, instrument_version, :today, now(), recorded_by,
                       recorded_by_name, contributors, total, scored_category, category, analysis, panel_decision,
                       :review, override_rationale, panel_reason, review_owner_id
                  from exploitation_screening order by recorded_at limit 1""")
                .param("c", child).param("today", today).param("review", today.plusMonths(3)).update();

        byte[] pdf = mvc.perform(get("/children/" + child + "/police-pack.pdf").with(as(users, "coordinator")))
                .andReturn().getResponse().getContentAsByteArray();
        String json = mvc.perform(get("/children/" + child + "/police-pack.json").with(as(users, "coordinator")))
                .andReturn().getResponse().getContentAsString();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String pack : List.of(text, json)) {
                assertThat(pack).contains("Missing risk-management plan: Weekly mentoring with a youth worker")
                        .contains("Council missing risk screening (latest, " + day + "): medium risk")
                        .contains("Exploitation screening (latest, " + day + "): ")
                        .contains("Risk of going missing (standing assessment of " + day + "): high")
                        .contains("Staff walk her to school.");
            }
        }
    }

    @Test
    void ra09_theRiskTrendShowsEachEpisodesLevelsDurationAndHarmDisclosed() throws Exception {
        UUID child = child();
        UUID first = episode(child, lastSeen.minusDays(30));
        UUID second = episode(child, lastSeen);
        graded(first, "LOW", lastSeen.minusDays(30).plusHours(1));
        graded(second, "HIGH", lastSeen.plusHours(1));
        save("socialworker", second, answers(Map.of("FAMILY_CONFLICT", "Arguments with her carer",
                "SUBSTANCE_MISUSE", "Cannabis use reported by school")), null, null);
        jdbc.sql("""
                insert into safe_and_well_check (id, episode_id, held_at, officer, method, harm, recorded_at)
                values (gen_random_uuid(), :e, now(), 'PC Priya Patel', 'FACE_TO_FACE', 'Bruising to her left arm', now())""")
                .param("e", second).update();
        UUID offer = jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", first)
                .query(UUID.class).single();
        jdbc.sql("""
                insert into rhi_interview (offer_id, held_at, interviewer_name, interviewer_role, interviewer_agency,
                       independent, harm, exploitation, staying_safe_given, helpline_given, child_words,
                       consent_to_share, recorded_by, recorded_at)
                values (:o, now(), 'Rhian Hughes', 'INDEPENDENT', 'Safe Return Project', true,
                        'Slept in a stairwell and was offered drugs', true, true, true, 'I was cold', false,
                        (select id from user_account where username = 'rhiworker'), now())""")
                .param("o", offer).update();

        String trend = page("socialworker", "/children/" + child + "/risk-trend");
        assertThat(trend).contains("Risk trend across episodes").contains("data-testid=\"risk-rising\"")
                .contains("Bruising to her left arm").contains("Slept in a stairwell and was offered drugs")
                .contains("5 hours").contains(">Rose<");
        String[] rows = trend.split("govuk-table__body")[1].split("</tr>");
        assertThat(rows[0]).as("latest first").contains("High").contains("Medium").contains("Bruising to her left arm");
        assertThat(rows[1]).contains("Low").contains("Not screened").contains("Slept in a stairwell");
        assertThat(page("socialworker", "/children/" + child + "/missing-risk"))
                .contains("/children/" + child + "/risk-trend");
        assertThat(page("auditor", "/children/" + child + "/risk-trend")).contains("Bruising to her left arm")
                .doesNotContain("Slept in a stairwell").contains("not shown to your role");
        assertThat(mvc.perform(get("/children/" + child + "/risk-trend").with(as(users, "carer"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}

package org.homeward.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.episode.EpisodeReported;
import org.homeward.platform.ClockConfiguration;
import org.homeward.sharing.NewShare;
import org.homeward.sharing.Share;
import org.homeward.sharing.SharingRegister;
import org.homeward.support.FormAnswers;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestShares;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** The information sharing register: by hand and automatic shares, its rules, who may see it, its exports. */
@HomewardTest
class SharingRegisterWebTest {

    static final String SOUTH_GLOS = "6513270e-269e-0d37-f2a7-4de452e6b438";
    static final String POLICE_FORCE = "9531985d-5d9d-c9f8-1818-e811892f902b";
    static final String SAM = "907a70c3-1012-f037-b64c-e4228c38fb29";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired SharingRegister register;

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    ZonedDateTime now = ZonedDateTime.now(ClockConfiguration.LONDON).truncatedTo(ChronoUnit.MINUTES);

    Map<String, String> phoneCallToSchool() {
        return TestShares.phoneCallToSchool(
                "That she was found at Bristol bus station and may be collected from school by older males", now.minusHours(2));
    }

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn();
    }

    MvcResult open(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn();
    }

    String page(String user, String path) throws Exception {
        MvcResult r = open(user, path);
        assertThat(r.getResponse().getStatus()).as(user + " " + path).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    long shares(UUID child) {
        return jdbc.sql("select count(*) from information_share where child_id = :c").param("c", child)
                .query(Long.class).single();
    }

    long refusals(UUID child, String username) {
        return jdbc.sql("select count(*) from audit_entry where action = 'REFUSED' and child_id = :c and username = :u")
                .param("c", child).param("u", username).query(Long.class).single();
    }

    long audited(String action, UUID child, String username) {
        return jdbc.sql("""
                select count(*) from audit_entry where action = :a and record_type = 'information-share'
                   and child_id = :c and username = :u""")
                .param("a", action).param("c", child).param("u", username).query(Long.class).single();
    }

    /** Reported missing by the carer to Avon and Somerset Police, last seen {@code lastSeen}. */
    UUID report(UUID child, ZonedDateTime lastSeen) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", "MISSING_FROM_CARE");
        f.put("missingFrom", "PLACEMENT");
        FormAnswers.time(f, "lastSeen", lastSeen);
        f.put("lastSeenPlace", "Oakfield House");
        f.put("reported", "yes");
        FormAnswers.time(f, "reported", lastSeen.plusMinutes(45));
        f.put("policeForceId", POLICE_FORCE);
        String url = send("carer", post("/children/" + child + "/episodes"), f).getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/episodes/");
        return UUID.fromString(url.substring("/episodes/".length()));
    }

    @Test
    void aShareRecordedByHandIsInTheRegisterWithItsLawfulBasisConsentAndEvidenceAndEveryReadIsAudited() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Hana", "Hand" + suffix, SAM);
        assertThat(page("socialworker", "/children/" + child + "/shares/new"))
                .contains("Record information shared or received").contains("Sam Okafor");
        String location = send("socialworker", post("/children/" + child + "/shares"), phoneCallToSchool())
                .getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/shares/");
        UUID id = UUID.fromString(location.substring("/shares/".length()));
        assertThat(audited("CREATE", child, "socialworker")).isEqualTo(1);

        String register = page("police", "/children/" + child + "/shares");
        assertThat(register).contains("may be collected from school by older males")
                .contains("Sam Okafor, social worker, South Gloucestershire Council")
                .contains("Jo Bell, designated safeguarding lead, Oak Vale Academy").contains("Phone")
                .contains("So the school can watch for her being collected at the gate")
                .contains("Article 6(1)(e) public task").contains("Given: She agreed her school could be told")
                .contains("Her return home interview").contains("Recorded by hand").contains(location);
        assertThat(audited("VIEW", child, "police")).isEqualTo(1);
        assertThat(page("auditor", location)).contains("Oak Vale Academy").contains("Recorded by hand by Sam Okafor");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'VIEW' and record_type = 'information-share'
                   and record_id = :id and username = 'auditor'""").param("id", id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(page("socialworker", "/children/" + child)).contains("/children/" + child + "/shares")
                .contains("Information shared");

        Map<String, String> received = phoneCallToSchool();
        received.put("direction", "RECEIVED");
        received.remove("fromAgencyId");
        received.put("fromAgency", "Oak Vale Academy");
        received.put("fromPerson", "Jo Bell, designated safeguarding lead");
        received.remove("toAgency");
        received.put("toAgencyId", SOUTH_GLOS);
        received.put("toPerson", "Sam Okafor");
        received.put("summary", "A grey car waits at the gate at home time");
        received.put("method", "SECURE_EMAIL");
        received.put("consent", "NOT_SOUGHT");
        received.put("consentDetail", "Asking her first could alert the people collecting her");
        received.put("thirdParty", "The car's partial registration");
        received.put("provenance", "Seen by a teacher on gate duty, from the school's safeguarding log");
        assertThat(page("socialworker", "/children/" + child + "/shares/new?direction=RECEIVED"))
                .contains("Record information shared or received");
        assertThat(send("socialworker", post("/children/" + child + "/shares"), received).getResponse()
                .getRedirectedUrl()).startsWith("/shares/");
        assertThat(page("manager", "/children/" + child + "/shares")).contains("Received")
                .contains("Jo Bell, designated safeguarding lead, Oak Vale Academy")
                .contains("Sam Okafor, South Gloucestershire Council").contains("The car&#39;s partial registration")
                .contains("Seen by a teacher on gate duty, from the school&#39;s safeguarding log")
                .contains("Not sought: Asking her first could alert the people collecting her");
        assertThat(shares(child)).isEqualTo(2);
    }

    @Test
    void cfg03_aShareBetweenTwoAgenciesNamesTheSharingAgreementInForceOnItsDay() throws Exception {
        String title = "Missing children protocol " + suffix;
        Map<String, String> agreement = new java.util.LinkedHashMap<>();
        agreement.put("title", title);
        agreement.put("purpose", "Police and children's social care share what each knows when a child goes missing");
        agreement.put("lawfulBasis", "UK GDPR Article 6(1)(e); Article 9(2)(g), DPA 2018 Schedule 1 paragraph 18");
        agreement.put("parties", SOUTH_GLOS);
        FormAnswers.date(agreement, "starts", now.toLocalDate().minusDays(30));
        FormAnswers.date(agreement, "review", now.toLocalDate().minusDays(31));
        String refused = send("admin", post("/admin/sharing-agreements"), agreement).getResponse().getContentAsString();
        assertThat(refused).contains("Select at least two agencies").contains("The review date must be after the start date");
        assertThat(send("socialworker", post("/admin/sharing-agreements"), agreement).getResponse().getStatus()).isEqualTo(403);
        MockHttpServletRequestBuilder create = post("/admin/sharing-agreements").param("parties", SOUTH_GLOS, POLICE_FORCE);
        FormAnswers.date(agreement, "review", now.toLocalDate().plusYears(1));
        agreement.remove("parties");
        assertThat(send("admin", create, agreement).getResponse().getRedirectedUrl()).startsWith("/admin/sharing-agreements/");
        assertThat(page("admin", "/admin/sharing-agreements")).contains(title)
                .contains("Avon and Somerset Police, South Gloucestershire Council");

        UUID child = TestChildren.add(mvc, users, "Agnes", "Agreement" + suffix, SAM);
        Map<String, String> toPolice = phoneCallToSchool();
        toPolice.remove("toAgency");
        toPolice.put("toAgencyId", POLICE_FORCE);
        toPolice.put("toPerson", "DC Ray Lane");
        String covered = send("socialworker", post("/children/" + child + "/shares"), toPolice).getResponse().getRedirectedUrl();
        assertThat(covered).as("share recorded").startsWith("/shares/");
        assertThat(page("socialworker", covered)).contains("Sharing agreement").contains(title);
        FormAnswers.time(toPolice, "shared", now.minusDays(60));
        String before = send("socialworker", post("/children/" + child + "/shares"), toPolice).getResponse().getRedirectedUrl();
        assertThat(page("socialworker", before)).contains("None recorded between these agencies on that day")
                .doesNotContain(title);
    }

    @Test
    void badAnswersAreExplainedAndNothingIsStored() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Vic", "Validation" + suffix, SAM);
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        Map<String, String> noBasis = phoneCallToSchool();
        noBasis.remove("article6");
        cases.put("Select the lawful basis for sharing under UK GDPR Article 6", noBasis);
        Map<String, String> overridden = phoneCallToSchool();
        overridden.put("consent", "OVERRIDDEN");
        overridden.remove("consentDetail");
        cases.put("Enter why consent was overridden", overridden);
        Map<String, String> notSought = phoneCallToSchool();
        notSought.put("consent", "NOT_SOUGHT");
        notSought.remove("consentDetail");
        cases.put("Enter why consent was not sought", notSought);
        Map<String, String> special = phoneCallToSchool();
        special.put("specialCategory", "yes");
        cases.put("Select the Article 9 condition for sharing special category data", special);
        Map<String, String> noSchedule = phoneCallToSchool();
        noSchedule.put("specialCategory", "yes");
        noSchedule.put("article9", "A9_2G");
        cases.put("Select the DPA 2018 Schedule 1 Part 2 condition for Article 9(2)(g)", noSchedule);
        Map<String, String> future = phoneCallToSchool();
        FormAnswers.time(future, "shared", now.plusDays(1));
        cases.put("The time it was shared must be now or in the past", future);
        Map<String, String> received = phoneCallToSchool();
        received.put("direction", "RECEIVED");
        cases.put("Enter where the information came from: who supplied it and how they knew it", received);
        Map<String, String> consentBasis = phoneCallToSchool();
        consentBasis.put("article6", "A6_1A");
        consentBasis.put("consent", "REFUSED");
        cases.put("Consent is the lawful basis only when consent was given", consentBasis);
        Map<String, String> nobody = phoneCallToSchool();
        nobody.remove("toAgency");
        cases.put("Enter who received it: choose an agency or enter its name", nobody);

        for (Map.Entry<String, Map<String, String>> c : cases.entrySet()) {
            MvcResult r = send("socialworker", post("/children/" + child + "/shares"), c.getValue());
            assertThat(r.getResponse().getStatus()).as(c.getKey()).isEqualTo(200);
            assertThat(r.getResponse().getContentAsString()).as(c.getKey()).contains("govuk-error-summary")
                    .contains(c.getKey()).contains("Error: Record information shared");
        }
        assertThat(shares(child)).isZero();
        assertThat(audited("CREATE", child, "socialworker")).isZero();
    }

    @Test
    void theRulesAreHeldByTheDatabaseToo() {
        UUID child = UUID.fromString(jdbc.sql("select id from child limit 1").query(String.class).single());
        String insert = """
                insert into information_share (id, child_id, direction, summary, from_agency, to_agency, shared_at, method,
                       purpose, article_6, special_category, article_9, schedule_1, consent, consent_detail, evidence,
                       automatic, recorded_at)
                values (gen_random_uuid(), :c, 'SHARED', 'x', 'a', 'b', now(), 'PHONE', 'p', :a6, :special, :a9, :sch1,
                        :consent, null, 'e', false, now())""";
        record Case(String a6, boolean special, String a9, String sch1, String consent) {
        }
        for (Case c : List.of(new Case("A6_1E", false, null, null, "OVERRIDDEN"),
                new Case("A6_1E", true, null, null, "GIVEN"), new Case("A6_1E", true, "A9_2G", null, "GIVEN"),
                new Case("NOPE", false, null, null, "GIVEN"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql(insert)
                    .param("c", child).param("a6", c.a6()).param("special", c.special()).param("a9", c.a9())
                    .param("sch1", c.sch1()).param("consent", c.consent()).update())).as(c.toString())
                    .isInstanceOf(org.springframework.dao.DataAccessException.class);
        }
    }

    @Test
    void thePoliceAndSocialCareAndAuditorsSeeTheRegisterAndAnalystsAdministratorsAndCarersAreRefused() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Ada", "Access" + suffix, SAM);
        for (String allowed : List.of("police", "coordinator", "socialworker", "manager", "lead", "auditor")) {
            assertThat(open(allowed, "/children/" + child + "/shares").getResponse().getStatus()).as(allowed).isEqualTo(200);
            assertThat(open(allowed, "/children/" + child + "/shares.csv").getResponse().getStatus()).as(allowed).isEqualTo(200);
        }
        for (String refused : List.of("analyst", "admin", "carer", "rhiworker")) {
            assertThat(open(refused, "/children/" + child + "/shares").getResponse().getStatus()).as(refused).isEqualTo(403);
            assertThat(open(refused, "/children/" + child + "/shares.csv").getResponse().getStatus()).as(refused).isEqualTo(403);
            // Refused by the register's role rule, or (a provider the child was never referred to) by the access guard.
            assertThat(refusals(child, refused)).as(refused).isEqualTo(2);
            assertThat(audited("VIEW", child, refused)).as(refused).isZero();
        }
        for (String allowed : List.of("police", "coordinator", "socialworker", "manager", "lead")) {
            assertThat(open(allowed, "/children/" + child + "/shares/new").getResponse().getStatus()).as(allowed).isEqualTo(200);
        }
        for (String refused : List.of("auditor", "analyst", "admin", "carer", "rhiworker")) {
            assertThat(open(refused, "/children/" + child + "/shares/new").getResponse().getStatus()).as(refused).isEqualTo(403);
            assertThat(send(refused, post("/children/" + child + "/shares"), phoneCallToSchool()).getResponse().getStatus())
                    .as(refused).isEqualTo(403);
        }
        assertThat(shares(child)).isZero();
        assertThat(page("carer", "/children/" + child)).doesNotContain("/children/" + child + "/shares");
    }

    @Test
    void aReturnInterviewWorkerRecordsSharesForTheChildrenReferredToTheirAgency() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Rhi", "Referred" + suffix, SAM);
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, now.minusDays(2), 6);
        assertThat(page("rhiworker", "/children/" + child)).contains("/children/" + child + "/shares/new");
        assertThat(open("rhiworker", "/children/" + child + "/shares/new").getResponse().getStatus()).isEqualTo(200);
        Map<String, String> f = phoneCallToSchool();
        f.put("fromAgencyId", "6b0d549b-6f03-675a-1600-a35a099950d8");
        assertThat(send("rhiworker", post("/children/" + child + "/shares"), f).getResponse().getRedirectedUrl())
                .isEqualTo("/children/" + child);
        assertThat(jdbc.sql("""
                select count(*) from information_share where child_id = :c and not automatic
                   and from_agency = 'Safe Return Project'""").param("c", child).query(Long.class).single()).isEqualTo(1);
        assertThat(open("rhiworker", "/children/" + child + "/shares").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void reportingAChildMissingRecordsThePolicePackSharedWithTheForceOnce() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Pat", "Pack" + suffix, SAM);
        UUID episode = report(child, now.minusHours(3));
        var row = jdbc.sql("""
                select from_agency, from_person, to_agency, to_agency_id, method, article_6, article_9, schedule_1,
                       consent, document_kind, automatic, source_module, source_id
                  from information_share where child_id = :c""").param("c", child).query().singleRow();
        assertThat(row).containsEntry("from_agency", "Oakfield Children's Homes").containsEntry("from_person", "Cara Jones")
                .containsEntry("to_agency", "Avon and Somerset Police").containsEntry("method", "IN_HOMEWARD")
                .containsEntry("article_6", "A6_1E").containsEntry("article_9", "A9_2G")
                .containsEntry("schedule_1", "SCH1_P2_18").containsEntry("consent", "NOT_SOUGHT")
                .containsEntry("document_kind", "POLICE_PACK").containsEntry("automatic", true)
                .containsEntry("source_id", episode);
        assertThat(page("coordinator", "/children/" + child + "/shares")).contains("Police information pack")
                .contains("To locate the child and keep them safe")
                .contains("Not sought: Seeking consent would prejudice locating the child")
                .contains("Schedule 1 paragraph 18: safeguarding of children and of individuals at risk")
                .contains("Recorded by Homeward").contains("Associates and persons of concern");

        // Heard again (a retry, a second listener run): still one share, and no second audit entry.
        UUID reportedBy = jdbc.sql("select id from user_account where username = 'carer'").query(UUID.class).single();
        tx.executeWithoutResult(s -> events.publishEvent(new EpisodeReported(episode, child,
                UUID.fromString(POLICE_FORCE), reportedBy)));
        assertThat(shares(child)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'CREATE' and record_type = 'information-share'
                   and child_id = :c""").param("c", child).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aShareFromTheSameSourceIsRecordedOnceThroughTheRegister() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Ida", "Idempotent" + suffix, SAM);
        UUID sw = UUID.fromString(SAM);
        NewShare share = new NewShare(child, NewShare.Direction.SHARED, "Placement notice", "CROSS_BORDER_NOTICE",
                null, NewShare.Party.agency(UUID.fromString(SOUTH_GLOS), null),
                NewShare.Party.named("Bristol City Council", null), Instant.now(), "SECURE_EMAIL", null,
                "To tell the host authority a child has been placed in its area", NewShare.LawfulBasis.publicTask(),
                "NOT_SOUGHT", "A statutory notification", "The placement record", null, null,
                NewShare.Source.of("crossborder-test", UUID.randomUUID()), sw);
        UUID first = tx.execute(s -> register.record(share));
        UUID second = tx.execute(s -> register.record(share));
        assertThat(second).isEqualTo(first);
        assertThat(shares(child)).isEqualTo(1);
        assertThat(register.forChild(child)).extracting(Share::toAgency)
                .containsExactly("Bristol City Council");
    }

    @Test
    void sharingASafeAndWellOutcomeIsInTheRegister() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Sal", "Safe" + suffix, SAM);
        ZonedDateTime lastSeen = now.minusDays(2);
        UUID episode = report(child, lastSeen);
        TestEpisodes.locate(mvc, users, jdbc, episode, lastSeen.plusHours(8));
        Map<String, String> check = new LinkedHashMap<>();
        FormAnswers.time(check, "held", lastSeen.plusHours(9));
        check.put("officer", "PC Priya Patel");
        check.put("method", "FACE_TO_FACE");
        check.put("disclosures", "Stayed at a flat in Easton");
        assertThat(send("police", post("/episodes/" + episode + "/safe-and-well"), check).getResponse()
                .getRedirectedUrl()).isEqualTo("/episodes/" + episode);
        UUID checkId = jdbc.sql("select id from safe_and_well_check where episode_id = :e").param("e", episode)
                .query(UUID.class).single();
        send("police", post("/episodes/" + episode + "/safe-and-well/share"), Map.of("checkId", checkId.toString(),
                "sharedWith", "Sam Okafor, South Gloucestershire Council", "method", "Secure email"));
        var row = jdbc.sql("""
                select from_agency, from_person, to_agency, method, document_id from information_share
                 where child_id = :c and document_kind = 'SAFE_AND_WELL_OUTCOME'""").param("c", child).query().singleRow();
        assertThat(row).containsEntry("from_agency", "Avon and Somerset Police").containsEntry("from_person", "PC Priya Patel")
                .containsEntry("to_agency", "Sam Okafor, South Gloucestershire Council")
                .containsEntry("method", "SECURE_EMAIL").containsEntry("document_id", checkId);
        assertThat(page("socialworker", "/children/" + child + "/shares")).contains("Safe and well check outcome")
                .contains("Secure email").contains("Safe and well check held").contains("by PC Priya Patel");
    }

    @Test
    void aReturnInterviewSummaryIsSharedWithThePoliceAndTheSocialWorkerWithTheChildsAnswerOnConsent() throws Exception {
        for (boolean consent : List.of(true, false)) {
            UUID child = TestChildren.add(mvc, users, "Ria", "Interview" + consent + suffix, SAM);
            ZonedDateTime lastSeen = now.minusDays(3);
            UUID episode = report(child, lastSeen);
            TestEpisodes.locate(mvc, users, jdbc, episode, lastSeen.plusHours(10));
            UUID offer = jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", episode)
                    .query(UUID.class).single();
            Map<String, String> f = new LinkedHashMap<>();
            FormAnswers.time(f, "held", lastSeen.plusHours(30));
            f.put("interviewerName", "Rhian Hughes");
            f.put("interviewerRole", "INDEPENDENT");
            f.put("interviewerAgency", "Safe Return Project");
            f.put("childChoseKnownWorker", "no");
            f.put("whoWith", "Two older boys from the park");
            f.put("harm", "No harm disclosed");
            f.put("exploitation", "no");
            f.put("stayingSafeGiven", "true");
            f.put("helplineGiven", "true");
            f.put("childWords", "I went to see my mum.");
            f.put("consentToShare", consent ? "yes" : "no");
            if (consent) {
                f.put("shareWith", "My social worker and the police");
            }
            f.put("supportDecision", "NONE");
            assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), f).getResponse()
                    .getStatus()).isEqualTo(302);
            List<Map<String, Object>> rows = jdbc.sql("""
                    select from_agency, from_person, to_agency, to_person, consent, consent_detail, third_party, source_id
                      from information_share where child_id = :c and document_kind = 'RHI_SUMMARY' order by to_agency""")
                    .param("c", child).query().listOfRows();
            assertThat(rows).extracting(r -> r.get("to_agency"))
                    .containsExactly("Avon and Somerset Police", "South Gloucestershire Council");
            assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("from_agency", "Safe Return Project")
                    .containsEntry("from_person", "Rhian Hughes").containsEntry("source_id", offer)
                    .containsEntry("consent", consent ? "GIVEN" : "OVERRIDDEN")
                    .containsEntry("third_party", "People the child said they were with while missing"));
            assertThat(rows.get(1)).containsEntry("to_person", "Sam Okafor");
            assertThat((String) rows.get(0).get("consent_detail"))
                    .contains(consent ? "My social worker and the police" : "The child did not agree to sharing");
            assertThat(page("police", "/children/" + child + "/shares")).contains("Return home interview summary")
                    .contains("Recorded by Homeward");
        }
    }

    @Test
    void theRegisterExportsAsCsvAndPdfWithoutPersonalDataInTheFileNameAndEachExportIsAudited() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Cass", "Export" + suffix, SAM);
        Map<String, String> f = phoneCallToSchool();
        f.put("summary", "=HYPERLINK(\"http://example.com\") that she was found, with a comma");
        send("socialworker", post("/children/" + child + "/shares"), f);
        MvcResult csv = open("manager", "/children/" + child + "/shares.csv");
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .contains("information-sharing-register-" + child.toString().substring(0, 8) + ".csv")
                .doesNotContain("Cass").doesNotContain("Export");
        String body = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body.lines().toList()).hasSize(2);
        assertThat(body).startsWith("Shared or received,What,Document,From,To,When,How,Purpose,Lawful basis,Consent,")
                .contains("\"'=HYPERLINK(\"\"http://example.com\"\") that she was found, with a comma\"")
                .contains("Jo Bell, designated safeguarding lead, Oak Vale Academy").contains("Article 6(1)(e) public task")
                .contains("Given: She agreed her school could be told").contains("Recorded by hand by Sam Okafor");
        assertThat(audited("EXPORT", child, "manager")).isEqualTo(1);

        MvcResult pdf = open("auditor", "/children/" + child + "/shares.pdf");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.getResponse().getHeader("Content-Disposition"))
                .contains("information-sharing-register-" + child.toString().substring(0, 8) + ".pdf");
        assertThat(audited("EXPORT", child, "auditor")).isEqualTo(1);
    }
}

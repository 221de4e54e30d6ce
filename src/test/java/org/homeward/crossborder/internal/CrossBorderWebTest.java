package org.homeward.crossborder.internal;

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
import org.homeward.access.Directory;
import org.homeward.crossborder.CrossBorderNoticeSent;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.MovableClock;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Cross-border notices on the real database: a placement out of area tells the host area's four
 * agencies, a missing episode both authorities, who holds the interview is agreed, findings go back.
 */
@HomewardTest
@RecordApplicationEvents
class CrossBorderWebTest {

    static final String SOUTH_GLOS = "6513270e-269e-0d37-f2a7-4de452e6b438";
    static final String BRISTOL = "d23f0824-128b-2f33-0c5c-7fd0a6a3a450";
    static final String POLICE = "9531985d-5d9d-c9f8-1818-e811892f902b";
    static final String SAFE_RETURN = "6b0d549b-6f03-675a-1600-a35a099950d8";
    static final String SAM = "907a70c3-1012-f037-b64c-e4228c38fb29";
    static final String BEA = "e20b3351-553e-402d-a644-2240b2a2511e";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired Directory directory;
    @Autowired MovableClock clock;

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    UUID child;

    @BeforeEach
    void aChild() throws Exception {
        child = TestChildren.add(mvc, users, "Casey", "Border" + suffix, SAM);
    }

    void place(String placing, String host) throws Exception {
        LocalDate start = LocalDate.now(ClockConfiguration.LONDON).minusDays(10);
        TestChildren.leaveOakfield(jdbc, child, start);
        MvcResult r = send("socialworker", post("/children/" + child + "/placements"), Map.of(
                "placementType", "FOSTER_AGENCY", "providerName", "Horizon Fostering carers",
                "providerAgencyId", TestChildren.OAKFIELD,
                "placingAuthorityId", placing, "hostAuthorityId", host, "hostPoliceForceId", POLICE,
                "startDay", String.valueOf(start.getDayOfMonth()), "startMonth", String.valueOf(start.getMonthValue()),
                "startYear", String.valueOf(start.getYear())));
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/children/" + child + "/placements");
    }

    UUID placement() {
        return jdbc.sql("select id from placement where child_id = :c and end_date is null").param("c", child)
                .query(UUID.class).single();
    }

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    /** recipient, to agency, sent, content given: for each of the child's notices of a kind. */
    List<Map<String, Object>> notices(String kind) {
        return jdbc.sql("""
                select recipient, to_agency_name, to_agency_id::text as to_agency, sent_at is not null as sent,
                       content is not null as has_content, acknowledged_at is not null as acknowledged, id::text as id
                  from crossborder_notice where child_id = :c and kind = :k order by recipient""")
                .param("c", child).param("k", kind).query().listOfRows();
    }

    Map<String, String> details() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("placingContact", "Sam Okafor, social worker, 01454 868000");
        f.put("iroContact", "Irene Owusu, IRO, 01454 868100");
        f.put("ehcPlan", "YES");
        f.put("maintainingAuthority", "South Gloucestershire Council");
        return f;
    }

    long openTasks(String kind) {
        return jdbc.sql("select count(*) from task where kind = :k and child_id = :c and status = 'OPEN'")
                .param("k", kind).param("c", child).query(Long.class).single();
    }

    @Test
    void anOutOfAreaPlacementTellsTheHostAreasFourAgenciesOnceTheDetailsAreGiven() throws Exception {
        place(SOUTH_GLOS, BRISTOL);
        UUID placement = placement();
        List<Map<String, Object>> drafts = notices("PLACEMENT");
        assertThat(drafts).extracting(n -> n.get("recipient"))
                .containsExactly("EDUCATION", "HEALTH", "HOST_AUTHORITY", "POLICE");
        assertThat(drafts).extracting(n -> n.get("to_agency_name")).containsExactly("Bristol Schools Inclusion Service",
                "Bristol Community Health", "Bristol City Council", "Avon and Somerset Police");
        assertThat(drafts).allMatch(n -> !(Boolean) n.get("sent"));
        assertThat(openTasks("XB_PLACEMENT_NOTICE")).isEqualTo(1);
        assertThat(page("manager", "/cross-border/exceptions")).contains("Border" + suffix)
                .contains("/cross-border/placements/" + placement + "/notify");

        Map<String, String> missing = details();
        missing.remove("iroContact");
        missing.remove("maintainingAuthority");
        MvcResult bad = send("socialworker", post("/cross-border/placements/" + placement + "/notify"), missing);
        assertThat(bad.getResponse().getContentAsString()).contains("govuk-error-summary")
                .contains("Enter the independent reviewing officer")
                .contains("Enter the local authority that maintains the education, health and care plan");
        assertThat(notices("PLACEMENT")).allMatch(n -> !(Boolean) n.get("has_content"));
        assertThat(jdbc.sql("select notified_at is null from crossborder_placement where placement_id = :p")
                .param("p", placement).query(Boolean.class).single()).isTrue();

        assertThat(send("bristol", post("/cross-border/placements/" + placement + "/notify"), details())
                .getResponse().getStatus()).as("only the placing authority sends it").isEqualTo(403);
        assertThat(send("socialworker", post("/cross-border/placements/" + placement + "/notify"), details())
                .getResponse().getRedirectedUrl()).isEqualTo("/cross-border/placements/" + placement + "/notify");
        assertThat(notices("PLACEMENT")).allMatch(n -> (Boolean) n.get("sent") && (Boolean) n.get("has_content"));
        assertThat(events.stream(CrossBorderNoticeSent.class).filter(e -> e.childId().equals(child)))
                .hasSize(4).allMatch(e -> e.kind().equals("PLACEMENT") && e.fromAgencyId().toString().equals(SOUTH_GLOS)
                        && !e.summary().contains("Border" + suffix) && e.sentAt() != null
                        && e.sentBy().toString().equals(SAM));
        assertThat(openTasks("XB_PLACEMENT_NOTICE")).isZero();
        assertThat(page("manager", "/cross-border/exceptions")).doesNotContain("Border" + suffix);

        String hostNotice = (String) notices("PLACEMENT").get(2).get("id");
        assertThat(page("bristol", "/cross-border/notices")).contains("/cross-border/notices/" + hostNotice);
        assertThat(page("bristol", "/cross-border/notices/" + hostNotice)).contains("Casey Border" + suffix)
                .contains("3 May 2011").contains("Looked after: full care order").contains("Irene Owusu, IRO")
                .contains("Yes, maintained by South Gloucestershire Council").contains("Acknowledge");
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = cast(:b as uuid) and link = :l")
                .param("b", BEA).param("l", "/cross-border/notices/" + hostNotice).query(Long.class).single()).isEqualTo(1);
        assertThat(page("bristol", "/cross-border/placed-in")).contains("Casey Border" + suffix)
                .contains("Awaiting acknowledgement");

        LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
        assertThat(send("socialworker", post("/placements/" + placement + "/end"), Map.of("endDay",
                String.valueOf(today.getDayOfMonth()), "endMonth", String.valueOf(today.getMonthValue()),
                "endYear", String.valueOf(today.getYear()))).getResponse().getStatus()).isEqualTo(302);
        assertThat(notices("DISCHARGE")).hasSize(4).allMatch(n -> (Boolean) n.get("sent"));
        assertThat(page("bristol", "/cross-border/placed-in")).contains("Placements ended").contains("(notified)");
    }

    @Test
    void aPlacementInTheAuthoritysOwnAreaTellsNobody() throws Exception {
        place(SOUTH_GLOS, SOUTH_GLOS);
        assertThat(jdbc.sql("select count(*) from crossborder_notice where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from crossborder_placement where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNoticeToAnAgencyNotInHomewardIsToBeSentByHandUntilMarkedSent() throws Exception {
        String host = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into agency (id, name, kind, ons_code, dfe_code)
                values (cast(:id as uuid), :name, 'LOCAL_AUTHORITY', 'E06000099', :dfe)""")
                .param("id", host).param("name", "Elsewhere Council " + suffix)
                .param("dfe", "Z" + suffix.substring(0, 2)).update();
        directory.agenciesChanged();
        place(SOUTH_GLOS, host);
        send("socialworker", post("/cross-border/placements/" + placement() + "/notify"), details());
        List<Map<String, Object>> all = notices("PLACEMENT");
        Map<String, Object> education = all.get(0);
        assertThat(education.get("to_agency")).isNull();
        assertThat((String) education.get("to_agency_name")).contains("not in Homeward");
        assertThat((Boolean) education.get("sent")).isFalse();
        String id = (String) education.get("id");
        assertThat(page("manager", "/cross-border/exceptions")).contains("/cross-border/notices/" + id);
        assertThat(send("socialworker", post("/cross-border/notices/" + id + "/sent-by-hand"), Map.of())
                .getResponse().getRedirectedUrl()).isEqualTo("/cross-border/notices/" + id);
        assertThat((Boolean) notices("PLACEMENT").get(0).get("sent")).isTrue();
        assertThat(page("manager", "/cross-border/exceptions")).doesNotContain("/cross-border/notices/" + id);
    }

    @Test
    void administratorsSayWhichEducationAndHealthAgenciesServeAnArea() throws Exception {
        assertThat(page("admin", "/cross-border/areas")).contains("Bristol Schools Inclusion Service")
                .contains("Bristol Community Health");
        assertThat(mvc.perform(get("/cross-border/areas").with(as(users, "manager"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(page("admin", "/cross-border/areas/" + BRISTOL)).contains("Agencies serving the area");
        MvcResult bad = send("admin", post("/cross-border/areas/" + BRISTOL), Map.of("educationId", POLICE));
        assertThat(bad.getResponse().getContentAsString()).contains("govuk-error-summary")
                .contains("Select an education agency from the list");
        assertThat(jdbc.sql("select count(*) from crossborder_area_agency where authority_id = cast(:b as uuid)")
                .param("b", BRISTOL).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPlacedOutChildGoingMissingTellsBothAuthoritiesAndNeedsWhoHoldsTheInterviewUntilAgreed() throws Exception {
        place(SOUTH_GLOS, BRISTOL);
        ZonedDateTime lastSeen = ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(6).truncatedTo(ChronoUnit.MINUTES);
        UUID episode = TestEpisodes.report(mvc, users, child, lastSeen);

        List<Map<String, Object>> missing = notices("MISSING");
        assertThat(missing).extracting(n -> n.get("recipient")).containsExactly("HOST_AUTHORITY", "PLACING_AUTHORITY");
        assertThat(missing).allMatch(n -> (Boolean) n.get("sent"));
        assertThat(jdbc.sql("""
                select count(*) from notification where recipient_id in (cast(:sam as uuid), cast(:bea as uuid))
                   and link like '/cross-border/notices/%' and text like '%Border' || :s || '%'""")
                .param("sam", SAM).param("bea", BEA).param("s", suffix).query(Long.class).single()).isEqualTo(2);
        assertThat(openTasks("XB_RHI_RESPONSIBILITY")).isEqualTo(1);
        assertThat(jdbc.sql("select owner_id::text from task where kind = 'XB_RHI_RESPONSIBILITY' and child_id = :c")
                .param("c", child).query(String.class).single()).isEqualTo(SAM);
        assertThat(page("manager", "/cross-border/exceptions")).contains("/cross-border/episodes/" + episode + "/return-interview");
        assertThat(page("bristol", "/cross-border/exceptions")).contains("/cross-border/episodes/" + episode + "/return-interview");
        assertThat(page("socialworker", "/children/" + child)).contains("Who holds the return home interview is not agreed");
        assertThat(page("socialworker", "/children/" + child + "/chronology")).contains("Missing notice to Bristol City Council");

        MvcResult bad = send("socialworker", post("/cross-border/episodes/" + episode + "/return-interview"),
                Map.of("responsible", "HOST"));
        assertThat(bad.getResponse().getContentAsString()).contains("govuk-error-summary").contains("Enter who agreed it and how");
        assertThat(openTasks("XB_RHI_RESPONSIBILITY")).isEqualTo(1);
        assertThat(send("police", post("/cross-border/episodes/" + episode + "/return-interview"),
                Map.of("responsible", "HOST", "agreement", "x")).getResponse().getStatus()).isEqualTo(403);

        assertThat(send("bristol", post("/cross-border/episodes/" + episode + "/return-interview"),
                Map.of("responsible", "HOST", "agreement", "Agreed by phone with Sam Okafor")).getResponse()
                .getRedirectedUrl()).isEqualTo("/cross-border/episodes/" + episode + "/return-interview");
        assertThat(openTasks("XB_RHI_RESPONSIBILITY")).isZero();
        assertThat(page("manager", "/cross-border/exceptions")).doesNotContain("/cross-border/episodes/" + episode);
        assertThat(jdbc.sql("""
                select count(*) from notification where recipient_id = cast(:m as uuid) and link = :l
                   and text like '%held by Bristol City Council'""")
                .param("m", "c6f87718-6d76-b07e-881e-d162ae2eb154")
                .param("l", "/cross-border/episodes/" + episode + "/return-interview").query(Long.class).single())
                .as("the placing authority's managers are told").isEqualTo(1);

        TestEpisodes.locate(mvc, users, jdbc, episode, lastSeen.plusHours(3));
        assertThat(notices("RETURNED")).hasSize(2).allMatch(n -> (Boolean) n.get("sent"));
        assertThat(jdbc.sql("select responsible from rhi_offer where episode_id = :e").param("e", episode)
                .query(String.class).single()).as("the offer takes the agreement").isEqualTo("HOST");
    }

    @Test
    void acknowledgingANoticeSentToAnotherAuthorityIsRefusedAndAudited() throws Exception {
        place(SOUTH_GLOS, BRISTOL);
        TestEpisodes.report(mvc, users, child, ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(2));
        String toBristol = (String) notices("MISSING").get(0).get("id");
        assertThat(page("manager", "/cross-border/exceptions")).doesNotContain("/cross-border/notices/" + toBristol);
        try {
            clock.moveTo(java.time.Instant.now().plus(java.time.Duration.ofHours(25)));
            assertThat(page("manager", "/cross-border/exceptions")).as("not acknowledged within 24 hours")
                    .contains("/cross-border/notices/" + toBristol);
        } finally {
            clock.reset();
        }

        assertThat(page("bristol", "/cross-border/notices")).contains("/cross-border/notices/" + toBristol);
        MvcResult refused = send("manager", post("/cross-border/notices/" + toBristol + "/acknowledge"), Map.of());
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).contains("govuk-error-summary")
                .contains("This notice was sent to Bristol City Council. Only Bristol City Council can acknowledge it");
        assertThat((Boolean) notices("MISSING").get(0).get("acknowledged")).isFalse();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'REFUSED' and record_type = 'cross-border-notice'
                   and record_id = cast(:n as uuid) and username = 'manager'""")
                .param("n", toBristol).query(Long.class).single()).isEqualTo(1);

        assertThat(send("bristol", post("/cross-border/notices/" + toBristol + "/acknowledge"), Map.of())
                .getResponse().getRedirectedUrl()).isEqualTo("/cross-border/notices/" + toBristol);
        assertThat((Boolean) notices("MISSING").get(0).get("acknowledged")).isTrue();
        assertThat(page("bristol", "/")).doesNotContain("/cross-border/notices/" + toBristol);
        assertThat(page("bristol", "/cross-border/notices/" + toBristol)).contains("Acknowledged").contains("Bea Bristow");
        assertThat(page("manager", "/dashboard")).contains("Cross-border notices acknowledged in time")
                .contains("Episodes with nobody agreed to hold the interview, now");
        assertThat(page("socialworker", "/cross-border/notices")).contains("/cross-border/notices/" + toBristol);
        assertThat(mvc.perform(get("/cross-border/notices/" + toBristol).with(as(users, "rhiworker"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theHostsInterviewFindingsGoBackToThePlacingAuthorityAsATrackedNotice() throws Exception {
        place(SOUTH_GLOS, BRISTOL);
        ZonedDateTime lastSeen = ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(8).truncatedTo(ChronoUnit.MINUTES);
        UUID episode = TestEpisodes.report(mvc, users, child, lastSeen);
        send("socialworker", post("/cross-border/episodes/" + episode + "/return-interview"),
                Map.of("responsible", "HOST", "agreement", "Bristol's commissioned service holds it"));
        TestEpisodes.locate(mvc, users, jdbc, episode, lastSeen.plusHours(2));
        UUID offer = jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", episode).query(UUID.class).single();
        send("manager", post("/return-interviews/" + offer + "/provider"),
                Map.of("providerAgencyId", SAFE_RETURN, "responsible", "HOST"));

        Map<String, String> interview = new LinkedHashMap<>();
        ZonedDateTime held = lastSeen.plusHours(4);
        interview.put("heldDay", String.valueOf(held.getDayOfMonth()));
        interview.put("heldMonth", String.valueOf(held.getMonthValue()));
        interview.put("heldYear", String.valueOf(held.getYear()));
        interview.put("heldTime", String.format("%02d:%02d", held.getHour(), held.getMinute()));
        interview.put("interviewerName", "Rhian Hughes");
        interview.put("interviewerRole", "INDEPENDENT");
        interview.put("interviewerAgency", "Safe Return Project");
        interview.put("childChoseKnownWorker", "no");
        interview.put("harm", "No harm disclosed");
        interview.put("exploitation", "no");
        interview.put("stayingSafeGiven", "true");
        interview.put("childWords", "I missed my friends back home.");
        interview.put("consentToShare", "yes");
        interview.put("shareWith", "Social worker");
        interview.put("supportDecision", "NONE");
        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), interview).getResponse()
                .getStatus()).isEqualTo(302);

        assertThat(openTasks("XB_RHI_FINDINGS")).isEqualTo(1);
        assertThat(page("manager", "/cross-border/exceptions")).contains("/cross-border/episodes/" + episode + "/findings");
        String form = page("rhiworker", "/cross-border/episodes/" + episode + "/findings");
        assertThat(form).contains("I missed my friends back home.").contains("Send the findings");

        MvcResult bad = send("rhiworker", post("/cross-border/episodes/" + episode + "/findings"), Map.of("findings", " "));
        assertThat(bad.getResponse().getContentAsString()).contains("govuk-error-summary")
                .contains("Enter the interview&#39;s findings for the placing authority");
        assertThat(notices("RHI_FINDINGS")).isEmpty();

        assertThat(send("rhiworker", post("/cross-border/episodes/" + episode + "/findings"),
                Map.of("findings", "Casey misses friends near home; no harm; no signs of exploitation.")).getResponse()
                .getRedirectedUrl()).isEqualTo("/cross-border/episodes/" + episode + "/findings");
        List<Map<String, Object>> findings = notices("RHI_FINDINGS");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("to_agency")).isEqualTo(SOUTH_GLOS);
        assertThat((Boolean) findings.get(0).get("sent")).isTrue();
        assertThat(openTasks("XB_RHI_FINDINGS")).isZero();
        assertThat(events.stream(CrossBorderNoticeSent.class)
                .filter(e -> e.childId().equals(child) && e.kind().equals("RHI_FINDINGS")))
                .singleElement().matches(e -> e.sentBy() != null && e.toAgencyId().toString().equals(SOUTH_GLOS));
        assertThat(page("socialworker", "/cross-border/notices/" + findings.get(0).get("id")))
                .contains("Casey misses friends near home");
        assertThat(page("rhiworker", "/cross-border/episodes/" + episode + "/findings")).contains("In time");
        assertThat(page("manager", "/cross-border/exceptions")).doesNotContain("/cross-border/episodes/" + episode + "/findings");
    }

    /** The child's row in a table, from the child's name to the end of the row. */
    static String row(String page, String name) {
        int at = page.indexOf(name);
        assertThat(at).as(name + " is listed").isNotNegative();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    static Map<String, String> interviewHeld(ZonedDateTime held) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("heldDay", String.valueOf(held.getDayOfMonth()));
        f.put("heldMonth", String.valueOf(held.getMonthValue()));
        f.put("heldYear", String.valueOf(held.getYear()));
        f.put("heldTime", String.format("%02d:%02d", held.getHour(), held.getMinute()));
        f.put("interviewerName", "Rhian Hughes");
        f.put("interviewerRole", "INDEPENDENT");
        f.put("interviewerAgency", "Safe Return Project");
        f.put("childChoseKnownWorker", "no");
        f.put("harm", "No harm disclosed");
        f.put("exploitation", "no");
        f.put("stayingSafeGiven", "true");
        f.put("childWords", "I wanted to see my mum.");
        f.put("consentToShare", "no");
        f.put("supportDecision", "NONE");
        return f;
    }

    @Test
    void theHostsRegisterSaysWhatTheNoticesSayOnceTheHostAcknowledgesItsOwn() throws Exception {
        place(SOUTH_GLOS, BRISTOL);
        send("socialworker", post("/cross-border/placements/" + placement() + "/notify"), details());
        assertThat(row(page("bristol", "/cross-border/placed-in"), "Casey Border" + suffix))
                .contains("Awaiting acknowledgement");
        String hostNotice = (String) notices("PLACEMENT").get(2).get("id");
        assertThat(send("bristol", post("/cross-border/notices/" + hostNotice + "/acknowledge"), Map.of())
                .getResponse().getRedirectedUrl()).isEqualTo("/cross-border/notices/" + hostNotice);

        assertThat(row(page("bristol", "/cross-border/placed-in"), "Casey Border" + suffix))
                .doesNotContain("Awaiting acknowledgement")
                .contains("Acknowledged by the host authority; awaiting education, health, police");
        jdbc.sql("""
                update crossborder_notice set acknowledged_at = now(), acknowledged_by = cast(:b as uuid)
                 where child_id = :c and kind = 'PLACEMENT' and acknowledged_at is null""")
                .param("b", BEA).param("c", child).update();
        assertThat(row(page("bristol", "/cross-border/placed-in"), "Casey Border" + suffix)).contains(">Acknowledged<");
    }

    @Test
    void holdingTheInterviewSettlesWhoHoldsItSoTheChildsPageNoLongerAsks() throws Exception {
        place(SOUTH_GLOS, BRISTOL);
        ZonedDateTime lastSeen = ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(8).truncatedTo(ChronoUnit.MINUTES);
        UUID episode = TestEpisodes.report(mvc, users, child, lastSeen);
        TestEpisodes.locate(mvc, users, jdbc, episode, lastSeen.plusHours(2));
        assertThat(page("socialworker", "/children/" + child)).contains("Who holds the return home interview is not agreed");
        UUID offer = jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", episode).query(UUID.class).single();
        send("manager", post("/return-interviews/" + offer + "/provider"),
                Map.of("providerAgencyId", SAFE_RETURN, "responsible", "PLACING"));

        assertThat(send("rhiworker", post("/return-interviews/" + offer + "/interview"), interviewHeld(lastSeen.plusHours(4)))
                .getResponse().getStatus()).isEqualTo(302);

        assertThat(page("socialworker", "/children/" + child)).doesNotContain("Who holds the return home interview is not agreed");
        assertThat(jdbc.sql("select rhi_responsible from crossborder_episode where episode_id = :e").param("e", episode)
                .query(String.class).single()).isEqualTo("PLACING");
        assertThat(openTasks("XB_RHI_RESPONSIBILITY")).isZero();
        assertThat(page("manager", "/cross-border/exceptions")).doesNotContain("/cross-border/episodes/" + episode + "/return-interview");
        assertThat(page("socialworker", "/cross-border/episodes/" + episode + "/return-interview"))
                .contains("Settled by the interview held");
    }
}

package org.homeward.caseaudit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.access.Directory;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.MovableClock;
import org.homeward.support.TestCouncils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A case-file audit from planning to report: the sample, each auditor's time-boxed access to the sampled
 * records only, grading with evidence gathered from the record, moderation, concerns and actions as tasks.
 */
@HomewardTest
class CaseAuditWebTest {

    static final String SAM = "907a70c3-1012-f037-b64c-e4228c38fb29";
    static final String CHILDREN_IN_CARE_TEAM = "a170b338-3926-3059-f28c-105d1fb17c23";
    static final String MORGAN = "c6f87718-6d76-b07e-881e-d162ae2eb154";
    static final String CASS = "5d0c2b8e-7a41-4f0e-9a3c-1b2e8f6d4c01";
    static final String AUDREY = "c7a2ea20-b2f1-4c94-2e05-319acb5c7427";
    static final String PARTNERSHIP_TEMPLATE = "0a7d1c1e-2f55-4d5e-9c61-3f1e6b0a0001";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired MovableClock clock;

    LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
    UUID council;
    List<UUID> repeat = new ArrayList<>();
    List<UUID> once = new ArrayList<>();

    @BeforeEach
    void cohort() {
        council = TestCouncils.add(jdbc, directory, "Audit Vale");
        for (int i = 0; i < 12; i++) {
            repeat.add(child("Rowan" + i, 2));
        }
        for (int i = 0; i < 3; i++) {
            once.add(child("Sky" + i, 1));
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    UUID child(String given, int episodes) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, ethnicity, legal_status,
                                   responsible_authority_id, allocated_worker_id, allocated_team_id, created_at, updated_at, version)
                values (:id, :given, 'Audited', date '2011-02-03', 'F', 'WBRI', 'LAC_CO', :council,
                        cast(:sam as uuid), cast(:team as uuid), now(), now(), 0)""")
                .param("id", id).param("given", given).param("council", council).param("sam", SAM)
                .param("team", CHILDREN_IN_CARE_TEAM).update();
        for (int e = 0; e < episodes; e++) {
            jdbc.sql("""
                    insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, located_at,
                                         created_at, updated_at, version)
                    values (gen_random_uuid(), :child, 'MISSING_FROM_CARE', 'HOME', now() - (:days || ' days')::interval,
                            'Bus station', now() - (:days || ' days')::interval + interval '5 hours', now(), now(), 0)""")
                    .param("child", id).param("days", 20 + 30 * e).update();
        }
        return id;
    }

    static void date(Map<String, String> f, String prefix, LocalDate d) {
        f.put(prefix + "Day", String.valueOf(d.getDayOfMonth()));
        f.put(prefix + "Month", String.valueOf(d.getMonthValue()));
        f.put(prefix + "Year", String.valueOf(d.getYear()));
    }

    MvcResult send(String user, String path, Map<String, String> answers) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(as(users, user));
        answers.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getStatus();
    }

    String page(String user, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as(users, user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    UUID plan() throws Exception {
        return plan("auditor", today);
    }

    UUID plan(String lead, LocalDate starts) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("theme", "Repeat missing " + council.toString().substring(0, 6));
        f.put("objective", "Is the partnership's response to repeat missing children timely and child-centred?");
        f.put("templateId", PARTNERSHIP_TEMPLATE);
        f.put("councilId", council.toString());
        date(f, "from", today.minusYears(1));
        date(f, "to", today);
        date(f, "starts", starts);
        date(f, "ends", today.plusDays(30));
        MvcResult planned = send(lead, "/case-audits", f);
        assertThat(planned.getResponse().getRedirectedUrl()).startsWith("/case-audits/");
        return UUID.fromString(planned.getResponse().getRedirectedUrl().substring("/case-audits/".length()));
    }

    List<UUID> sample(UUID audit) throws Exception {
        MvcResult sampled = send("auditor", "/case-audits/" + audit + "/sample",
                Map.of("cohort", "ANY", "risk", "ANY", "repeatOnly", "yes", "stratum", "NONE", "size", "10"));
        assertThat(sampled.getResponse().getRedirectedUrl()).isEqualTo("/case-audits/" + audit);
        return jdbc.sql("select child_id from case_audit_case where audit_id = :a order by position").param("a", audit)
                .query(UUID.class).list();
    }

    UUID caseOf(UUID audit, UUID child) {
        return jdbc.sql("select id from case_audit_case where audit_id = :a and child_id = :c").param("a", audit)
                .param("c", child).query(UUID.class).single();
    }

    UUID allocate(UUID audit, UUID child, String auditor, String moderator) throws Exception {
        return allocate(audit, child, auditor, moderator, "auditor");
    }

    UUID allocate(UUID audit, UUID child, String auditor, String moderator, String lead) throws Exception {
        UUID sampled = caseOf(audit, child);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("auditorId", auditor);
        f.put("moderatorId", moderator == null ? "" : moderator);
        MvcResult allocated = send(lead, "/case-audit-cases/" + sampled + "/parts", f);
        assertThat(allocated.getResponse().getRedirectedUrl()).isEqualTo("/case-audit-cases/" + sampled);
        return jdbc.sql("select id from case_audit_part where case_id = :c and auditor_id = cast(:a as uuid)")
                .param("c", sampled).param("a", auditor).query(UUID.class).single();
    }

    Map<String, String> grades(String grade, boolean submit) {
        Map<String, String> f = new LinkedHashMap<>();
        for (int n = 0; n < 8; n++) {
            f.put("lines[" + n + "].grade", grade);
            f.put("lines[" + n + "].note", "Seen in the record: line " + (n + 1));
        }
        f.put("practitionerConversation", "Sam described the work with the child's carers");
        f.put("familyFeedback", "The child said she felt listened to");
        f.put("submit", submit ? "yes" : "no");
        return f;
    }

    @Test
    void theSampleHoldsOnlyRepeatMissingChildrenOfTheCouncilAndThePractitionersAreTold() throws Exception {
        UUID audit = plan();
        List<UUID> sampled = sample(audit);
        assertThat(sampled).hasSize(10).doesNotHaveDuplicates().allMatch(repeat::contains);
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = cast(:sam as uuid) and link like '/case-audit-cases/%' and link in (select '/case-audit-cases/' || id from case_audit_case where audit_id = :a)")
                .param("sam", SAM).param("a", audit).query(Long.class).single()).isEqualTo(10);
        String page = page("auditor", "/case-audits/" + audit);
        assertThat(page).contains("10 of 10 cases asked for").contains("missing 2 or more times")
                .doesNotContain("Rowan");
        assertThat(send("auditor", "/case-audits/" + audit + "/sample", Map.of("cohort", "ANY", "risk", "ANY",
                "stratum", "NONE", "size", "3")).getResponse().getContentAsString())
                .contains("The cases for this audit have already been sampled");
    }

    @Test
    void aStratifiedSampleTakesFromEachGroup() throws Exception {
        UUID audit = plan();
        send("auditor", "/case-audits/" + audit + "/sample",
                Map.of("cohort", "ANY", "risk", "ANY", "stratum", "REPEAT", "size", "6"));
        List<String> strata = jdbc.sql("select stratum from case_audit_case where audit_id = :a").param("a", audit)
                .query(String.class).list();
        assertThat(strata).hasSize(6).containsOnly("Repeat missing", "Missing once")
                .filteredOn("Missing once"::equals).hasSize(3);
    }

    @Test
    void anAuditorWithoutStandingAccessOpensOnlyTheirSampledCasesWhileTheAuditRuns() throws Exception {
        UUID audit = plan();
        List<UUID> sampled = sample(audit);
        UUID child = sampled.get(0);
        UUID other = once.get(0);
        assertThat(status("caseauditor", "/children/" + child)).as("not allocated yet").isEqualTo(403);
        UUID part = allocate(audit, child, CASS, AUDREY);

        assertThat(status("caseauditor", "/children/" + child)).as("allocated").isEqualTo(200);
        assertThat(status("caseauditor", "/children/" + other)).as("not sampled").isEqualTo(403);
        assertThat(status("caseauditor", "/children/" + sampled.get(1))).as("sampled, given to no one").isEqualTo(403);
        assertThat(status("caseauditor", "/children/" + other + "/break-glass")).as("no break-glass").isNotEqualTo(200);
        String form = page("caseauditor", "/case-audit-parts/" + part);
        assertThat(form).contains("2 episodes in the period").contains("Ethnicity: ").contains("Grade for line 1");
        assertThat(jdbc.sql("select count(*) from audit_entry where record_id = :p and action = 'VIEW' and username = 'caseauditor'")
                .param("p", part).query(Long.class).single()).isEqualTo(1);

        clock.moveTo(today.plusDays(31).atTime(10, 0).atZone(ClockConfiguration.LONDON).toInstant());
        assertThat(status("caseauditor", "/children/" + child)).as("after the audit").isEqualTo(403);
        assertThat(status("caseauditor", "/case-audit-parts/" + part)).as("after the audit").isEqualTo(403);
        clock.moveTo(today.minusDays(1).atTime(10, 0).atZone(ClockConfiguration.LONDON).toInstant());
        assertThat(status("caseauditor", "/children/" + child)).as("before the audit").isEqualTo(403);
        clock.reset();
        assertThat(jdbc.sql("select count(*) from audit_entry where child_id = :c and action = 'REFUSED' and username = 'caseauditor'")
                .param("c", child).query(Long.class).single()).isGreaterThanOrEqualTo(3);

        send("auditor", "/case-audits/" + audit + "/issue", Map.of());
        assertThat(status("caseauditor", "/children/" + child)).as("report issued").isEqualTo(403);
        assertThat(page("auditor", "/case-audits/" + audit)).contains("Plan a re-audit");
        assertThat(page("auditor", "/case-audits/new?reaudit=" + audit)).contains("(re-audit)")
                .contains("value=\"" + council + "\" selected");
    }

    @Test
    void aPartIsGradedModeratedAndResolvedAndTheAuditorsGradesStandUnlessResolved() throws Exception {
        UUID audit = plan();
        UUID child = sample(audit).get(0);
        UUID part = allocate(audit, child, CASS, AUDREY);

        MvcResult incomplete = send("caseauditor", "/case-audit-parts/" + part, Map.of("submit", "yes"));
        assertThat(incomplete.getResponse().getContentAsString()).contains("govuk-error-summary")
                .contains("Select a grade for line 1").contains("Enter the evidence for the grade of line 1");
        Map<String, String> bad = grades("Brilliant", true);
        assertThat(send("caseauditor", "/case-audit-parts/" + part, bad).getResponse().getContentAsString())
                .contains("Select a grade from the scale");
        assertThat(send("caseauditor", "/case-audit-parts/" + part, grades("Good", true)).getResponse().getRedirectedUrl())
                .isEqualTo("/case-audit-parts/" + part);
        assertThat(send("caseauditor", "/case-audit-parts/" + part, grades("Inadequate", true)).getResponse().getStatus())
                .as("submitted: no more changes").isEqualTo(403);

        Map<String, String> moderation = new LinkedHashMap<>();
        for (int n = 0; n < 8; n++) {
            moderation.put("lines[" + n + "].moderation", n == 4 ? "DISAGREE" : "AGREE");
        }
        assertThat(send("auditor", "/case-audit-parts/" + part + "/moderation", moderation).getResponse().getContentAsString())
                .contains("Enter why you disagree with the grade of line 5");
        moderation.put("lines[4].reason", "The child's words are not in the plan");
        assertThat(send("auditor", "/case-audit-parts/" + part + "/moderation", moderation).getResponse().getRedirectedUrl())
                .isEqualTo("/case-audit-parts/" + part);
        assertThat(jdbc.sql("select status from case_audit_part where id = :p").param("p", part).query(String.class).single())
                .isEqualTo("MODERATED");

        Map<String, String> resolution = Map.of("lines[4].grade", "Requires improvement",
                "lines[4].note", "Agreed at the moderation meeting: the voice is missing from the plan");
        assertThat(send("auditor", "/case-audit-parts/" + part + "/resolution", resolution).getResponse().getRedirectedUrl())
                .isEqualTo("/case-audit-parts/" + part);
        assertThat(jdbc.sql("""
                select string_agg(coalesce(resolved_grade, grade), ',' order by l.position) from case_audit_grade g
                  join case_audit_line l on l.id = g.line_id where g.part_id = :p""").param("p", part)
                .query(String.class).single())
                .isEqualTo("Good,Good,Good,Good,Requires improvement,Good,Good,Good");
        String programme = page("auditor", "/case-audits");
        assertThat(programme).contains("Requires improvement 1");
        assertThat(page("socialworker", "/case-audit-cases/" + caseOf(audit, child))).contains("Requires improvement")
                .contains("Add context for the auditors");
    }

    @Test
    void aConcernIsATaskForTheChildsTeamAtOnceAndARecommendationIsAnActionOnItsOwnersQueue() throws Exception {
        UUID audit = plan();
        UUID child = sample(audit).get(0);
        UUID part = allocate(audit, child, CASS, null);
        assertThat(send("caseauditor", "/case-audit-parts/" + part + "/concern", Map.of("text", " "))
                .getResponse().getContentAsString()).contains("Enter the safeguarding concern");
        send("caseauditor", "/case-audit-parts/" + part + "/concern",
                Map.of("text", "An adult met at the bus station is not known to the police"));
        assertThat(jdbc.sql("""
                select count(*) from task where kind = 'CASE_AUDIT_CONCERN' and child_id = :c and high_risk
                   and owner_team_id is not null and status = 'OPEN'""").param("c", child).query(Long.class).single())
                .isEqualTo(1);

        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", "RECOMMENDATION");
        f.put("text", "Review the trusted worker of each repeat missing child");
        f.put("ownerId", MORGAN);
        date(f, "due", today.plusDays(40));
        assertThat(send("auditor", "/case-audits/" + audit + "/findings", f).getResponse().getRedirectedUrl())
                .isEqualTo("/case-audits/" + audit + "#findings");
        assertThat(page("manager", "/tasks?kind=CASE_AUDIT_ACTION")).contains("Review the trusted worker of each repeat missing child");
        assertThat(page("manager", "/case-audits/" + audit)).contains("1 open, 0 overdue");
        f.put("ownerId", "");
        assertThat(send("auditor", "/case-audits/" + audit + "/findings", f).getResponse().getContentAsString())
                .contains("Select who owns the action");
    }

    @Test
    void theReportFollowsThePartnershipAuditAndNamesNoChild() throws Exception {
        UUID audit = plan();
        UUID child = sample(audit).get(0);
        UUID part = allocate(audit, child, CASS, null);
        send("caseauditor", "/case-audit-parts/" + part, grades("Outstanding", true));
        send("auditor", "/case-audits/" + audit + "/findings",
                Map.of("kind", "STRENGTH", "text", "Young people were spoken to and their views recorded"));
        MvcResult pdf = mvc.perform(get("/case-audits/" + audit + "/report.pdf").with(as(users, "auditor"))).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Objective").contains("Key lines of enquiry").contains("Summary of findings")
                    .contains("Young people were spoken to").contains("Recommendations")
                    .contains("Outstanding 1").contains("Diversity of the children sampled").contains("Female 10")
                    .doesNotContain("Rowan").doesNotContain("Audited");
        }
        assertThat(status("analyst", "/case-audits/" + audit + "/report.pdf")).isEqualTo(200);
        assertThat(status("carer", "/case-audits/" + audit)).isEqualTo(403);
    }

    @Test
    void anAdministratorsChangeIsANewVersionAndPlannedAuditsKeepTheirs() throws Exception {
        UUID audit = plan();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", "Partnership audit " + council.toString().substring(0, 4));
        f.put("gradeScale", "Strong\nAdequate\nWeak");
        f.put("headings[0]", "Risk is identified and responded to in time");
        f.put("headings[1]", "");
        assertThat(send("admin", "/admin/case-audit-templates/" + PARTNERSHIP_TEMPLATE, f).getResponse().getRedirectedUrl())
                .isEqualTo("/admin/case-audit-templates");
        assertThat(jdbc.sql("select max(version) from case_audit_template where code = 'PARTNERSHIP'").query(Integer.class)
                .single()).isGreaterThan(1);
        assertThat(jdbc.sql("select template_id from case_audit where id = :a").param("a", audit).query(UUID.class).single())
                .hasToString(PARTNERSHIP_TEMPLATE);
        f.put("gradeScale", "Only one");
        assertThat(send("admin", "/admin/case-audit-templates/" + PARTNERSHIP_TEMPLATE, f).getResponse().getContentAsString())
                .contains("Enter from 2 to 10 grades");
        assertThat(status("auditor", "/admin/case-audit-templates")).isEqualTo(403);
        // Other tests plan with the shipped version as the latest.
        jdbc.sql("delete from case_audit_line where template_id in (select id from case_audit_template where code = 'PARTNERSHIP' and version > 1)").update();
        jdbc.sql("delete from case_audit_template where code = 'PARTNERSHIP' and version > 1").update();
    }

    UUID agency(String name, String kind) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into agency (id, name, kind) values (:id, :name, :kind)").param("id", id)
                .param("name", name + " " + id.toString().substring(0, 8)).param("kind", kind).update();
        directory.agenciesChanged();
        return id;
    }

    /** An auditor of the agency; with {@code standing}, an administrator's standing grant of this year. */
    UUID auditor(String username, String name, UUID agency, boolean standing) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, agency_id, auditor_access_from,
                                          auditor_access_until)
                values (:id, :username, :name, '{demo-password}', :agency, :from, :until)""")
                .param("id", id).param("username", username).param("name", name).param("agency", agency)
                .param("from", standing ? today.minusDays(30) : null).param("until", standing ? today.plusDays(335) : null)
                .update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, 'AUDITOR')").param("id", id).update();
        return id;
    }

    void reportedTo(List<UUID> children, UUID force) {
        jdbc.sql("update episode set police_force_id = :f where child_id = any(:c)").param("f", force)
                .param("c", children.toArray(UUID[]::new)).update();
    }

    long count(String sql, UUID audit) {
        return jdbc.sql(sql).param("a", audit).query(Long.class).single();
    }

    @Test
    void aSampleStratifiedByPoliceForceTakesInTurnFromEachAndEachAgencysPartGoesToItsAuditors() throws Exception {
        String tag = council.toString().substring(0, 6);
        UUID alpha = agency("Alpha Police", "POLICE_FORCE");
        UUID beta = agency("Beta Police", "POLICE_FORCE");
        reportedTo(repeat.subList(0, 8), alpha);
        reportedTo(repeat.subList(8, 12), beta);
        UUID ash = auditor("ash" + tag, "Ash Council", council, false);
        UUID bay = auditor("bay" + tag, "Bay Council", council, false);
        UUID cole = auditor("cole" + tag, "Cole Alpha", alpha, false);
        UUID dee = auditor("dee" + tag, "Dee Beta", beta, false);
        UUID eve = auditor("eve" + tag, "Eve Beta", beta, false);
        UUID audit = plan();

        MvcResult sampled = send("auditor", "/case-audits/" + audit + "/sample", Map.of("cohort", "ANY", "risk", "ANY",
                "stratum", "POLICE_FORCE", "size", "8", "allocate", "yes"));
        assertThat(sampled.getResponse().getRedirectedUrl()).isEqualTo("/case-audits/" + audit);

        // In turn from each group, in the order of their names: no force, Alpha, Beta, then again.
        Map<String, Long> byGroup = new LinkedHashMap<>();
        jdbc.sql("select stratum, count(*) as n from case_audit_case where audit_id = :a group by stratum order by stratum")
                .param("a", audit).query((rs, n) -> byGroup.put(rs.getString("stratum"), rs.getLong("n"))).list();
        assertThat(byGroup).hasSize(3).containsEntry("No police force recorded", 3L);
        assertThat(byGroup.entrySet()).filteredOn(e -> e.getKey().startsWith("Reported to Alpha Police"))
                .singleElement().extracting(Map.Entry::getValue).isEqualTo(3L);
        assertThat(byGroup.entrySet()).filteredOn(e -> e.getKey().startsWith("Reported to Beta Police"))
                .singleElement().extracting(Map.Entry::getValue).isEqualTo(2L);

        // Every case has the council's part; a case reported to a force has the force's part too.
        assertThat(count("select count(*) from case_audit_part where audit_id = :a", audit)).isEqualTo(13);
        Map<UUID, Long> audited = new LinkedHashMap<>();
        Map<UUID, Long> moderated = new LinkedHashMap<>();
        jdbc.sql("select auditor_id, count(*) as n from case_audit_part where audit_id = :a group by auditor_id")
                .param("a", audit).query((rs, n) -> audited.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        jdbc.sql("select moderator_id, count(*) as n from case_audit_part where audit_id = :a and moderator_id is not null group by moderator_id")
                .param("a", audit).query((rs, n) -> moderated.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        assertThat(audited).containsOnly(Map.entry(ash, 4L), Map.entry(bay, 4L), Map.entry(cole, 3L),
                Map.entry(dee, 1L), Map.entry(eve, 1L));
        assertThat(moderated).as("a second auditor of the same agency, where it has one")
                .containsOnly(Map.entry(ash, 4L), Map.entry(bay, 4L), Map.entry(dee, 1L), Map.entry(eve, 1L));
        assertThat(count("""
                select count(*) from case_audit_part p join user_account u on u.id = p.auditor_id
                 where p.audit_id = :a and u.agency_id <> p.agency_id""", audit)).as("each auditor audits their own agency's part")
                .isZero();
        assertThat(jdbc.sql("select distinct agency_id from case_audit_part where audit_id = :a").param("a", audit)
                .query(UUID.class).list()).containsExactlyInAnyOrder(council, alpha, beta);
        assertThat(count("select count(*) from case_audit_access where audit_id = :a and user_id = '" + cole + "'", audit))
                .as("the force's auditor opens only the cases reported to the force").isEqualTo(3);
        assertThat(page("auditor", "/case-audits/" + audit)).contains("the same number from each police force")
                .contains("parts allocated to each agency");
    }

    @Test
    void eachAgencysAuditorIsGivenTheirAgencysPartOfTheRecordAndTheLeadAllOfIt() throws Exception {
        UUID force = agency("Gamma Police", "POLICE_FORCE");
        String tag = council.toString().substring(0, 6);
        UUID policeAuditor = auditor("gil" + tag, "Gil Gamma", force, false);
        UUID councilAuditor = auditor("hal" + tag, "Hal Council", council, false);
        UUID audit = plan();
        UUID child = sample(audit).get(0);
        jdbc.sql("""
                insert into episode_change (episode_id, changed_at, changed_by_name, kind, summary)
                select id, last_seen_at + interval '1 hour', 'PC Gamma', 'GRADED', 'Risk graded high' from episode
                 where child_id = :c""").param("c", child).update();
        UUID police = allocate(audit, child, policeAuditor.toString(), null);
        UUID social = allocate(audit, child, councilAuditor.toString(), null);

        assertThat(page("gil" + tag, "/case-audit-parts/" + police)).contains("Risk graded high")
                .contains("2 episodes in the period; the police graded the risk of");
        assertThat(page("hal" + tag, "/case-audit-parts/" + social)).doesNotContain("Risk graded high")
                .doesNotContain("the police graded the risk").contains("0 council risk screenings recorded");
        assertThat(page("auditor", "/case-audit-cases/" + caseOf(audit, child)))
                .contains("From the record, every agency").contains("Risk graded high").contains("0 council risk screenings recorded");
    }

    @Test
    void noAuditorTheLeadIncludedOpensASampledChildBeforeTheAuditStartsOrAfterItEnds() throws Exception {
        String lead = "lead" + council.toString().substring(0, 6);
        auditor(lead, "Lee Lead", council, true);
        UUID child = repeat.get(0);
        assertThat(status(lead, "/children/" + child)).as("the standing grant, before any audit").isEqualTo(200);

        UUID audit = plan(lead, today.plusDays(3));
        send(lead, "/case-audits/" + audit + "/sample", Map.of("cohort", "ANY", "risk", "ANY", "repeatOnly", "yes",
                "stratum", "NONE", "size", "12"));
        assertThat(status(lead, "/children/" + child)).as("lead, sampled, before the audit starts").isEqualTo(403);
        assertThat(status(lead, "/case-audit-cases/" + caseOf(audit, child))).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_entry where child_id = :c and action = 'REFUSED' and username = :u")
                .param("c", child).param("u", lead).query(Long.class).single()).as("refusals audited").isEqualTo(2);
        assertThat(send(lead, "/children/" + child + "/break-glass", Map.of("reason", "I lead the audit"))
                .getResponse().getStatus()).as("no break-glass into the sample before the audit").isEqualTo(403);
        assertThat(status(lead, "/children/" + child)).isEqualTo(403);

        clock.moveTo(today.plusDays(3).atStartOfDay(ClockConfiguration.LONDON).toInstant());
        assertThat(status(lead, "/children/" + child)).as("the first day").isEqualTo(200);
        UUID part = allocate(audit, child, CASS, null, lead);
        assertThat(status("caseauditor", "/case-audit-parts/" + part)).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_entry where child_id = :c and action = 'VIEW' and username = :u")
                .param("c", child).param("u", lead).query(Long.class).single()).as("views audited").isPositive();
        clock.moveTo(today.plusDays(2).atTime(23, 59).atZone(ClockConfiguration.LONDON).toInstant());
        assertThat(status(lead, "/children/" + child)).as("lead, the last minute before the first day").isEqualTo(403);
        assertThat(status("caseauditor", "/children/" + child)).as("auditor, before the first day").isEqualTo(403);

        clock.moveTo(today.plusDays(31).atStartOfDay(ClockConfiguration.LONDON).toInstant());
        assertThat(status(lead, "/children/" + child)).as("lead, the day after the audit ends").isEqualTo(403);
        assertThat(status("caseauditor", "/children/" + child)).as("auditor, after").isEqualTo(403);
        clock.moveTo(today.plusDays(30).atTime(23, 59).atZone(ClockConfiguration.LONDON).toInstant());
        assertThat(status(lead, "/children/" + child)).as("the last minute of the last day").isEqualTo(200);
        clock.moveTo(today.plusDays(4).atTime(10, 0).atZone(ClockConfiguration.LONDON).toInstant());
        send(lead, "/case-audits/" + audit + "/issue", Map.of());
        assertThat(status(lead, "/children/" + child)).as("lead, the report issued").isEqualTo(403);
        clock.reset();
        assertThat(status(lead, "/children/" + once.get(0))).as("not sampled: the standing grant still counts")
                .isEqualTo(200);
    }
}

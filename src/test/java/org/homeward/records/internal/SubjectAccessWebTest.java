package org.homeward.records.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HomewardTest
class SubjectAccessWebTest {

    /** Jaden Smith in the demo data: episodes, interviews, screenings, a supervision with Amelia, trusted workers. */
    static final UUID JADEN = UUID.fromString("4cdd2055-930d-6eaf-14f4-733f3e7d1bfb");

    /** The demo children other than Jaden (src/main/resources/demo/V01-access-and-children.sql). */
    static final Set<String> OTHER_DEMO_CHILDREN = Set.of("57ee05cd-e009-02c7-7ebf-f20686734721",
            "9be4bcfc-49b6-4a08-72e6-cc3ababced20", "830e07bc-1e39-8f10-12bd-4acefaecbd38",
            "5790f82e-c1d3-fcff-2a3a-f4d46b0a18e8", "6bf46c69-7d2c-af82-eeea-cbe226e87555",
            "13deef86-ab10-31d0-f646-e1f40a097c97", "ca02135e-92b1-d3f2-8ede-0d7ac3baea9e");

    /**
     * Tables with a child_id column that are not in the export, each with why. Everything else that
     * names a child must be in some module's SubjectAccessSource.
     */
    static final Set<String> NOT_EXPORTED = Set.of(
            // Derived: the words of the child's names and aliases, for search; the names themselves are exported.
            "child_name_token",
            // Derived: who may open the record, worked out from the records that are exported (decision 0026).
            "involvement",
            // Derived: insight's copy of each episode's facts for the partnership's counts (decision 0029).
            "insight_episode",
            // Derived: insight's monthly and daily summaries of those facts per child (decisions 0033, 0034); they go
            // with the episodes.
            "insight_child_month",
            "insight_child_day",
            // Derived: the number insight's sets of children use for the child (decision 0034); goes with the child.
            "insight_child");

    /** Tables without a child_id column whose rows belong to the child through a parent row. */
    static final Map<String, String> NESTED = Map.ofEntries(
            Map.entry("child", "select count(*) from child where id = :c"),
            Map.entry("episode_grading", "select count(*) from episode_grading g join episode e on e.id = g.episode_id where e.child_id = :c"),
            Map.entry("episode_change", "select count(*) from episode_change g join episode e on e.id = g.episode_id where e.child_id = :c"),
            Map.entry("safe_and_well_check", "select count(*) from safe_and_well_check g join episode e on e.id = g.episode_id where e.child_id = :c"),
            Map.entry("rhi_attempt", "select count(*) from rhi_attempt a join rhi_offer o on o.id = a.offer_id where o.child_id = :c"),
            Map.entry("rhi_interview", "select count(*) from rhi_interview a join rhi_offer o on o.id = a.offer_id where o.child_id = :c"),
            Map.entry("rhi_factor", "select count(*) from rhi_factor a join rhi_offer o on o.id = a.offer_id where o.child_id = :c"),
            Map.entry("rhi_action", "select count(*) from rhi_action a join rhi_offer o on o.id = a.offer_id where o.child_id = :c"),
            Map.entry("risk_screening_answer", "select count(*) from risk_screening_answer a join risk_screening s on s.id = a.screening_id where s.child_id = :c"),
            Map.entry("exploitation_answer", "select count(*) from exploitation_answer a join exploitation_screening s on s.id = a.screening_id where s.child_id = :c"),
            Map.entry("meeting_action", "select count(*) from meeting_action a join missing_meeting m on m.id = a.meeting_id where m.child_id = :c"),
            Map.entry("intervention_review", "select count(*) from intervention_review r join intervention i on i.id = r.intervention_id where i.child_id = :c"),
            Map.entry("case_audit_grade", "select count(*) from case_audit_grade g join case_audit_part p on p.id = g.part_id where p.child_id = :c"),
            Map.entry("supervision_action", "select count(*) from supervision_action a join supervision_child s on s.supervision_id = a.supervision_id where s.child_id = :c"));

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    void recordRequest(UUID child) throws Exception {
        mvc.perform(post("/children/" + child + "/subject-access").with(csrf()).with(as(users, "manager"))
                        .param("requesterKind", "CHILD").param("requesterName", "Jaden Smith")
                        .param("receivedDay", "1").param("receivedMonth", "12").param("receivedYear", "2026")
                        .param("identityChecked", "yes"))
                .andExpect(status().is3xxRedirection());
    }

    long count(String sql, UUID child) {
        return jdbc.sql(sql).param("c", child).query(Long.class).single();
    }

    List<String> childIdTables() {
        return jdbc.sql("""
                select c.table_name from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = current_schema() and c.column_name = 'child_id' and t.table_type = 'BASE TABLE'
                 order by c.table_name""").query(String.class).list();
    }

    @Test
    void theJsonExportHoldsEveryRecordOfEveryModuleAboutTheChildAndIsAudited() throws Exception {
        recordRequest(JADEN);
        long exportsBefore = count("select count(*) from audit_entry where child_id = :c and action = 'EXPORT' "
                + "and detail = 'Subject access export (JSON)'", JADEN);
        MockHttpServletResponse response = mvc.perform(get("/children/" + JADEN + "/subject-access.json")
                        .with(as(users, "manager")))
                .andExpect(status().isOk()).andReturn().getResponse();
        long auditAfter = count("select count(*) from audit_entry where child_id = :c", JADEN);
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"subject-access-4cdd2055.json\"");
        JsonNode export = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(export.get("childName").asString()).isEqualTo("Jaden Smith");

        Map<String, Integer> exported = new HashMap<>();
        Map<String, Boolean> thirdParty = new HashMap<>();
        for (JsonNode section : export.get("sections")) {
            exported.merge(section.get("source").asString(), section.get("records").size(), Integer::sum);
            thirdParty.put(section.get("source").asString(), section.get("thirdParty").asBoolean());
        }
        assertThat(childIdTables()).contains("child_alias", "episode", "supervision_child", "audit_entry",
                "subject_access_request");
        for (String table : childIdTables()) {
            if (NOT_EXPORTED.contains(table)) {
                continue;
            }
            assertThat(exported).as("the table %s names a child: some module's SubjectAccessSource must export it",
                    table).containsKey(table);
            long expected = table.equals("audit_entry")
                    ? auditAfter - 1 // the export's own entry is written after the record is read
                    : count("select count(*) from " + table + " where child_id = :c", JADEN);
            assertThat(exported.get(table)).as("records of %s", table).isEqualTo((int) expected);
        }
        NESTED.forEach((table, sql) -> {
            try {
                assertThat(exported.get(table)).as("records of %s", table).isEqualTo((int) count(sql, JADEN));
            } catch (RuntimeException e) {
                throw new AssertionError(table, e);
            }
        });
        assertThat(exported.get("episode")).isPositive();
        assertThat(exported.get("rhi_interview")).isPositive();
        assertThat(exported.get("supervision_child")).isPositive();
        assertThat(thirdParty).containsEntry("child_associate", true).containsEntry("supervision_child", true)
                .containsEntry("episode", false);
        assertThat(count("select count(*) from audit_entry where child_id = :c and action = 'EXPORT' "
                + "and detail = 'Subject access export (JSON)'", JADEN)).isEqualTo(exportsBefore + 1);

        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Dean Marsh").contains("[another child]").contains("Sam Okafor");
        assertNothingAboutOtherChildren(text);
    }

    @Test
    void thePdfExportIsReadableMarksThirdPartyInformationAndNamesNoOtherChild() throws Exception {
        recordRequest(JADEN);
        MockHttpServletResponse response = mvc.perform(get("/children/" + JADEN + "/subject-access.pdf")
                        .with(as(users, "lead")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"subject-access-4cdd2055.pdf\"").doesNotContain("Jaden");
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Subject access export").contains("Jaden Smith")
                    .contains("Third-party information: review and redact before release")
                    .contains("Return home interviews").contains("Audit trail").contains("Dean Marsh");
            assertNothingAboutOtherChildren(text);
        }
        assertThat(count("select count(*) from audit_entry where child_id = :c and action = 'EXPORT' "
                + "and detail = 'Subject access export (PDF)' and username = 'lead'", JADEN)).isPositive();
    }

    void assertNothingAboutOtherChildren(String text) {
        List<Map<String, Object>> others = jdbc.sql("select id, given_names, family_name from child where id <> :c")
                .param("c", JADEN).query().listOfRows();
        assertThat(others).isNotEmpty();
        for (Map<String, Object> other : others) {
            String given = (String) other.get("given_names");
            assertThat(text).doesNotContain(other.get("id").toString())
                    .doesNotContain(given + " " + other.get("family_name"));
            // The other demo children's first names too (other tests' children have names that are also words).
            if (OTHER_DEMO_CHILDREN.contains(other.get("id").toString())) {
                assertThat(Pattern.compile("\\b" + Pattern.quote(given) + "\\b").matcher(text).find())
                        .as("%s appears", given).isFalse();
            }
        }
    }

    @Test
    void aRequestIsDueOneCalendarMonthAfterItWasReceived() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Ffion", "Subject-Access");
        mvc.perform(post("/children/" + child + "/subject-access").with(csrf()).with(as(users, "manager"))
                        .param("requesterKind", "REPRESENTATIVE").param("requesterName", "Bristol Law Centre")
                        .param("authority", "Signed authority from the young person")
                        .param("receivedDay", "31").param("receivedMonth", "1").param("receivedYear", "2026")
                        .param("identityChecked", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select due_on from subject_access_request where child_id = :c").param("c", child)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 2, 28));
        String page = mvc.perform(get("/children/" + child + "/subject-access").with(as(users, "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bristol Law Centre").contains("28 February 2026")
                .contains("/children/" + child + "/subject-access.pdf");
        assertThat(count("select count(*) from audit_entry where child_id = :c and action = 'CREATE' "
                + "and record_type = 'subject_access_request'", child)).isEqualTo(1);
        // Past its due date and not answered: overdue, and on the recorder's work queue until the response is sent.
        assertThat(page).contains("Overdue").contains("Record the response as sent today");
        assertThat(jdbc.sql("""
                select count(*) from task t join user_account u on u.id = t.owner_id
                 where t.child_id = :c and t.kind = 'SUBJECT_ACCESS' and t.status = 'OPEN' and u.username = 'manager'
                   and t.due_at = timestamptz '2026-03-01 00:00:00 Europe/London'""")
                .param("c", child).query(Long.class).single()).isEqualTo(1);
        UUID request = jdbc.sql("select id from subject_access_request where child_id = :c").param("c", child)
                .query(UUID.class).single();
        mvc.perform(post("/children/" + child + "/subject-access/" + request + "/responded").with(csrf())
                        .with(as(users, "lead")))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from task where child_id = :c and kind = 'SUBJECT_ACCESS' and status = 'DONE'",
                child)).isEqualTo(1);
        String answered = mvc.perform(get("/children/" + child + "/subject-access").with(as(users, "manager")))
                .andReturn().getResponse().getContentAsString();
        assertThat(answered).contains("Sent ").contains("by Lesley Grant").doesNotContain("Overdue");
    }

    @Test
    void anIncompleteRequestIsRefusedWithAnErrorSummaryAndNothingIsRecorded() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Gwen", "Subject-Access");
        String future = LocalDate.now(ZoneId.of("Europe/London")).plusDays(2).toString();
        String page = mvc.perform(post("/children/" + child + "/subject-access").with(csrf()).with(as(users, "manager"))
                        .param("requesterKind", "REPRESENTATIVE").param("requesterName", " ")
                        .param("receivedDay", future.substring(8)).param("receivedMonth", future.substring(5, 7))
                        .param("receivedYear", future.substring(0, 4)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Enter the name of the person who asked")
                .contains("Enter the authority they have to act")
                .contains("Date the request was received must be today or in the past")
                .contains("Confirm that you have checked the identity of the person who asked");
        assertThat(count("select count(*) from subject_access_request where child_id = :c", child)).isZero();
        mvc.perform(get("/children/" + child + "/subject-access.json").with(as(users, "manager")))
                .andExpect(status().isConflict());
    }

    @Test
    void theChildsPageLinksManagersToSubjectAccess() throws Exception {
        assertThat(mvc.perform(get("/children/" + JADEN).with(as(users, "manager"))).andReturn().getResponse()
                .getContentAsString()).contains("/children/" + JADEN + "/subject-access");
        assertThat(mvc.perform(get("/children/" + JADEN).with(as(users, "socialworker"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/subject-access");
    }

    @Test
    void onlyTeamAndSeniorManagersHandleSubjectAccess() throws Exception {
        long refusals = count("select count(*) from audit_entry where child_id = :c and action = 'REFUSED' "
                + "and record_type = 'subject_access_request'", JADEN);
        for (String username : new String[] {"socialworker", "police", "carer", "rhiworker", "analyst", "auditor",
                "admin"}) {
            mvc.perform(get("/children/" + JADEN + "/subject-access").with(as(users, username)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/children/" + JADEN + "/subject-access.json").with(as(users, username)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/children/" + JADEN + "/subject-access.pdf").with(as(users, username)))
                    .andExpect(status().isForbidden());
        }
        assertThat(count("select count(*) from audit_entry where child_id = :c and action = 'REFUSED' "
                + "and record_type = 'subject_access_request'", JADEN)).isEqualTo(refusals + 21);
        String home = mvc.perform(get("/").with(as(users, "manager"))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("/records/retention");
    }
}

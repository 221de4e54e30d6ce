package org.homeward.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Supervision records: who may read them, what a valid one needs, and the audit of every read. */
@HomewardTest
class SupervisionWebTest {

    static final String SOUTH_GLOS = "6513270e-269e-0d37-f2a7-4de452e6b438";
    static final String SAM = "907a70c3-1012-f037-b64c-e4228c38fb29";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String otherWorker = "sw" + suffix;
    String otherManager = "tm" + suffix;

    @BeforeEach
    void colleagues() {
        addUser(otherWorker, "Olu Other", "SOCIAL_WORKER");
        addUser(otherManager, "Tam Other", "TEAM_MANAGER");
    }

    void addUser(String username, String name, String role) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, agency_id)
                values (:id, :username, :name, '{demo-password}', cast(:agency as uuid))""")
                .param("id", id).param("username", username).param("name", name).param("agency", SOUTH_GLOS).update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", id).param("role", role).update();
    }

    Map<String, String> valid(UUID child) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("superviseeId", SAM);
        f.put("kind", "CASE");
        date(f, "held", today.minusDays(1));
        f.put("childIds", child.toString());
        f.put("discussion", "Three episodes this month; she trusts her youth worker.");
        f.put("actions[0].action", "Ask the youth worker to join the next meeting");
        f.put("actions[0].ownerId", SAM);
        date(f, "actions[0].due", today.plusDays(7));
        date(f, "next", today.plusDays(27));
        return f;
    }

    static void date(Map<String, String> f, String prefix, LocalDate d) {
        f.put(prefix + "Day", String.valueOf(d.getDayOfMonth()));
        f.put(prefix + "Month", String.valueOf(d.getMonthValue()));
        f.put(prefix + "Year", String.valueOf(d.getYear()));
    }

    MvcResult send(String user, Map<String, String> answers) throws Exception {
        var request = post("/supervision").with(csrf()).with(as(users, user));
        answers.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    MvcResult open(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn();
    }

    long audited(String action, UUID record, UUID child, String username) {
        return jdbc.sql("""
                select count(*) from audit_entry where action = :action and record_type = 'supervision'
                   and record_id = :record and child_id = :child and username = :user""")
                .param("action", action).param("record", record).param("child", child).param("user", username)
                .query(Long.class).single();
    }

    @Test
    void onlyTheSupervisorTheSuperviseeAndSeniorManagersReadASupervisionAndEveryReadIsAudited() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Sasha", "Supervised" + suffix, SAM);
        String location = send("manager", valid(child)).getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/supervision/");
        UUID id = UUID.fromString(location.substring("/supervision/".length()));
        assertThat(audited("CREATE", id, child, "manager")).isEqualTo(1);

        for (String allowed : List.of("manager", "socialworker", "lead")) {
            MvcResult r = open(allowed, location);
            assertThat(r.getResponse().getStatus()).as(allowed).isEqualTo(200);
            assertThat(r.getResponse().getContentAsString()).contains("she trusts her youth worker")
                    .contains("Ask the youth worker to join the next meeting").contains("Sasha Supervised");
            assertThat(audited("VIEW", id, child, allowed)).as(allowed).isEqualTo(1);
        }
        for (String refused : List.of(otherWorker, otherManager, "police", "auditor", "carer", "analyst")) {
            assertThat(open(refused, location).getResponse().getStatus()).as(refused).isEqualTo(403);
            assertThat(audited("REFUSED", id, child, refused)).as(refused).isEqualTo(1);
            assertThat(audited("VIEW", id, child, refused)).as(refused).isZero();
        }
        assertThat(open("socialworker", "/supervision").getResponse().getContentAsString()).contains(location)
                .contains("Morgan Reid (your supervisor)");
        assertThat(open(otherManager, "/supervision").getResponse().getContentAsString()).doesNotContain(location);
        assertThat(open("lead", "/supervision").getResponse().getContentAsString()).contains(location);
    }

    @Test
    void theChronologyShowsOnlyThatACaseSupervisionDiscussedTheChild() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Chris", "Chronology" + suffix, SAM);
        String location = send("manager", valid(child)).getResponse().getRedirectedUrl();
        String chronology = open("police", "/children/" + child + "/chronology").getResponse().getContentAsString();
        assertThat(chronology).contains("Case supervision").contains(location)
                .doesNotContain("she trusts her youth worker").doesNotContain("Ask the youth worker");
    }

    @Test
    void onlyManagersRecordSupervisionsAndARefusalIsAudited() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Rory", "Refused" + suffix, SAM);
        assertThat(open("socialworker", "/supervision/new").getResponse().getStatus()).isEqualTo(403);
        assertThat(send("police", valid(child)).getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'REFUSED' and record_type = 'supervision'
                   and username in ('socialworker', 'police')""").query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(open("manager", "/supervision/new").getResponse().getContentAsString())
                .contains("Who did you supervise?").contains("Sam Okafor").doesNotContain("Bea Bristow");
        assertThat(open("manager", "/supervision/new?supervisee=e20b3351-553e-402d-a644-2240b2a2511e").getResponse()
                .getContentAsString()).contains("Select who was supervised");
        assertThat(open("manager", "/supervision/new?supervisee=someone").getResponse().getContentAsString())
                .contains("govuk-error-summary").contains("Select who was supervised");
        assertThat(open("manager", "/supervision/new?supervisee=" + SAM).getResponse().getContentAsString())
                .contains("Rory Refused" + suffix).contains("Save the supervision");
    }

    @Test
    void badAnswersAreExplainedAndNothingIsStored() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Vic", "Validation" + suffix, SAM);
        long before = jdbc.sql("select count(*) from supervision").query(Long.class).single();

        Map<String, String> noSupervisee = valid(child);
        noSupervisee.remove("superviseeId");
        assertThat(send("manager", noSupervisee).getResponse().getContentAsString())
                .contains("govuk-error-summary").contains("Select who was supervised");

        Map<String, String> f = valid(child);
        f.remove("childIds");
        f.remove("actions[0].ownerId");
        f.remove("actions[0].dueDay");
        f.remove("actions[0].dueMonth");
        f.remove("actions[0].dueYear");
        date(f, "next", today.minusDays(2));
        String page = send("manager", f).getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary")
                .contains("Select at least one child discussed in a case supervision")
                .contains("Select who owns action 1").contains("Enter when action 1 is due")
                .contains("The next supervision must be after this one");

        Map<String, String> future = valid(child);
        date(future, "held", today.plusDays(1));
        assertThat(send("manager", future).getResponse().getContentAsString())
                .contains("The date of the supervision cannot be in the future");

        Map<String, String> reflective = valid(child);
        reflective.put("kind", "REFLECTIVE");
        reflective.remove("childIds");
        reflective.put("actions[0].ownerId", jdbc.sql("select id from user_account where username = 'police'")
                .query(UUID.class).single().toString());
        assertThat(send("manager", reflective).getResponse().getContentAsString())
                .contains("Select who owns action 1");

        assertThat(jdbc.sql("select count(*) from supervision").query(Long.class).single()).isEqualTo(before);
        reflective.put("actions[0].ownerId", SAM);
        assertThat(send("manager", reflective).getResponse().getRedirectedUrl()).startsWith("/supervision/");
    }
}

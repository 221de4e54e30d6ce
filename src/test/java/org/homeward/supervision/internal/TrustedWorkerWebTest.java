package org.homeward.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Csv;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The child's trusted worker, every change kept, the count over 12 months and the continuity report. */
@HomewardTest
class TrustedWorkerWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
    String family = "Trusted" + UUID.randomUUID().toString().substring(0, 6);

    Map<String, String> worker(String name, LocalDate starts, String reason) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("personName", name);
        f.put("personRole", "Youth worker");
        f.put("agency", "Youth Service");
        f.put("startDay", String.valueOf(starts.getDayOfMonth()));
        f.put("startMonth", String.valueOf(starts.getMonthValue()));
        f.put("startYear", String.valueOf(starts.getYear()));
        f.put("childView", "I talk to " + name + " because they listen");
        if (reason != null) {
            f.put("reason", reason);
        }
        return f;
    }

    MvcResult send(String user, UUID child, Map<String, String> answers) throws Exception {
        var request = post("/children/" + child + "/trusted-worker").with(csrf()).with(as(users, user));
        answers.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getContentAsString();
    }

    int changesShown(UUID child) throws Exception {
        String page = page("socialworker", "/children/" + child + "/trusted-worker");
        String marker = "data-testid=\"changes-in-last-year\">";
        int at = page.indexOf(marker) + marker.length();
        return Integer.parseInt(page.substring(at, page.indexOf('<', at)).strip());
    }

    @Test
    void aChangeExactly12MonthsAgoCountsAndOneADayEarlierDoesNot() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Tia", family);
        assertThat(send("socialworker", child, worker("Jo First", today.minusYears(2), null)).getResponse()
                .getRedirectedUrl()).isEqualTo("/children/" + child + "/trusted-worker");
        assertThat(changesShown(child)).isZero();
        send("socialworker", child, worker("Kim Second", today.minusMonths(12).minusDays(1), "Jo left the service"));
        assertThat(changesShown(child)).isZero();
        send("socialworker", child, worker("Lee Third", today.minusMonths(12), "Kim moved to another area"));
        assertThat(changesShown(child)).isEqualTo(1);
        send("manager", child, worker("Max Fourth", today, "Tia asked for a worker she already knew"));
        assertThat(changesShown(child)).isEqualTo(2);

        String record = page("police", "/children/" + child);
        assertThat(record).contains("Max Fourth, Youth worker, Youth Service").contains("2 changes in the last 12 months");
        String history = page("police", "/children/" + child + "/trusted-worker");
        assertThat(history).contains("Kim moved to another area").contains("First named")
                .contains("I talk to Max Fourth because they listen").doesNotContain("Change the trusted worker");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where record_type = 'trusted-worker' and child_id = :c
                   and action in ('CREATE', 'CHANGE')""").param("c", child).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where record_type = 'trusted-worker' and child_id = :c
                   and action = 'VIEW' and username = 'police'""").param("c", child).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aWorkerWhoUsesHomewardIsNamedFromTheDirectory() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Uma", family);
        Map<String, String> f = worker("", today.minusDays(3), null);
        f.put("agency", "");
        f.put("userId", "7f150524-34b9-b5df-9e77-69b10f4205b4");
        f.put("personRole", "Return home interview worker");
        send("socialworker", child, f);
        assertThat(page("socialworker", "/children/" + child))
                .contains("Rhian Hughes, Return home interview worker, Safe Return Project");
    }

    @Test
    void badAnswersAreRefusedClearlyAndNothingIsStored() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Bea", family);
        Map<String, String> noName = worker("", today.plusDays(1), null);
        noName.put("childView", "");
        String page = send("socialworker", child, noName).getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary")
                .contains("Enter the trusted worker’s name, or choose someone who uses Homeward")
                .contains("The start date cannot be in the future")
                .contains("Enter the child’s view: the trusted worker is chosen with the child");
        send("socialworker", child, worker("Jo First", today.minusDays(30), null));
        assertThat(send("socialworker", child, worker("Kim Second", today, null)).getResponse().getContentAsString())
                .contains("Enter why the trusted worker is changing");
        assertThat(send("socialworker", child, worker("Kim Second", today.minusDays(31), "Jo left"))
                .getResponse().getContentAsString())
                .contains("The start date cannot be before the current trusted worker started");
        assertThat(send("police", child, worker("Kim Second", today, "Jo left")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from trusted_worker where child_id = :c").param("c", child)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where record_type = 'trusted-worker' and child_id = :c
                   and action = 'REFUSED' and username = 'police'""").param("c", child).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theContinuityReportNamesChildrenToManagersAndGivesAnalystsCountsOnly() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Ray", family);
        send("socialworker", child, worker("Jo First", today.minusMonths(6), null));
        send("socialworker", child, worker("Kim Second", today.minusMonths(4), "Jo left"));
        send("socialworker", child, worker("Lee =Third", today.minusMonths(1), "Kim, off sick"));

        assertThat(page("police", "/children/4cdd2055-930d-6eaf-14f4-733f3e7d1bfb"))
                .contains("Rhian Hughes, Return home interview worker, Safe Return Project")
                .contains("2 changes in the last 12 months");
        String report = page("manager", "/reports/trusted-worker-continuity");
        assertThat(report).contains("consistent relationship with one trusted worker").contains("Ray " + family);
        String csv = mvc.perform(get("/reports/trusted-worker-continuity.csv").with(as(users, "lead"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(csv).startsWith("child,record number,trusted worker,role,agency,since,changes from "
                + today.minusMonths(12) + " to " + today + "\r\n")
                .contains("Ray " + family + "," + child + ",Lee =Third,Youth worker,Youth Service,"
                        + today.minusMonths(1) + ",2\r\n");

        String analyst = page("analyst", "/reports/trusted-worker-continuity");
        assertThat(analyst).contains("Children by number of changes").doesNotContain(family).doesNotContain("Lee =Third");
        String counts = mvc.perform(get("/reports/trusted-worker-continuity.csv").with(as(users, "analyst")))
                .andReturn().getResponse().getContentAsString();
        assertThat(counts).startsWith("changes from " + today.minusMonths(12) + " to " + today + ",children\r\n")
                .contains("\r\n2,").contains("3 or more,").doesNotContain(family);

        for (String refused : new String[] {"socialworker", "police", "auditor", "carer"}) {
            assertThat(mvc.perform(get("/reports/trusted-worker-continuity").with(as(users, refused))).andReturn()
                    .getResponse().getStatus()).as(refused).isEqualTo(403);
        }
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreDisarmed() {
        assertThat(new Csv().row("=HYPERLINK(\"x\")", "a,b", 3, "-1").toString())
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",\"a,b\",3,'-1\r\n");
    }
}

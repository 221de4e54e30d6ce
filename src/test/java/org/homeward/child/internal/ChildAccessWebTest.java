package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Role × action: who may do what to a child's record, answered by the access policy. */
@HomewardTest
class ChildAccessWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    /** Jaden Smith: the demo's return interview offers for him are assigned to the Safe Return Project. */
    static final UUID REFERRED = UUID.fromString("4cdd2055-930d-6eaf-14f4-733f3e7d1bfb");

    UUID child;

    /** A child of South Gloucestershire, placed at Oakfield House, never referred for a return interview. */
    @BeforeEach
    void aChild() throws Exception {
        child = TestChildren.add(mvc, users, "Ava", "Matrix");
    }

    Map<String, MockHttpServletRequestBuilder> actions() {
        Map<String, MockHttpServletRequestBuilder> a = new LinkedHashMap<>();
        a.put("find", get("/children"));
        a.put("search", post("/children/search").with(csrf()).param("q", "Smith"));
        a.put("view", get("/children/" + child));
        a.put("referred", get("/children/" + REFERRED));
        a.put("add", get("/children/new"));
        a.put("edit", get("/children/" + child + "/edit"));
        a.put("audit", get("/audit"));
        return a;
    }

    /** 200 allowed, 403 refused. */
    static final Map<String, List<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        // RHI workers open only the children referred to their agency (DOMAIN.md RHI-08).
        //                           find search view referred add edit audit
        EXPECTED.put("police",       List.of(200, 200, 200, 200, 200, 200, 403));
        EXPECTED.put("coordinator",  List.of(200, 200, 200, 200, 200, 200, 403));
        EXPECTED.put("carer",        List.of(200, 200, 200, 200, 403, 403, 403));
        EXPECTED.put("socialworker", List.of(200, 200, 200, 200, 200, 200, 403));
        EXPECTED.put("rhiworker",    List.of(200, 200, 403, 200, 403, 403, 403));
        EXPECTED.put("manager",      List.of(200, 200, 200, 200, 200, 200, 403));
        EXPECTED.put("lead",         List.of(200, 200, 200, 200, 200, 200, 403));
        EXPECTED.put("analyst",      List.of(403, 403, 403, 403, 403, 403, 403));
        EXPECTED.put("auditor",      List.of(200, 200, 200, 200, 403, 403, 200));
        EXPECTED.put("admin",        List.of(403, 403, 403, 403, 403, 403, 403));
    }

    @Test
    void eachRoleMayDoExactlyWhatItsJobNeeds() throws Exception {
        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (String username : EXPECTED.keySet()) {
            List<Integer> statuses = new java.util.ArrayList<>();
            for (MockHttpServletRequestBuilder action : actions().values()) {
                statuses.add(mvc.perform(action.with(as(users, username))).andReturn().getResponse().getStatus());
            }
            actual.put(username, statuses);
        }
        assertThat(actual).isEqualTo(EXPECTED);
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        assertThat(mvc.perform(get("/children/" + child)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/sign-in");
    }

    @Test
    void aPoliceOfficersViewIsSeenByTheAuditor() throws Exception {
        mvc.perform(get("/children/" + child).with(as(users, "police")));
        String trail = mvc.perform(get("/audit").param("child", child.toString()).with(as(users, "auditor")))
                .andReturn().getResponse().getContentAsString();
        assertThat(trail).contains("police").contains("Avon and Somerset Police").contains("Viewed");
    }

    @Test
    void specialCategoryFieldsAreHiddenFromReturnInterviewWorkers() throws Exception {
        String rhi = mvc.perform(get("/children/" + REFERRED).with(as(users, "rhiworker"))).andReturn().getResponse()
                .getContentAsString();
        String social = mvc.perform(get("/children/" + REFERRED).with(as(users, "socialworker"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(rhi).contains("Jaden Smith");
        for (String field : List.of("Ethnicity", "Religion", "Sexual orientation", "Gender identity", "Disability")) {
            assertThat(rhi).doesNotContain(field);
            assertThat(social).contains(field);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired MovableClock clock;

    static final String AUDITOR = "c7a2ea20-b2f1-4c94-2e05-319acb5c7427";

    int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(users, user))).andReturn().getResponse().getStatus();
    }

    int grant(java.time.LocalDate from, java.time.LocalDate until) throws Exception {
        MockHttpServletRequestBuilder r = post("/admin/users/" + AUDITOR + "/auditor-access").with(csrf())
                .param("fromDay", String.valueOf(from.getDayOfMonth())).param("fromMonth", String.valueOf(from.getMonthValue()))
                .param("fromYear", String.valueOf(from.getYear()))
                .param("untilDay", String.valueOf(until.getDayOfMonth())).param("untilMonth", String.valueOf(until.getMonthValue()))
                .param("untilYear", String.valueOf(until.getYear()));
        return status("admin", r);
    }

    @Test
    void is02_analystsAndBoardMembersNeverOpenAnIdentifiableRecordAndAnAuditorOpensOneOnlyOnTheDaysGranted()
            throws Exception {
        UUID episode = TestEpisodes.report(mvc, users, child,
                java.time.ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(2));
        for (String reportsOnly : List.of("analyst", "board")) {
            assertThat(status(reportsOnly, get("/children/" + child))).as(reportsOnly).isEqualTo(403);
            assertThat(status(reportsOnly, get("/episodes/" + episode))).as(reportsOnly).isEqualTo(403);
            assertThat(status(reportsOnly, get("/children/" + child + "/chronology"))).as(reportsOnly).isEqualTo(403);
            assertThat(status(reportsOnly, post("/children/search").with(csrf()).param("q", "Matrix")))
                    .as(reportsOnly).isEqualTo(403);
            assertThat(status(reportsOnly, get("/dashboard"))).as(reportsOnly).isEqualTo(200);
        }

        java.time.LocalDate today = java.time.LocalDate.now(ClockConfiguration.LONDON);
        try {
            assertThat(status("auditor", get("/children/" + child))).as("within the demo grant").isEqualTo(200);

            assertThat(grant(today.minusDays(60), today.minusDays(1))).isEqualTo(302);
            assertThat(status("auditor", get("/children/" + child))).as("after the grant").isEqualTo(403);
            assertThat(status("auditor", get("/episodes/" + episode))).as("after the grant").isEqualTo(403);
            assertThat(status("auditor", get("/children/" + child + "/shares"))).as("after the grant").isEqualTo(403);
            assertThat(status("auditor", get("/audit"))).as("the audit trail stays open").isEqualTo(200);

            assertThat(grant(today.plusDays(1), today.plusDays(10))).isEqualTo(302);
            assertThat(status("auditor", get("/children/" + child))).as("before the grant").isEqualTo(403);
            clock.moveTo(today.plusDays(10).atTime(23, 0).atZone(ClockConfiguration.LONDON).toInstant());
            assertThat(status("auditor", get("/children/" + child))).as("on its last day").isEqualTo(200);
            clock.moveTo(today.plusDays(11).atTime(0, 30).atZone(ClockConfiguration.LONDON).toInstant());
            assertThat(status("auditor", get("/children/" + child))).as("the day after").isEqualTo(403);
            clock.reset();

            // Nothing is saved from a window that ends before it starts.
            String refused = mvc.perform(post("/admin/users/" + AUDITOR + "/auditor-access").with(csrf())
                            .param("fromDay", "10").param("fromMonth", "1").param("fromYear", String.valueOf(today.getYear()))
                            .param("untilDay", "1").param("untilMonth", "1").param("untilYear", String.valueOf(today.getYear()))
                            .with(as(users, "admin")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(refused).contains("There is a problem").contains("href=\"#untilDay\"");
            assertThat(jdbc.sql("select auditor_access_until from user_account where id = cast(:id as uuid)")
                    .param("id", AUDITOR).query(java.time.LocalDate.class).single()).isEqualTo(today.plusDays(10));

            assertThat(status("admin", post("/admin/users/" + AUDITOR + "/auditor-access/end").with(csrf())))
                    .isEqualTo(302);
            clock.moveTo(today.plusDays(5).atTime(12, 0).atZone(ClockConfiguration.LONDON).toInstant());
            assertThat(status("auditor", get("/children/" + child))).as("access ended").isEqualTo(403);
        } finally {
            clock.reset();
            jdbc.sql("""
                    update user_account set auditor_access_from = current_date - 30, auditor_access_until = current_date + 335
                     where id = cast(:id as uuid)""").param("id", AUDITOR).update();
        }
    }
}

package org.homeward.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.PageLinks;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The standing assessment of a looked-after child's risk of going missing, and the children without one. */
@HomewardTest
class StandingAssessmentWebTest {

    static final String EXCEPTIONS = "/risk/standing-assessments/exceptions";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    LocalDate today = LocalDate.now(ClockConfiguration.LONDON);

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** Whether the child is on the exceptions list, on whichever page of a long list they fall. */
    boolean listed(String user, UUID child) throws Exception {
        for (String path = EXCEPTIONS; path != null; ) {
            String html = page(user, path);
            if (html.contains("/children/" + child + "/missing-risk")) {
                return true;
            }
            path = PageLinks.link(html, "next");
        }
        return false;
    }

    Map<String, String> assessment(LocalDate on) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("assessedDay", String.valueOf(on.getDayOfMonth()));
        f.put("assessedMonth", String.valueOf(on.getMonthValue()));
        f.put("assessedYear", String.valueOf(on.getYear()));
        f.put("riskLevel", "MEDIUM");
        f.put("areaRisk", "HIGH");
        f.put("areaNotes", "Near the bus station where older males are known to target children.");
        f.put("triggers", "Arguments about contact with mum; being told no to going into town.");
        f.put("plan", "Key worker check-in each evening; agreed curfew; call the police after two hours.");
        f.put("childViews", "Says she feels settled but misses her friends in Bristol.");
        return f;
    }

    String post(String user, String path, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(path).with(csrf()).with(as(users, user));
        form.forEach(request::param);
        var response = mvc.perform(request).andReturn().getResponse();
        return response.getRedirectedUrl() != null ? response.getRedirectedUrl() : response.getContentAsString();
    }

    long count(String sql, UUID child) {
        return jdbc.sql(sql).param("c", child).query(Long.class).single();
    }

    @Test
    void ra03_aLookedAfterChildWithoutACurrentAssessmentIsAnExceptionUntilOneIsRecorded() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Standing", "Assessment");
        assertThat(count("select count(*) from task where child_id = :c and kind = 'STANDING_ASSESSMENT' "
                + "and status = 'OPEN'", child)).as("placing the child opens a task to assess").isEqualTo(1);
        assertThat(listed("manager", child)).as("no assessment: listed").isTrue();
        assertThat(page("socialworker", "/children/" + child + "/missing-risk"))
                .contains("No assessment of the risk of going missing has been recorded");

        Map<String, String> incomplete = assessment(today);
        incomplete.remove("plan");
        incomplete.put("reviewDay", "1");
        incomplete.put("reviewMonth", "1");
        incomplete.put("reviewYear", String.valueOf(today.getYear() + 2));
        String refused = post("socialworker", "/children/" + child + "/missing-risk", incomplete);
        assertThat(refused).contains("govuk-error-summary").contains("Enter the plan")
                .contains("Review date must be no later than");
        assertThat(count("select count(*) from standing_assessment where child_id = :c", child)).isZero();

        assertThat(post("socialworker", "/children/" + child + "/missing-risk", assessment(today)))
                .isEqualTo("/children/" + child + "/missing-risk");
        assertThat(jdbc.sql("select review_due from standing_assessment where child_id = :c").param("c", child)
                .query(LocalDate.class).single()).as("six months when left blank").isEqualTo(today.plusMonths(6));
        assertThat(count("select count(*) from task where child_id = :c and kind = 'STANDING_ASSESSMENT' "
                + "and status = 'DONE'", child)).isEqualTo(1);
        assertThat(page("carer", "/children/" + child + "/missing-risk")).contains("Near the bus station")
                .contains("Key worker check-in each evening");
        assertThat(listed("manager", child)).as("a current assessment: not listed").isFalse();

        // A placement change makes the assessment out of date until the new placement is assessed.
        TestChildren.leaveOakfield(jdbc, child, today);
        String placed = post("socialworker", "/children/" + child + "/placements", Map.of(
                "placementType", "FOSTER_LA", "providerName", "The Greens", "placingAuthorityId",
                TestChildren.SOUTH_GLOUCESTERSHIRE, "hostAuthorityId", TestChildren.SOUTH_GLOUCESTERSHIRE,
                "startDay", String.valueOf(today.getDayOfMonth()), "startMonth", String.valueOf(today.getMonthValue()),
                "startYear", String.valueOf(today.getYear())));
        assertThat(placed).endsWith("/placements");
        assertThat(listed("manager", child)).as("older than the placement change: listed").isTrue();
    }

    @Test
    void ra03_theExceptionsListIsForManagers() throws Exception {
        mvc.perform(get(EXCEPTIONS).with(as(users, "socialworker"))).andExpect(status().isForbidden());
        mvc.perform(get(EXCEPTIONS).with(as(users, "lead"))).andExpect(status().isOk());
    }
}

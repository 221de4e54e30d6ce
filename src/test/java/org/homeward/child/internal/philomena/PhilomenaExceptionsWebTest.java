package org.homeward.child.internal.philomena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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

/** Children in residential or foster care without a Philomena profile, and the profile moving with the child. */
@HomewardTest
class PhilomenaExceptionsWebTest {

    static final String EXCEPTIONS = "/philomena/exceptions";
    /** Meadowbank Fostering, the demo's second care provider, and its carer. */
    static final String MEADOWBANK = "5b0e8f3a-2c41-4d7e-9a61-0f3c2d8e7b14";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    LocalDate today = LocalDate.now(ClockConfiguration.LONDON);

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** Whether the child is on the exceptions list, on whichever page of a long list they fall. */
    boolean listed(UUID child) throws Exception {
        for (String path = EXCEPTIONS; path != null; ) {
            String html = page("manager", path);
            if (html.contains("/children/" + child + "/philomena")) {
                return true;
            }
            path = PageLinks.link(html, "next");
        }
        return false;
    }

    void placedDaysAgo(UUID child, int days) {
        jdbc.sql("update placement set start_date = :start where child_id = :c")
                .param("start", today.minusDays(days)).param("c", child).update();
    }

    @Test
    void cr06_noPartOneAfterSixDaysIsAnExceptionAndANewProviderGainsTheProfile() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Philomena", "Pending");
        placedDaysAgo(child, 4);
        assertThat(listed(child)).as("four days in care: not yet").isFalse();
        placedDaysAgo(child, 6);
        assertThat(listed(child)).as("six days in care with no part 1").isTrue();
        assertThat(page("carer", "/children/" + child + "/philomena")).as("Oakfield looks after the child")
                .contains("Philomena");

        // The child moves from Oakfield House to Meadowbank's foster carers.
        TestChildren.leaveOakfield(jdbc, child, today);
        String placed = mvc.perform(post("/children/" + child + "/placements").with(csrf())
                        .with(as(users, "socialworker"))
                        .param("placementType", "FOSTER_AGENCY").param("providerName", "Meadowbank foster carers")
                        .param("providerAgencyId", MEADOWBANK)
                        .param("placingAuthorityId", TestChildren.SOUTH_GLOUCESTERSHIRE)
                        .param("hostAuthorityId", TestChildren.SOUTH_GLOUCESTERSHIRE)
                        .param("startDay", String.valueOf(today.getDayOfMonth()))
                        .param("startMonth", String.valueOf(today.getMonthValue()))
                        .param("startYear", String.valueOf(today.getYear())))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(placed).endsWith("/placements");

        assertThat(jdbc.sql("""
                select count(*) from notification n join user_account u on u.id = n.recipient_id
                 where u.username = 'fostercarer' and n.link = :link""")
                .param("link", "/children/" + child + "/philomena").query(Long.class).single())
                .as("the new carer is told").isEqualTo(1);
        assertThat(page("fostercarer", "/notifications")).contains("Philomena Pending has been placed with you");
        assertThat(page("fostercarer", "/children/" + child + "/philomena")).as("the new provider opens the profile")
                .contains("Philomena Pending");
        mvc.perform(get("/children/" + child + "/philomena").with(as(users, "carer")))
                .andExpect(status().isForbidden());
        assertThat(listed(child)).as("in care since the first placement, still without part 1").isTrue();
    }

    @Test
    void cr06_theExceptionsListIsForManagers() throws Exception {
        mvc.perform(get(EXCEPTIONS).with(as(users, "carer"))).andExpect(status().isForbidden());
        mvc.perform(get(EXCEPTIONS).with(as(users, "lead"))).andExpect(status().isOk());
    }
}

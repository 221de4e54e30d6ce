package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** An interviewer who meets a child sees every current risk to their safety and the child's. */
@HomewardTest
class SafetyAlertsWebTest {

    static final String JADEN = "4cdd2055-930d-6eaf-14f4-733f3e7d1bfb";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void theReturnInterviewWorkerSeesPoliceAndCouncilRiskExploitationAndPersonsOfConcern() throws Exception {
        String page = mvc.perform(get("/children/" + JADEN).with(as(users, "rhiworker"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Safety alerts").doesNotContain("None recorded")
                .contains("Police risk: ").contains("Council risk: ").contains("Exploitation screening: ")
                .contains("Person of concern: Older &quot;friend&quot; who gives him lifts (Dean Marsh)")
                .contains("suspected of recruiting children to sell drugs");
    }
}

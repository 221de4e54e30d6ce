package org.homeward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void healthReadinessAndMetricsAreServedWithoutSigningIn() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"UP\"")));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void theGovukStylesAndTheirFontsAreServed() throws Exception {
        mvc.perform(get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        mvc.perform(get("/assets/rebrand/images/favicon.ico")).andExpect(status().isOk());
        mvc.perform(get("/assets/fonts/bold-b542beb274-v2.woff2")).andExpect(status().isOk());
    }

    @Test
    void childrensNamesNeverReachTheApplicationLog(CapturedOutput output) throws Exception {
        mvc.perform(post("/children/search").with(csrf()).param("q", "Zebulon Quartermaine").with(as(users, "police")))
                .andExpect(status().isOk());
        mvc.perform(post("/children").with(csrf()).param("givenNames", "Zebulon").param("familyName", "Quartermaine")
                .with(as(users, "police"))).andExpect(status().isOk());
        assertThat(output.getAll()).doesNotContain("Zebulon").doesNotContain("Quartermaine");
    }
}

package org.homeward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthReadinessAndMetricsAreServedOnTheManagementPortWithoutSigningIn() throws Exception {
        assertThat(managementGet("/actuator/health").body()).contains("\"UP\"");
        assertThat(managementGet("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(managementGet("/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = managementGet("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theApplicationPortAnswersProbesButGivesNoMetricsEvenToTheSignedIn() throws Exception {
        mvc.perform(get("/readyz")).andExpect(status().isOk());
        mvc.perform(get("/livez")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/actuator/health")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/actuator/prometheus").with(as(users, "admin"))).andExpect(status().isNotFound());
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(302);
        assertThat(metrics.body()).doesNotContain("jvm_memory_used_bytes");
    }

    HttpResponse<String> managementGet(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
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

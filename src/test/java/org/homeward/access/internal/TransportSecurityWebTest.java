package org.homeward.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** HTTPS, whether Homeward ends it or a proxy in front does, brings HSTS and a Secure session cookie. */
@HomewardTest
class TransportSecurityWebTest {

    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    @Test
    void anHttpsRequestGetsStrictTransportSecurityForAYearAndASecureSessionCookie() throws Exception {
        mvc.perform(get("/sign-in").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        String cookie = mvc.perform(post("/sign-in").secure(true).with(csrf())
                        .param("username", "socialworker").param("password", "homeward-demo"))
                .andReturn().getResponse().getHeader("Set-Cookie");
        assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void theLocalDemoOverHttpWorksWithoutThem() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(header().doesNotExist("Strict-Transport-Security"));
        String cookie = mvc.perform(post("/sign-in").with(csrf())
                        .param("username", "socialworker").param("password", "homeward-demo"))
                .andReturn().getResponse().getHeader("Set-Cookie");
        assertThat(cookie).startsWith("SESSION=").doesNotContain("Secure");
    }

    @Test
    void httpsEndedAtAProxyInFrontCountsAsHttps() throws Exception {
        HttpResponse<Void> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                        .header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure"));
    }
}

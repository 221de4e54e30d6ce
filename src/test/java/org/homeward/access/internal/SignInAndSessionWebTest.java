package org.homeward.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.homeward.support.DemoUsers;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class SignInAndSessionWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired UserDetailsService users;

    String newUser(String password) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, agency_id)
                select :id, :u, 'Test User', :hash, id from agency where kind = 'LOCAL_AUTHORITY' order by name limit 1""")
                .param("id", id).param("u", username).param("hash", passwords.encode(password)).update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, 'SOCIAL_WORKER')").param("id", id).update();
        return username;
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = jdbc.sql("select password_hash from user_account where username = 'police'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("homeward-demo");
    }

    @Test
    void aDemoUserSignsInWithTheDemoPassword() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("username", "coordinator").param("password", "homeward-demo"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", "coordinator").param("password", "wrong"))
                .andExpect(redirectedUrl("/sign-in?error=credentials"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", "").param("password", "x"))
                .andExpect(redirectedUrl("/sign-in?error=username"));
    }

    @Test
    void anAccountLocksAfterFiveFailedAttemptsEvenForTheRightPassword() throws Exception {
        String username = newUser("correct horse battery");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", "guess " + i))
                    .andExpect(redirectedUrl("/sign-in?error=credentials"));
        }
        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", "correct horse battery"))
                .andExpect(redirectedUrl("/sign-in?error=credentials"));
        assertThat(jdbc.sql("select failed_attempts from user_account where username = :u").param("u", username)
                .query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/children/search").param("q", "Smith").with(DemoUsers.as(users, "police")))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        String page = mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    /** Sessions live in PostgreSQL (Spring Session), so a browser is followed by its SESSION cookie. */
    static final class Browser {
        Cookie session;

        MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder request) {
            return session == null ? request : request.cookie(session);
        }

        MvcResult keep(MvcResult result) {
            Cookie issued = result.getResponse().getCookie("SESSION");
            if (issued != null) {
                session = issued;
            }
            return result;
        }
    }

    @Test
    void aFormSentAfterTheSessionEndedIsKeptAndOfferedAgainAfterSigningIn() throws Exception {
        Browser browser = new Browser();
        browser.keep(mvc.perform(browser.send(post("/children")).header("Sec-Fetch-Site", "same-origin")
                        .param("_csrf", "expired-token").param("givenNames", "Kept").param("familyName", "Answers"))
                .andExpect(redirectedUrl("/sign-in?timeout")).andReturn());
        String signIn = browser.keep(mvc.perform(browser.send(get("/sign-in")).param("timeout", "")).andReturn())
                .getResponse().getContentAsString();
        assertThat(signIn).contains("Your answers have been kept");

        browser.keep(mvc.perform(browser.send(post("/sign-in")).with(csrf())
                        .param("username", "socialworker").param("password", "homeward-demo"))
                .andExpect(redirectedUrl("/session/resume")).andReturn());
        String resume = browser.keep(mvc.perform(browser.send(get("/session/resume"))).andReturn()).getResponse()
                .getContentAsString();
        assertThat(resume).contains("action=\"/children\"")
                .contains("name=\"givenNames\" value=\"Kept\"")
                .contains("name=\"familyName\" value=\"Answers\"")
                .doesNotContain("expired-token");
    }

    @Test
    void aPostForgedByAnotherSiteIsNotKept() throws Exception {
        Browser browser = new Browser();
        browser.keep(mvc.perform(post("/children").header("Sec-Fetch-Site", "cross-site").param("givenNames", "Forged"))
                .andExpect(redirectedUrl("/sign-in?timeout")).andReturn());
        String signIn = mvc.perform(browser.send(get("/sign-in")).param("timeout", "")).andReturn().getResponse()
                .getContentAsString();
        assertThat(signIn).doesNotContain("Your answers have been kept");
    }
}

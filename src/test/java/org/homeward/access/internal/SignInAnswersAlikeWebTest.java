package org.homeward.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Whether an account exists, is locked or is switched off is not told to someone without its password. */
@HomewardTest
@ExtendWith(OutputCaptureExtension.class)
class SignInAnswersAlikeWebTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired UserAccountDetailsService users;
    @Autowired SignInAttempts attempts;

    @Test
    void aLockedAccountIsAnsweredLikeANameThatDoesNotExist() throws Exception {
        String username = newUser(true);
        for (int i = 0; i < 5; i++) {
            attempt(username, "guess " + i).andExpect(redirectedUrl("/sign-in?error=credentials"));
        }
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            attempt(unknown, "guess " + i).andExpect(redirectedUrl("/sign-in?error=credentials"));
        }
        attempt(username, "guess 6").andExpect(redirectedUrl("/sign-in?error=credentials"));
        attempt(username, PASSWORD).andExpect(redirectedUrl("/sign-in?error=credentials"));
    }

    @Test
    void theOneMessageSaysAnAccountMayBeLockedWithoutSayingWhichIs() throws Exception {
        String page = mvc.perform(get("/sign-in").param("error", "credentials")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Enter a correct username and password")
                .containsPattern("After\\s+5\\s+failed attempts an account is locked for\\s+15 minutes");
        String locked = mvc.perform(get("/sign-in").param("error", "locked")).andReturn().getResponse()
                .getContentAsString();
        assertThat(locked).doesNotContain("Your account is locked");
    }

    @Test
    void everyDecisionIsLoggedByAccountWithoutTheNameTyped(CapturedOutput output) throws Exception {
        String username = newUser(true);
        UUID id = jdbc.sql("select id from user_account where username = :u").param("u", username)
                .query(UUID.class).single();
        attempt(username, "guess").andExpect(redirectedUrl("/sign-in?error=credentials"));
        attempt(username, PASSWORD).andExpect(redirectedUrl("/"));
        attempt("my-secret-password-typed-as-a-name", PASSWORD).andExpect(redirectedUrl("/sign-in?error=credentials"));
        assertThat(output.getAll()).contains("Sign-in failed: wrong password for account " + id)
                .contains("Signed in: account " + id)
                .contains("Sign-in failed: no such username")
                .doesNotContain("my-secret-password-typed-as-a-name").doesNotContain(PASSWORD);
    }

    @Test
    void aSwitchedOffAccountIsNamedOnlyToTheRightPassword() throws Exception {
        String username = newUser(false);
        attempt(username, "guess").andExpect(redirectedUrl("/sign-in?error=credentials"));
        attempt(username, PASSWORD).andExpect(redirectedUrl("/sign-in?error=disabled"));
    }

    @Test
    void attemptsBeyondTheRateLimitAreRefusedBeforeTheAccountIsTouched() {
        String username = newUser(true);
        PasswordSignIn signIn = new PasswordSignIn(users, attempts,
                new SignInThrottle(jdbc, Clock.systemUTC(), 2, 100, Duration.ofMinutes(1)), passwords);

        assertThatThrownBy(() -> signIn.authenticate(from(username, "guess", "192.0.2.1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn.authenticate(from(username.toUpperCase(), PASSWORD, "192.0.2.2")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn.authenticate(from(username, PASSWORD, "192.0.2.3")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("select failed_attempts from user_account where username = :u").param("u", username)
                .query(Integer.class).single()).isZero();
    }

    static UsernamePasswordAuthenticationToken from(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    org.springframework.test.web.servlet.ResultActions attempt(String username, String password) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", password));
    }

    String newUser(boolean enabled) {
        String username = "alike-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, agency_id, enabled)
                select :id, :u, 'Test User', :hash, id, :enabled from agency where kind = 'LOCAL_AUTHORITY'
                 order by name limit 1""")
                .param("id", id).param("u", username).param("hash", passwords.encode(PASSWORD))
                .param("enabled", enabled).update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, 'SOCIAL_WORKER')").param("id", id).update();
        return username;
    }
}

package org.homeward.access.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class AdministrationWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    UUID agency(String kind) {
        return jdbc.sql("select id from agency where kind = :k order by name limit 1").param("k", kind)
                .query(UUID.class).single();
    }

    String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(users, "admin"))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void onlyAdministratorsReachAdministration() throws Exception {
        for (String username : new String[] {"police", "socialworker", "manager", "lead", "auditor", "analyst"}) {
            mvc.perform(get("/admin/users").with(as(users, username))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/users").with(as(users, "admin"))).andExpect(status().isOk());
    }

    @Test
    void aLocalAuthorityNeedsItsOnsAndDfeCodesAndNamesAreUnique() throws Exception {
        long before = jdbc.sql("select count(*) from agency").query(Long.class).single();
        assertThat(page(post("/admin/agencies").with(csrf()).param("name", "Somewhere Council")
                .param("kind", "LOCAL_AUTHORITY").param("onsCode", "X123").param("dfeCode", "")))
                .contains("There is a problem").contains("E06000025").contains("href=\"#dfeCode\"");
        assertThat(page(post("/admin/agencies").with(csrf()).param("name", "south gloucestershire council")
                .param("kind", "HEALTH")))
                .contains("already exists");
        assertThat(page(post("/admin/agencies").with(csrf()).param("name", "").param("kind", "")))
                .contains("There is a problem").contains("href=\"#name\"").contains("href=\"#kind\"");
        assertThat(jdbc.sql("select count(*) from agency").query(Long.class).single()).isEqualTo(before);

        String name = unique("Northvale Council ");
        String dfe = String.valueOf(900 + (int) (Math.random() * 99));
        mvc.perform(post("/admin/agencies").with(csrf()).with(as(users, "admin")).param("name", name)
                        .param("kind", "LOCAL_AUTHORITY").param("onsCode", "E06000099").param("dfeCode", dfe))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select ons_code || '/' || dfe_code from agency where name = :n").param("n", name)
                .query(String.class).single()).isEqualTo("E06000099/" + dfe);
    }

    @Test
    void eachAnswerOfTheWrongShapeGetsOneMessageSayingHowToPutItRight() throws Exception {
        String user = page(post("/admin/users").with(csrf()).param("username", "a!").param("displayName", "")
                .param("email", "x".repeat(300)).param("agencyId", agency("LOCAL_AUTHORITY").toString())
                .param("roles", "SOCIAL_WORKER").param("password", "a long enough password"));
        assertThat(user).contains("Username must be between 3 and 60 characters")
                .doesNotContain("Username must only include").contains("Enter the person’s full name")
                .contains("Email address must be 254 characters or fewer").doesNotContain("like name@example.com");
        assertThat(page(post("/admin/users").with(csrf()).param("username", "a!b").param("displayName", "Someone")
                .param("email", "not an address").param("agencyId", agency("LOCAL_AUTHORITY").toString())
                .param("roles", "SOCIAL_WORKER").param("password", "a long enough password")))
                .contains("Username must only include letters a to z").contains("like name@example.com");
        assertThat(page(post("/admin/agencies").with(csrf()).param("name", "x".repeat(201))
                .param("kind", "HEALTH"))).contains("Agency name must be 200 characters or fewer");
        assertThat(page(post("/admin/agencies/" + agency("LOCAL_AUTHORITY") + "/teams").with(csrf())
                .param("name", "x".repeat(201)))).contains("Team name must be 200 characters or fewer");
        assertThat(page(post("/admin/agencies/" + agency("LOCAL_AUTHORITY") + "/teams").with(csrf())
                .param("name", ""))).contains("Enter the team’s name");
    }

    @Test
    void aUsersRolesMustSuitTheirAgencyAndAtLeastOneIsNeeded() throws Exception {
        long before = jdbc.sql("select count(*) from user_account").query(Long.class).single();
        assertThat(page(post("/admin/users").with(csrf()).param("username", unique("pc."))
                .param("displayName", "PC Wrong Place").param("agencyId", agency("LOCAL_AUTHORITY").toString())
                .param("roles", "POLICE_OFFICER").param("password", "a long enough password")))
                .contains("police force");
        assertThat(page(post("/admin/users").with(csrf()).param("username", unique("nobody."))
                .param("displayName", "No Roles").param("agencyId", agency("LOCAL_AUTHORITY").toString())
                .param("password", "a long enough password")))
                .contains("Select at least one role");
        assertThat(page(post("/admin/users").with(csrf()).param("username", "socialworker")
                .param("displayName", "Duplicate").param("agencyId", agency("LOCAL_AUTHORITY").toString())
                .param("roles", "SOCIAL_WORKER").param("password", "short")))
                .contains("href=\"#username\"").contains("href=\"#password\"");
        assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aNewUserSignsInAndLosesAccessWhenSwitchedOff() throws Exception {
        String username = unique("officer.");
        String location = mvc.perform(post("/admin/users").with(csrf()).with(as(users, "admin"))
                        .param("username", username).param("displayName", "PC New Starter")
                        .param("agencyId", agency("POLICE_FORCE").toString()).param("roles", "POLICE_OFFICER")
                        .param("password", "correct horse battery staple"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/sign-in").with(csrf()).param("username", username)
                .param("password", "correct horse battery staple")).andExpect(redirectedUrl("/"));
        assertThat(users.loadUserByUsername(username).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_POLICE_OFFICER");

        mvc.perform(post(location + "/disable").with(csrf()).with(as(users, "admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/sign-in").with(csrf()).param("username", username)
                .param("password", "correct horse battery staple")).andExpect(redirectedUrl("/sign-in?error=disabled"));
    }

    @Test
    void anAdministratorUnlocksALockedAccount() throws Exception {
        UUID id = jdbc.sql("select id from user_account where username = 'carer'").query(UUID.class).single();
        jdbc.sql("update user_account set locked_until = now() + interval '1 hour', failed_attempts = 0 where id = :id")
                .param("id", id).update();
        assertThat(page(get("/admin/users/" + id))).contains("Locked until");
        mvc.perform(post("/admin/users/" + id + "/unlock").with(csrf()).with(as(users, "admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/sign-in").with(csrf()).param("username", "carer").param("password", "homeward-demo"))
                .andExpect(redirectedUrl("/"));
    }
}

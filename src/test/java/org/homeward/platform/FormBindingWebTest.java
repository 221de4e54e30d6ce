package org.homeward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** An answer that cannot be read as its field's type is a GOV.UK field error in plain words. */
@HomewardTest
class FormBindingWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    long placements(UUID child) {
        return jdbc.sql("select count(*) from placement where child_id = :c").param("c", child).query(Long.class).single();
    }

    @Test
    void aYesNoBoxOrANumberGivenJunkIsAFieldErrorInPlainWords() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Bindi", "Junk");
        long before = placements(child);
        MockHttpServletResponse response = mvc.perform(post("/children/" + child + "/placements").with(csrf())
                        .with(as(users, "socialworker"))
                        .param("placementType", "FOSTER").param("providerName", "Mrs Smith")
                        .param("addressWithheld", "banana")
                        .param("startDay", "1").param("startMonth", "1").param("startYear", "2024"))
                .andReturn().getResponse();
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page).contains("There is a problem").contains("Select yes or no").contains("href=\"#addressWithheld\"")
                .doesNotContain("Failed to convert").doesNotContain("java.lang");
        assertThat(placements(child)).isEqualTo(before);

        String version = mvc.perform(post("/children/" + child).with(csrf()).with(as(users, "socialworker"))
                        .param("givenNames", "Bindi").param("familyName", "Junk").param("version", "banana")
                        .param("dobDay", "3").param("dobMonth", "5").param("dobYear", "2011").param("sex", "F")
                        .param("legalStatus", "LAC_CO"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(version).contains("There is a problem").contains("Enter a whole number")
                .doesNotContain("Failed to convert");
    }
}

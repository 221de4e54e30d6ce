package org.homeward.child.internal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class LocationFormWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @Test
    void aLocationSaysWhatToFixInTheErrorSummaryInPageOrder() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Tamsin", "Placeform");
        String page = mvc.perform(post("/children/" + child + "/locations").with(csrf()).with(as(users, "carer"))
                        .param("description", "   ").param("kind", "frequented").param("town", "x".repeat(101))
                        .param("postcode", "nowhere").param("riskAssessed", "no"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("<a href=\"#description\">Enter a description of the place, for example McDonald’s, Broadmead</a>")
                .contains("<a href=\"#town\">Town or city must be 100 characters or fewer</a>")
                .contains("<a href=\"#postcode\">Enter a full UK postcode, like BS1 3XX</a>");
        assertThat(page.indexOf("href=\"#description\"")).isLessThan(page.indexOf("href=\"#town\""));
        assertThat(page.indexOf("href=\"#town\"")).isLessThan(page.indexOf("href=\"#postcode\""));
        assertThat(jdbc.sql("select count(*) from location_link where child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSecondEditorOfALocationIsToldItChangedAndKeepsTheirAnswers() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Ulla", "Placeform");
        mvc.perform(post("/children/" + child + "/locations").with(csrf()).with(as(users, "carer"))
                        .param("description", "Bus shelter by Ulla's school").param("kind", "frequented")
                        .param("riskAssessed", "no"))
                .andExpect(status().is3xxRedirection());
        UUID location = jdbc.sql("select location_id from location_link where child_id = :c").param("c", child)
                .query(UUID.class).single();
        long opened = jdbc.sql("select version from location where id = :l").param("l", location).query(Long.class).single();
        mvc.perform(post("/locations/" + location).with(csrf()).with(as(users, "carer"))
                        .param("version", String.valueOf(opened)).param("description", "Bus shelter by Ulla's school")
                        .param("town", "Yate").param("riskAssessed", "no"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(post("/locations/" + location).with(csrf()).with(as(users, "carer"))
                        .param("version", String.valueOf(opened)).param("description", "Bus shelter by Ulla's school")
                        .param("town", "Chipping Sodbury").param("riskAssessed", "no"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("href=\"#conflict\"")
                .contains("Someone else changed this location while you were editing it")
                .contains("This location was changed while you were editing it").contains("It was saved by someone else on")
                .contains("Chipping Sodbury").contains("action=\"/locations/" + location + "\"");
        assertThat(jdbc.sql("select town from location where id = :l").param("l", location).query(String.class).single())
                .isEqualTo("Yate");
    }
}

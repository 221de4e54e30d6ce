package org.homeward.child.internal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** A refuge or non-disclosure address is kept for those involved and withheld from what leaves the record (IS-07). */
@HomewardTest
class WithheldAddressWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @Test
    void anAssociatesRefugeAddressIsWithheldFromThePolicePack() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Rhea", "Refuge");
        mvc.perform(post("/children/" + child + "/associates").with(csrf()).with(as(users, "socialworker"))
                        .param("name", "Mother Refuge").param("relationship", "Mother")
                        .param("address", "Flat 2, 9 Hidden Lane, Yate").param("addressWithheld", "true")
                        .param("personOfConcern", "no"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/children/" + child + "/associates").with(csrf()).with(as(users, "socialworker"))
                        .param("name", "Uncle Open").param("relationship", "Uncle")
                        .param("address", "4 Open Road, Bristol").param("personOfConcern", "no"))
                .andExpect(status().is3xxRedirection());
        UUID mother = jdbc.sql("""
                select a.id from associate a join child_associate ca on ca.associate_id = a.id
                 where ca.child_id = :c and a.name = 'Mother Refuge'""").param("c", child).query(UUID.class).single();

        String page = mvc.perform(get("/associates/" + mother).with(as(users, "socialworker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("9 Hidden Lane").contains("Do not disclose this address");

        for (String pack : new String[] {"/children/" + child + "/police-pack.json"}) {
            String json = mvc.perform(get(pack).with(as(users, "police"))).andReturn().getResponse().getContentAsString();
            assertThat(json).contains("Mother Refuge").contains("Withheld: a refuge or non-disclosure address")
                    .doesNotContain("Hidden Lane").contains("4 Open Road, Bristol");
        }
    }
}

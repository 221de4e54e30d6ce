package org.homeward.child.internal.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import org.homeward.child.Placements;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HomewardTest
class PlacementWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Placements placements;

    UUID child;
    UUID southGlos;
    UUID bristol;

    @BeforeEach
    void aLookedAfterChild() {
        child = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Placed', 'Child', date '2010-02-02', 'M', 'LAC_CO', now(), now(), 0)""").param("id", child).update();
        southGlos = jdbc.sql("select id from agency where dfe_code = '803'").query(UUID.class).single();
        bristol = jdbc.sql("select id from agency where dfe_code = '801'").query(UUID.class).single();
    }

    MockHttpServletRequestBuilder placement(UUID placing, UUID host, LocalDate start) {
        return post("/children/" + child + "/placements").with(csrf()).with(as(users, "socialworker"))
                .param("placementType", "CHILDRENS_HOME").param("providerName", "Oakfield House")
                .param("postcode", "bs161qy").param("placingAuthorityId", placing.toString())
                .param("hostAuthorityId", host.toString())
                .param("startDay", String.valueOf(start.getDayOfMonth()))
                .param("startMonth", String.valueOf(start.getMonthValue()))
                .param("startYear", String.valueOf(start.getYear()));
    }

    @Test
    void aPlacementInAnotherAuthoritysAreaIsOutOfArea() throws Exception {
        mvc.perform(placement(southGlos, bristol, LocalDate.of(2025, 1, 6)));
        var current = placements.on(child, LocalDate.of(2026, 1, 1)).orElseThrow();
        assertThat(current.outOfArea()).isTrue();
        assertThat(current.placingAuthority()).isEqualTo("South Gloucestershire Council");
        String page = mvc.perform(get("/children/" + child + "/placements").with(as(users, "police")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Out of area").contains("Bristol City Council");
        assertThat(jdbc.sql("select postcode from placement where child_id = :c").param("c", child)
                .query(String.class).single()).isEqualTo("BS16 1QY");
    }

    @Test
    void aChildIsInOnePlacementAtATime() throws Exception {
        mvc.perform(placement(southGlos, southGlos, LocalDate.of(2025, 1, 6)));
        String page = mvc.perform(placement(southGlos, southGlos, LocalDate.of(2025, 6, 1)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("would overlap the placement that started on 6 January 2025");
        UUID first = jdbc.sql("select id from placement where child_id = :c").param("c", child).query(UUID.class).single();
        mvc.perform(post("/placements/" + first + "/end").with(csrf()).with(as(users, "socialworker"))
                .param("endDay", "31").param("endMonth", "5").param("endYear", "2025"));
        mvc.perform(placement(southGlos, bristol, LocalDate.of(2025, 6, 1)));
        assertThat(placements.history(child)).hasSize(2);
        assertThat(placements.on(child, LocalDate.of(2025, 5, 31)).orElseThrow().outOfArea()).isFalse();
        assertThat(placements.on(child, LocalDate.of(2025, 6, 1)).orElseThrow().outOfArea()).isTrue();
    }

    @Test
    void badAnswersAreRefusedAndNothingIsStored() throws Exception {
        String page = mvc.perform(post("/children/" + child + "/placements").with(csrf()).with(as(users, "socialworker"))
                .param("placementType", "TENT").param("postcode", "not a postcode")
                .param("placingAuthorityId", "nope").param("startDay", "31").param("startMonth", "2")
                .param("startYear", "2025")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Select the type of placement").contains("Enter the name of the home")
                .contains("Enter a real postcode").contains("Select the local authority that placed the child")
                .contains("Start date must be a real date");
        assertThat(placements.history(child)).isEmpty();
        assertThat(mvc.perform(placement(southGlos, bristol, LocalDate.of(2025, 1, 6)).with(as(users, "carer")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}

package org.homeward.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class LocationsTest {

    @Autowired Locations locations;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @Test
    void aPlaceUsedByTwoChildrenInThreeLinksIsOneLocationWithCountThree() throws Exception {
        UUID ruby = TestChildren.add(mvc, users, "Ruby", "Station");
        UUID sol = TestChildren.add(mvc, users, "Sol", "Station");
        UUID first = locations.findOrCreate("Temple Meads station, platform 3", "bs1 6qf");
        UUID again = locations.findOrCreate("temple meads station platform 3", "BS16QF");
        assertThat(again).isEqualTo(first);

        locations.link(first, ruby, null, Locations.FREQUENTED);
        locations.link(first, ruby, UUID.randomUUID(), "last seen");
        UUID solsEpisode = UUID.randomUUID();
        locations.link(first, sol, solsEpisode, Locations.FOUND);
        locations.link(first, sol, solsEpisode, Locations.FOUND); // the same use, recorded twice, counts once

        assertThat(jdbc.sql("select count(*) from location where match_key like 'temple meads station platform 3|%'")
                .query(Long.class).single()).isEqualTo(1);
        LocationSummary forRuby = locations.forChild(ruby).get(0);
        assertThat(forRuby.useCount()).isEqualTo(3);
        assertThat(forRuby.postcode()).isEqualTo("BS1 6QF");
        assertThat(forRuby.kinds()).containsExactly("frequented", "last_seen");
        assertThat(locations.forChild(sol)).singleElement().satisfies(l -> assertThat(l.useCount()).isEqualTo(3));

        String page = mvc.perform(get("/locations/" + first).with(as(users, "police")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"use-count\">3<").contains("Ruby Station").contains("Sol Station")
                .contains("Last seen").contains("Found").contains("Episode " + solsEpisode.toString().substring(0, 8));
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'location' and record_id = :l and action = 'CHANGE'")
                .param("l", first).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void postcodesAreCheckedForShapeAndWrittenTheUsualWay() {
        assertThat(Locations.postcode("bs13xx")).contains("BS1 3XX");
        assertThat(Locations.postcode(" SW1A 1AA ")).contains("SW1A 1AA");
        assertThat(Locations.postcode("M1 1AE")).contains("M1 1AE");
        assertThat(Locations.postcode("12345")).isEmpty();
        assertThat(Locations.postcode("BS1")).isEmpty();
        assertThatThrownBy(() -> locations.findOrCreate("Somewhere", "not a postcode"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locations.link(UUID.randomUUID(), UUID.randomUUID(), null, "visited"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

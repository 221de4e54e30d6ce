package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** One record per child: adding a child who may already be recorded shows the records first. */
@HomewardTest
class PossibleDuplicateWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    static Map<String, String> child(String given, String family, String day) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("givenNames", given);
        f.put("familyName", family);
        f.put("dobDay", day);
        f.put("dobMonth", "8");
        f.put("dobYear", "2013");
        f.put("sex", "F");
        f.put("legalStatus", "CIN");
        f.put("responsibleAuthorityId", TestChildren.SOUTH_GLOUCESTERSHIRE);
        f.put("aliases", "Goldie\nMari");
        return f;
    }

    MvcResult add(Map<String, String> answers) throws Exception {
        MockHttpServletRequestBuilder request = post("/children").with(csrf()).with(as(users, "socialworker"));
        answers.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    UUID added(MvcResult r) throws Exception {
        assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString()).startsWith("/children/");
        return UUID.fromString(r.getResponse().getRedirectedUrl().substring("/children/".length()));
    }

    long named(String familyPrefix) {
        return jdbc.sql("select count(*) from child where family_name like :f").param("f", familyPrefix + "%")
                .query(Long.class).single();
    }

    String createDetail(UUID child) {
        return jdbc.sql("select coalesce(detail, '') from audit_entry where child_id = :c and action = 'CREATE' "
                + "and record_type = 'child'").param("c", child).query(String.class).single();
    }

    @Test
    void aSimilarNameWithTheSameDateOfBirthShowsTheRecordsAndSavesNothing() throws Exception {
        UUID existing = added(add(child("Marigold", "Thistlewood", "17")));
        String page = add(child("Marygold", "Thistlewod", "17")).getResponse().getContentAsString();
        assertThat(page).contains("This child may already be recorded").contains("Marigold Thistlewood")
                .contains("17 August 2013").contains("South Gloucestershire Council")
                .contains("href=\"/children/" + existing + "\"").contains("Open this record")
                .contains("No, this is a different child: add a new record")
                // Every answer goes back with the confirmation, without JavaScript.
                .contains("name=\"givenNames\" value=\"Marygold\"").contains("name=\"familyName\" value=\"Thistlewod\"")
                .contains("name=\"aliases\" value=\"Goldie\nMari\"").contains("name=\"differentChild\" value=\"yes\"");
        assertThat(named("Thistlewo")).isEqualTo(1);
        // Listed as search lists children: the existing record is not opened.
        assertThat(jdbc.sql("select count(*) from audit_entry where child_id = :c and action = 'VIEW'")
                .param("c", existing).query(Long.class).single()).isZero();
    }

    @Test
    void confirmingADifferentChildSavesItAndTheAuditSaysItWasAddedDespiteTheWarning() throws Exception {
        added(add(child("Rosalind", "Pennywhistle", "18")));
        Map<String, String> again = child("Rosalyn", "Pennywhistle", "18");
        again.put("differentChild", "yes");
        UUID second = added(add(again));
        assertThat(named("Pennywhistle")).isEqualTo(2);
        assertThat(createDetail(second)).isEqualTo("Added despite 1 possible duplicate");
        assertThat(jdbc.sql("select given_names from child where id = :c").param("c", second).query(String.class)
                .single()).isEqualTo("Rosalyn");
    }

    @Test
    void theSameIdentifierShowsTheRecordWhateverTheName() throws Exception {
        Map<String, String> first = child("Ottoline", "Brackenbury", "19");
        first.put("nhsNumber", "485 777 3422");
        UUID existing = added(add(first));
        Map<String, String> other = child("Wilhelmina", "Cholmondeley", "20");
        other.put("nhsNumber", "4857773422");
        assertThat(add(other).getResponse().getContentAsString()).contains("This child may already be recorded")
                .contains("href=\"/children/" + existing + "\"");
        assertThat(named("Cholmondeley")).isZero();
    }

    @Test
    void aClearlyDifferentChildSavesStraightAway() throws Exception {
        added(add(child("Philippa", "Arkwright", "21")));
        UUID other = added(add(child("Bartholomew", "Quince", "21")));
        UUID sameNameOtherDay = added(add(child("Philippa", "Arkwright", "22")));
        assertThat(createDetail(other)).isEmpty();
        assertThat(createDetail(sameNameOtherDay)).isEmpty();
    }
}

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

@HomewardTest
class AssociateNetworkWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    UUID addAssociate(UUID child, String name) throws Exception {
        mvc.perform(post("/children/" + child + "/associates").with(csrf()).with(as(users, "carer"))
                        .param("name", name).param("relationship", "Older boyfriend").param("phone", "07700 900 111")
                        .param("vehicle", "Blue Vauxhall Corsa").param("personOfConcern", "yes")
                        .param("concernReason", "Gives her alcohol and lifts at night"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from associate where name = :n").param("n", name).query(UUID.class).single();
    }

    @Test
    void linkingOneAssociateToTwoChildrenShowsBothOnTheirNetworkView() throws Exception {
        UUID nadia = TestChildren.add(mvc, users, "Nadia", "Network");
        UUID owen = TestChildren.add(mvc, users, "Owen", "Network");
        UUID associate = addAssociate(nadia, "Zebedee Quarrington");

        String found = mvc.perform(post("/children/" + owen + "/associates/search").with(csrf()).with(as(users, "carer"))
                        .param("q", "quarington"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("Zebedee Quarrington").contains("Nadia Network").contains("Person of concern");

        mvc.perform(post("/children/" + owen + "/associates/link").with(csrf()).with(as(users, "carer"))
                        .param("associateId", associate.toString()).param("relationship", "Friend's brother"))
                .andExpect(status().is3xxRedirection());

        String network = mvc.perform(get("/associates/" + associate).with(as(users, "police")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(network).contains("Linked to 2 children").contains("Nadia Network").contains("Owen Network")
                .contains("Older boyfriend").contains("Friend&#39;s brother").contains("govuk-tag--red")
                .contains("Gives her alcohol and lifts at night");
        assertThat(jdbc.sql("select count(distinct child_id) from audit_entry where record_type = 'associate' and record_id = :a and action = 'VIEW' and username = 'police'")
                .param("a", associate).query(Long.class).single()).isEqualTo(2);

        String owensList = mvc.perform(get("/children/" + owen + "/associates").with(as(users, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(owensList).contains("Zebedee Quarrington").contains("Person of concern")
                .doesNotContain("Add a new associate");
    }

    @Test
    void aPersonOfConcernNeedsAReasonAndTheRelationshipIsNeededToLink() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Petra", "Concern");
        String page = mvc.perform(post("/children/" + child + "/associates").with(csrf()).with(as(users, "carer"))
                        .param("name", "Unnamed Adult").param("personOfConcern", "yes")
                        .param("lastContactedDay", "1").param("lastContactedMonth", "1").param("lastContactedYear", "2999"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("Enter how the child knows this person")
                .contains("Enter why this person is a concern")
                .contains("Date last contacted by staff must be today or in the past");
        assertThat(jdbc.sql("select count(*) from associate where name = 'Unnamed Adult'").query(Long.class).single()).isZero();

        String unnamed = mvc.perform(post("/children/" + child + "/associates").with(csrf()).with(as(users, "carer"))
                        .param("name", "   ").param("relationship", "Cousin").param("personOfConcern", "no")
                        .param("phone", "0".repeat(51)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unnamed).contains("There is a problem")
                .contains("Enter the person’s name, or what the child calls them")
                .contains("Phone must be 50 characters or fewer")
                .contains("href=\"#name\"");

        UUID other = TestChildren.add(mvc, users, "Quentin", "Concern");
        UUID associate = addAssociate(other, "Ulrika Vantongeren");
        String refused = mvc.perform(post("/children/" + child + "/associates/link").with(csrf()).with(as(users, "carer"))
                        .param("associateId", associate.toString()).param("q", "Vantongeren"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#relationship-" + associate + "\"").contains("Ulrika Vantongeren");
    }

    @Test
    void analystsAndReturnInterviewWorkersCannotChangeTheNetwork() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Rosa", "Access");
        mvc.perform(get("/children/" + child + "/associates").with(as(users, "analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/locations").with(as(users, "analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/associates/new").with(as(users, "rhiworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/locations/new").with(as(users, "rhiworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/associates/new").with(as(users, "carer"))).andExpect(status().isOk());
    }

    @Test
    void aLocationAddedTwiceIsReusedAndItsPostcodeIsChecked() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Sally", "Places");
        String invalid = mvc.perform(post("/children/" + child + "/locations").with(csrf()).with(as(users, "carer"))
                        .param("description", "Chippy on the corner").param("kind", "frequented")
                        .param("postcode", "NOTAPOSTCODE").param("riskAssessed", "no").param("latitude", "91"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("Enter a full UK postcode, like BS1 3XX").contains("Latitude must be a number between -90 and 90");
        for (String description : new String[] {"Chippy on the corner", "CHIPPY, on the corner"}) {
            mvc.perform(post("/children/" + child + "/locations").with(csrf()).with(as(users, "carer"))
                            .param("description", description).param("kind", "frequented").param("postcode", "bs16 9aa")
                            .param("riskAssessed", "yes").param("riskNotes", "Adults buy children alcohol here"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("select count(*) from location where postcode = 'BS16 9AA'").query(Long.class).single()).isEqualTo(1);
        String list = mvc.perform(get("/children/" + child + "/locations").with(as(users, "socialworker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Chippy on the corner").contains("Risk-assessed location").contains("BS16 9AA");
    }

    @Test
    void aSecondEditorIsToldTheDetailsChangedAndKeepsTheirAnswers() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Rhoda", "Stale");
        UUID associate = addAssociate(child, "Ignatius Stalebridge");
        long opened = jdbc.sql("select version from associate where id = :a").param("a", associate).query(Long.class).single();
        mvc.perform(post("/associates/" + associate).with(csrf()).with(as(users, "carer"))
                        .param("version", String.valueOf(opened)).param("name", "Ignatius Stalebridge")
                        .param("phone", "07700 900 222").param("personOfConcern", "no"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(post("/associates/" + associate).with(csrf()).with(as(users, "carer"))
                        .param("version", String.valueOf(opened)).param("name", "Ignatius Stalebridge")
                        .param("phone", "07700 900 333").param("personOfConcern", "no"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("href=\"#conflict\"")
                .contains("Someone else changed this person’s details while you were editing them")
                .contains("id=\"conflict\"").contains("These details were changed while you were editing them")
                .contains("They were saved by someone else on").contains("07700 900 333");
        assertThat(jdbc.sql("select phone from associate where id = :a").param("a", associate).query(String.class).single())
                .isEqualTo("07700 900 222");
    }
}

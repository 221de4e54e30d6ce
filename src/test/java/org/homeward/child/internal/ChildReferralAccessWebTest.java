package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.FormAnswers;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A return interview provider sees only the children referred to it, and of them only what the
 * interview needs (DOMAIN.md RHI-08); a worker who also holds a wider role keeps it.
 */
@HomewardTest
class ChildReferralAccessWebTest {

    static final String SAFE_RETURN = "6b0d549b-6f03-675a-1600-a35a099950d8";
    static final String SOUTH_GLOS = "6513270e-269e-0d37-f2a7-4de452e6b438";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    /** A different family name each test, unlike any other, so that searches find only this test's children. */
    final String family = randomName();
    UUID referred;
    UUID referredEpisode;
    UUID other;
    UUID otherEpisode;

    /**
     * Two children who went missing and came back: one's interview is assigned to the Safe Return
     * Project (where the demo RHI worker works), the other's to the council's own service.
     */
    @BeforeEach
    void twoChildrenWhoReturned() throws Exception {
        referred = TestChildren.add(mvc, users, "Rhianna", family);
        referredEpisode = returned(referred, SAFE_RETURN);
        other = TestChildren.add(mvc, users, "Oscar", family);
        otherEpisode = returned(other, SOUTH_GLOS);
        LocalDate today = LocalDate.now(ClockConfiguration.LONDON);
        Map<String, String> profile = new LinkedHashMap<>();
        profile.put("height", "5 feet 2 inches");
        profile.put("medicalNeeds", "Epilepsy");
        profile.put("vulnerabilities", "Targeted by older men at the bus station");
        profile.put("completedBy", "Cara Jones, Oakfield");
        FormAnswers.date(profile, "completedOn", today);
        FormAnswers.date(profile, "reviewDue", today.plusMonths(3));
        var request = multipart("/children/" + referred + "/philomena");
        profile.forEach(request::param);
        assertThat(mvc.perform(request.with(csrf()).with(as(users, "carer"))).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    static String randomName() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + Character.digit(hex.charAt(i), 16)));
        }
        return name.toString();
    }

    /** The child goes missing two days ago, is found next morning, and the interview goes to the provider. */
    UUID returned(UUID child, String provider) throws Exception {
        ZonedDateTime lastSeen = ZonedDateTime.now(ClockConfiguration.LONDON).minusDays(2).truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> report = new LinkedHashMap<>();
        report.put("category", "MISSING_FROM_CARE");
        report.put("missingFrom", "PLACEMENT");
        FormAnswers.time(report, "lastSeen", lastSeen);
        report.put("lastSeenPlace", "Oakfield House");
        report.put("reported", "yes");
        FormAnswers.time(report, "reported", lastSeen.plusMinutes(45));
        String url = send("carer", post("/children/" + child + "/episodes"), report).getResponse().getRedirectedUrl();
        UUID episode = UUID.fromString(url.substring("/episodes/".length()));
        Map<String, String> located = new LinkedHashMap<>();
        FormAnswers.time(located, "located", lastSeen.plusHours(14));
        located.put("locatedWhere", "Bristol bus station");
        located.put("returnMethod", "FOUND_POLICE");
        located.put("version", String.valueOf(jdbc.sql("select version from episode where id = :e")
                .param("e", episode).query(Long.class).single()));
        send("police", post("/episodes/" + episode + "/located"), located);
        UUID offer = jdbc.sql("select id from rhi_offer where episode_id = :e").param("e", episode)
                .query(UUID.class).single();
        assertThat(send("socialworker", post("/return-interviews/" + offer + "/provider"),
                Map.of("providerAgencyId", provider)).getResponse().getRedirectedUrl())
                .isEqualTo("/return-interviews/" + offer);
        return episode;
    }

    MvcResult send(String user, MockHttpServletRequestBuilder request, Map<String, String> answers) throws Exception {
        answers.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(as(users, user))).andReturn();
    }

    int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getStatus();
    }

    String page(String user, String path) throws Exception {
        var response = mvc.perform(get(path).with(as(users, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    String search(String user, String q) throws Exception {
        return send(user, post("/children/search"), Map.of("q", q)).getResponse().getContentAsString();
    }

    long audited(String action, UUID child) {
        return jdbc.sql("""
                select count(*) from audit_entry where username = 'rhiworker' and action = :a and child_id = :c""")
                .param("a", action).param("c", child).query(Long.class).single();
    }

    @Test
    void aProviderSeesANameDateOfBirthContactsEpisodesAndSafetyAlertsOnly() throws Exception {
        String record = page("rhiworker", "/children/" + referred);

        assertThat(record).contains("Rhianna " + family).contains("3 May 2011")
                .contains("South Gloucestershire Council").contains("Out of hours")
                .contains("Vulnerabilities: Targeted by older men at the bus station")
                .contains("href=\"/episodes/" + referredEpisode + "\"").contains("Not graded");
        for (String notNeeded : List.of("Identifiers", "Council case ID", "NHS number", "Legal status", "Ethnicity",
                "Religion", "Sexual orientation", "Epilepsy", "5 feet 2 inches", "Change record", "Report missing",
                "Police information pack", "/philomena", "/associates", "/locations", "/chronology", "/placements",
                "/audit", "/edit")) {
            assertThat(record).as(notNeeded).doesNotContain(notNeeded);
        }
        assertThat(audited("VIEW", referred)).isEqualTo(1);
    }

    @Test
    void aProviderIsRefusedAChildNotReferredToItAndTheRefusalIsAudited() throws Exception {
        assertThat(status("rhiworker", "/children/" + other)).isEqualTo(403);
        assertThat(status("rhiworker", "/children/" + UUID.randomUUID())).as("no such child").isEqualTo(403);

        assertThat(audited("REFUSED", other)).isEqualTo(1);
        assertThat(audited("VIEW", other)).isZero();
        String trail = page("auditor", "/audit?child=" + other);
        assertThat(trail).contains("rhiworker").contains("Refused");
        assertThat(page("rhiworker", "/")).doesNotContain("Oscar " + family);
    }

    @Test
    void aProviderIsRefusedTheOtherPagesOfAReferredChildsRecord() throws Exception {
        for (String sub : List.of("/placements", "/philomena", "/philomena/photo", "/philomena/edit", "/associates",
                "/locations", "/chronology", "/police-pack.pdf", "/police-pack.json", "/edit", "/episodes/new")) {
            assertThat(status("rhiworker", "/children/" + referred + sub)).as(sub).isEqualTo(403);
        }
        assertThat(status("rhiworker", "/episodes")).isEqualTo(403);
        assertThat(status("rhiworker", "/episodes/coordinator")).isEqualTo(403);
        assertThat(page("rhiworker", "/")).doesNotContain("Children missing now").doesNotContain("href=\"/episodes\"");
    }

    @Test
    void aProviderSeesTheEpisodesOfReferredChildrenOnly() throws Exception {
        assertThat(page("rhiworker", "/episodes/" + referredEpisode)).contains("Rhianna " + family)
                .contains("Bristol bus station");
        String episodes = page("rhiworker", "/children/" + referred + "/episodes");
        assertThat(episodes).contains("href=\"/episodes/" + referredEpisode + "\"")
                .doesNotContain("/philomena").doesNotContain("/chronology");

        assertThat(status("rhiworker", "/episodes/" + otherEpisode)).isEqualTo(403);
        assertThat(status("rhiworker", "/children/" + other + "/episodes")).isEqualTo(403);
    }

    @Test
    void aProviderSearchFindsOnlyTheChildrenReferredToIt() throws Exception {
        String found = search("rhiworker", family);
        // Search also finds names that sound alike, so other tests' children may appear: these two decide.
        assertThat(found).contains("/children/" + referred).doesNotContain("/children/" + other)
                .doesNotContain("Legal status");
        assertThat(search("rhiworker", "Oscar " + family)).doesNotContain("/children/" + other);

        assertThat(search("socialworker", family)).contains("/children/" + referred, "/children/" + other);
    }

    @Test
    void aReturnInterviewWorkerWhoIsAlsoASocialWorkerKeepsTheWholeRecord() throws Exception {
        UUID id = UUID.randomUUID();
        String username = "both" + family.toLowerCase();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, agency_id)
                values (:id, :username, 'Bea Both', '{demo-password}', cast(:agency as uuid))""")
                .param("id", id).param("username", username).param("agency", SOUTH_GLOS).update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, 'RHI_WORKER'), (:id, 'SOCIAL_WORKER')")
                .param("id", id).update();

        assertThat(page(username, "/children/" + other)).contains("Identifiers").contains("Legal status")
                .contains("Change record");
        for (String sub : List.of("/placements", "/philomena", "/associates", "/locations", "/chronology",
                "/episodes", "/edit")) {
            assertThat(status(username, "/children/" + other + sub)).as(sub).isEqualTo(200);
        }
        assertThat(status(username, "/episodes/" + otherEpisode)).isEqualTo(200);
        assertThat(status(username, "/episodes")).isEqualTo(200);
        assertThat(search(username, family)).contains("/children/" + referred, "/children/" + other);
    }
}

package org.homeward.child.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.support.HomewardTest;
import org.homeward.support.MovableClock;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Role × action × relationship (DOMAIN.md IS-02): nobody sees a child they have no reason to see; the
 * reason to see one comes from the records (responsible authority, police area, placement, episode,
 * referral, an open task), and break-glass opens the rest for a while, audited and reported.
 */
@HomewardTest
class ChildAccessMatrixTest {

    static final String SOUTH_GLOS = "6513270e-269e-0d37-f2a7-4de452e6b438";
    static final String BRISTOL = "d23f0824-128b-2f33-0c5c-7fd0a6a3a450";
    static final String SOCIAL_WORKER = "907a70c3-1012-f037-b64c-e4228c38fb29";
    static final List<String> USERS = List.of("police", "coordinator", "carer", "socialworker", "rhiworker", "manager",
            "lead", "analyst", "auditor", "admin");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    UUID wiltshire;
    UUID wiltshirePolice;

    /** An authority in another force's area, so that neither the demo council nor its police are involved. */
    @BeforeEach
    void anotherArea() {
        wiltshirePolice = agency("Wiltshire Police", "POLICE_FORCE", null, null, null);
        wiltshire = agency("Wiltshire Council", "LOCAL_AUTHORITY", "E06000054", "865", wiltshirePolice);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    UUID agency(String name, String kind, String ons, String dfe, UUID force) {
        jdbc.sql("""
                insert into agency (id, name, kind, ons_code, dfe_code, police_force_id)
                values (gen_random_uuid(), :name, :kind, :ons, :dfe, :force)
                on conflict do nothing""")
                .param("name", name).param("kind", kind).param("ons", ons).param("dfe", dfe).param("force", force).update();
        return jdbc.sql("select id from agency where name = :name").param("name", name).query(UUID.class).single();
    }

    UUID child(String family, UUID authority) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, responsible_authority_id,
                                   created_at, updated_at, version)
                values (:id, 'Matrix', :family, date '2011-05-05', 'F', 'LAC_CO', :authority, now(), now(), 0)""")
                .param("id", id).param("family", family).param("authority", authority).update();
        return id;
    }

    int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andReturn().getResponse().getStatus();
    }

    Map<String, Integer> row(String path) throws Exception {
        Map<String, Integer> row = new LinkedHashMap<>();
        for (String user : USERS) {
            row.put(user, status(user, path));
        }
        return row;
    }

    static Map<String, Integer> expect(int... statuses) {
        Map<String, Integer> row = new LinkedHashMap<>();
        for (int i = 0; i < USERS.size(); i++) {
            row.put(USERS.get(i), statuses[i]);
        }
        return row;
    }

    @Test
    void eachRelationshipOpensTheChildToThoseItInvolvesAndNoOneElse() throws Exception {
        //                                   police coord carer social rhi manager lead analyst auditor admin
        UUID southGlos = TestChildren.add(mvc, users, "Matrix", "Placed");
        assertThat(row("/children/" + southGlos)).as("South Gloucestershire's child at Oakfield House")
                .isEqualTo(expect(200, 200, 200, 200, 403, 200, 200, 403, 200, 403));

        UUID bristol = child("Bristol", UUID.fromString(BRISTOL));
        assertThat(row("/children/" + bristol)).as("Bristol's child at home: only the police of the area")
                .isEqualTo(expect(200, 200, 403, 403, 403, 403, 403, 403, 403, 403));

        UUID elsewhere = child("Elsewhere", wiltshire);
        assertThat(row("/children/" + elsewhere)).as("a child of another force's area: nobody here")
                .isEqualTo(expect(403, 403, 403, 403, 403, 403, 403, 403, 403, 403));

        // Placed by Wiltshire at Oakfield House in South Gloucestershire: the host authority, its police and the home.
        jdbc.sql("""
                insert into placement (id, child_id, placement_type, provider_name, placing_authority_id, host_authority_id,
                                       host_police_force_id, provider_agency_id, start_date, created_at, version)
                values (gen_random_uuid(), :child, 'CHILDRENS_HOME', 'Oakfield House', :placing, cast(:host as uuid),
                        '9531985d-5d9d-c9f8-1818-e811892f902b', '36f675cc-81e7-4ef5-e8e2-5d940ed90475', date '2026-01-05', now(), 0)""")
                .param("child", elsewhere).param("placing", wiltshire).param("host", SOUTH_GLOS).update();
        assertThat(row("/children/" + elsewhere)).as("placed into the area")
                .isEqualTo(expect(200, 200, 200, 200, 403, 200, 200, 403, 200, 403));

        // Every page about the child and its records follows the same rule: the chronology and an episode.
        UUID bristolToo = child("Reported", UUID.fromString(BRISTOL));
        TestChildren.placeAtOakfield(jdbc, bristolToo);
        UUID episode = TestEpisodes.report(mvc, users, bristolToo, ZonedDateTime.now(ClockConfiguration.LONDON).minusHours(3));
        jdbc.sql("update placement set end_date = current_date - 1, start_date = date '2020-01-01' where child_id = :c")
                .param("c", bristolToo).update();
        // The carer who reported the episode stays involved through it; their home no longer does.
        assertThat(row("/episodes/" + episode)).as("an episode reported by Oakfield's carer, placement ended")
                .isEqualTo(expect(200, 200, 200, 403, 403, 403, 403, 403, 403, 403));
        assertThat(row("/children/" + bristolToo + "/chronology")).as("the chronology")
                .isEqualTo(expect(200, 200, 200, 403, 403, 403, 403, 403, 403, 403));
    }

    @Test
    void anOpenTaskInvolvesItsOwnerUntilItIsDone() throws Exception {
        UUID elsewhere = child("Tasked", wiltshire);
        assertThat(status("socialworker", "/children/" + elsewhere)).isEqualTo(403);
        UUID task = UUID.randomUUID();
        jdbc.sql("""
                insert into task (id, kind, subject, child_id, source_module, source_id, link, owner_id, due_at, created_at)
                values (:id, 'TEST', 'Visit the child', :child, 'test', :id, '/tasks', cast(:owner as uuid),
                        now() + interval '1 day', now())""")
                .param("id", task).param("child", elsewhere).param("owner", SOCIAL_WORKER).update();
        assertThat(status("socialworker", "/children/" + elsewhere)).isEqualTo(200);
        assertThat(status("manager", "/children/" + elsewhere)).as("the owner's manager is not the owner").isEqualTo(403);
        jdbc.sql("update task set status = 'DONE', closed_at = now() where id = :id").param("id", task).update();
        assertThat(status("socialworker", "/children/" + elsewhere)).isEqualTo(403);
    }

    @Test
    void searchFindsTheChildButOpeningItNeedsAReasonThatIsAuditedAndReported() throws Exception {
        UUID elsewhere = child("Glassbreak", wiltshire);
        String caseId = "WX" + elsewhere.toString().substring(0, 8).toUpperCase(java.util.Locale.UK);
        jdbc.sql("update child set council_case_id = :case where id = :id").param("case", caseId).param("id", elsewhere)
                .update();
        String results = mvc.perform(post("/children/search").with(csrf()).param("q", caseId)
                .with(as(users, "socialworker"))).andReturn().getResponse().getContentAsString();
        assertThat(results).contains("Matrix Glassbreak").contains("Not involved");

        MvcResult refused = mvc.perform(get("/children/" + elsewhere).with(as(users, "socialworker"))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).contains("You are not involved with this child")
                .contains("Open the record and record my reason").doesNotContain("Glassbreak");
        assertThat(audits(elsewhere, "REFUSED")).isEqualTo(1);

        // Carers and return interview providers are never offered it.
        String carer = mvc.perform(get("/children/" + elsewhere).with(as(users, "carer"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(carer).doesNotContain("Open the record and record my reason");
        assertThat(mvc.perform(post("/children/" + elsewhere + "/break-glass").with(csrf()).with(as(users, "carer"))
                .param("reason", "I would like to see it please")).andReturn().getResponse().getStatus()).isEqualTo(403);

        MvcResult noReason = mvc.perform(post("/children/" + elsewhere + "/break-glass").with(csrf())
                .with(as(users, "socialworker")).param("reason", " ")).andReturn();
        assertThat(noReason.getResponse().getContentAsString()).contains("Enter why you need to open this child");
        assertThat(breakGlasses(elsewhere)).isZero();

        MvcResult opened = mvc.perform(post("/children/" + elsewhere + "/break-glass").with(csrf())
                .with(as(users, "socialworker")).param("then", "/children/" + elsewhere + "/chronology")
                .param("reason", "Reported missing in Yate tonight; need the risk history")).andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/children/" + elsewhere + "/chronology");
        assertThat(status("socialworker", "/children/" + elsewhere)).isEqualTo(200);
        assertThat(status("manager", "/children/" + elsewhere)).as("only the person who gave the reason").isEqualTo(403);
        assertThat(audits(elsewhere, "BREAK_GLASS")).isEqualTo(1);

        // The named senior manager is told at once and reviews it.
        assertThat(jdbc.sql("""
                select count(*) from notification n join user_account u on u.id = n.recipient_id
                 where u.username = 'lead' and n.link = '/break-glass' and n.text like 'Sam Okafor opened%'""")
                .query(Long.class).single()).isPositive();
        String review = mvc.perform(get("/break-glass").with(as(users, "lead"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(review).contains("Matrix Glassbreak").contains("Reported missing in Yate tonight");
        assertThat(status("manager", "/break-glass")).isEqualTo(403);
        UUID access = jdbc.sql("select id from break_glass_access where child_id = :c").param("c", elsewhere)
                .query(UUID.class).single();
        mvc.perform(post("/break-glass/" + access + "/review").with(csrf()).with(as(users, "lead")).param("note", "Justified"));
        assertThat(jdbc.sql("select review_note from break_glass_access where id = :id").param("id", access)
                .query(String.class).single()).isEqualTo("Justified");

        // It lasts a shift.
        clock.moveTo(Instant.now().plus(Duration.ofHours(13)));
        assertThat(status("socialworker", "/children/" + elsewhere)).isEqualTo(403);
    }

    @Test
    void anUnsafeReturnAddressGoesToTheChildsPageInstead() throws Exception {
        UUID elsewhere = child("Redirect", wiltshire);
        MvcResult opened = mvc.perform(post("/children/" + elsewhere + "/break-glass").with(csrf())
                .with(as(users, "police")).param("then", "//evil.example/steal")
                .param("reason", "Found in Bristol at 2am, checking who is responsible")).andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/children/" + elsewhere);
    }

    long audits(UUID child, String action) {
        return jdbc.sql("select count(*) from audit_entry where child_id = :c and action = :a")
                .param("c", child).param("a", action).query(Long.class).single();
    }

    long breakGlasses(UUID child) {
        return jdbc.sql("select count(*) from break_glass_access where child_id = :c").param("c", child)
                .query(Long.class).single();
    }
}

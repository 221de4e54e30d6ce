package org.homeward.records.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.homeward.support.TestChildren;
import org.homeward.support.TestEpisodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class ChildRecordDisposalWebTest {

    static final UUID AMELIA = UUID.fromString("57ee05cd-e009-02c7-7ebf-f20686734721");
    static final UUID DEAN_MARSH = UUID.fromString("c2b8f1d3-4a55-4e2f-8b62-7d103ea09b01");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    UUID user(String username) {
        return jdbc.sql("select id from user_account where username = :u").param("u", username).query(UUID.class).single();
    }

    long count(String sql, UUID id) {
        return jdbc.sql(sql).param("c", id).query(Long.class).single();
    }

    UUID supervision(String discussion, UUID... children) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into supervision (id, kind, held_on, supervisor_id, supervisee_id, discussion, recorded_by, recorded_at)
                values (:id, 'CASE', current_date - 3, :sr, :se, :d, :sr, :at)""")
                .param("id", id).param("sr", user("manager")).param("se", user("socialworker")).param("d", discussion)
                .param("at", Timestamp.from(Instant.now())).update();
        for (UUID child : children) {
            jdbc.sql("insert into supervision_child (supervision_id, child_id) values (:s, :c)")
                    .param("s", id).param("c", child).update();
        }
        jdbc.sql("insert into supervision_action (supervision_id, position, action, owner_id, due_on) values (:id, 1, :a, :o, current_date)")
                .param("id", id).param("a", "Call Elsie's school").param("o", user("socialworker")).update();
        return id;
    }

    @Test
    void disposingOfAChildsWholeRecordErasesItInEveryModuleAndKeepsTheAuditTrail() throws Exception {
        UUID child = TestChildren.add(mvc, users, "Elsie", "Disposal-Test");
        TestEpisodes.reportAndLocate(mvc, users, jdbc, child, ZonedDateTime.now(ZoneId.of("Europe/London")).minusDays(10), 5);
        mvc.perform(post("/children/" + child + "/subject-access").with(csrf()).with(as(users, "manager"))
                        .param("requesterKind", "CARE_EXPERIENCED_ADULT").param("requesterName", "Elsie Disposal-Test")
                        .param("receivedDay", "1").param("receivedMonth", "12").param("receivedYear", "2026")
                        .param("identityChecked", "yes"))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("""
                insert into trusted_worker (id, child_id, person_name, person_role, agency, starts_on, child_view, recorded_by, recorded_at)
                values (:id, :c, 'Ann Lee', 'Youth worker', 'Youth Service', current_date - 5, 'I like Ann', :by, now())""")
                .param("id", UUID.randomUUID()).param("c", child).param("by", user("socialworker")).update();
        UUID onlyElsie = supervision("Elsie has settled.", child);
        UUID shared = supervision("Elsie Disposal-Test: settled. Amelia: worried.", child, AMELIA);
        UUID ownAssociate = UUID.randomUUID();
        jdbc.sql("""
                insert into associate (id, name, created_at, updated_at, version) values (:id, 'Pat Only-Elsie', now(), now(), 0);
                insert into child_associate (child_id, associate_id, relationship, linked_at) values (:c, :id, 'Aunt', now());
                insert into child_associate (child_id, associate_id, relationship, linked_at) values (:c, :dean, 'Friend', now());""")
                .param("id", ownAssociate).param("c", child).param("dean", DEAN_MARSH).update();
        assertThat(count("select count(*) from rhi_offer where child_id = :c", child)).isEqualTo(1);
        assertThat(count("select count(*) from task where child_id = :c", child)).isPositive();
        assertThat(count("select count(*) from police_pack_issue where child_id = :c", child)).isEqualTo(1);
        // Born long enough ago that a looked-after child's record has passed its 75 years.
        jdbc.sql("update child set date_of_birth = date '1940-05-03' where id = :c").param("c", child).update();

        String report = mvc.perform(get("/records/retention").with(as(users, "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("Elsie Disposal-Test, born 3 May 1940")
                .contains("/records/retention/looked-after-child-record/" + child);
        String location = mvc.perform(post("/records/retention/looked-after-child-record/" + child).with(csrf())
                        .with(as(users, "manager")).param("reason", "Kept 75 years from birth; no legal hold"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(count("select count(*) from child where id = :c", child)).isEqualTo(1);
        mvc.perform(post(location + "/approve").with(csrf()).with(as(users, "lead")))
                .andExpect(status().is3xxRedirection());

        List<String> tables = jdbc.sql("""
                select c.table_name from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = current_schema() and c.column_name = 'child_id' and t.table_type = 'BASE TABLE'
                   and c.table_name <> 'audit_entry'""").query(String.class).list();
        assertThat(tables).contains("episode", "rhi_offer", "task", "supervision_child", "subject_access_request");
        for (String table : tables) {
            assertThat(count("select count(*) from " + table + " where child_id = :c", child))
                    .as("rows of %s left after the child's record was disposed of", table).isZero();
        }
        assertThat(count("select count(*) from child where id = :c", child)).isZero();
        assertThat(count("select count(*) from associate where id = :c", ownAssociate)).isZero();
        assertThat(count("select count(*) from associate where id = :c", DEAN_MARSH)).isEqualTo(1);
        assertThat(count("select count(*) from supervision where id = :c", onlyElsie)).isZero();
        assertThat(jdbc.sql("select discussion from supervision where id = :s").param("s", shared).query(String.class)
                .single()).isEqualTo("[a child whose record was disposed of]: settled. Amelia: worried.");
        assertThat(jdbc.sql("select action from supervision_action where supervision_id = :s").param("s", shared)
                .query(String.class).single()).isEqualTo("Call [a child whose record was disposed of]'s school");
        assertThat(count("select count(*) from supervision_child where supervision_id = :c", shared)).isEqualTo(1);
        assertThat(count("select count(*) from notification where text like '%Elsie%' and :c is not null", child)).isZero();
        // The audit trail stays, naming the child by record number only, and records the disposal.
        assertThat(count("select count(*) from audit_entry where child_id = :c and action = 'DISPOSE' and username = 'lead'",
                child)).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where child_id = :c and action = 'CREATE'", child)).isPositive();
        assertThat(count("select count(*) from audit_entry where child_id = :c and detail like '%Elsie%'", child)).isZero();
        String register = mvc.perform(get(location).with(as(users, "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("Record disposed of").contains("looked-after-child-record " + child)
                .contains("Lesley Grant").doesNotContain("Elsie");
    }

    @Test
    void aChildsRecordIsNotDueUntilTheirTwentyFifthOrSeventyFifthBirthday() throws Exception {
        UUID lookedAfter = TestChildren.add(mvc, users, "Ivy", "Retention-Test");
        jdbc.sql("update child set date_of_birth = :d where id = :c")
                .param("d", LocalDate.now(ZoneId.of("Europe/London")).minusYears(30)).param("c", lookedAfter).update();
        String report = mvc.perform(get("/records/retention").with(as(users, "lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).doesNotContain("Ivy Retention-Test");
        // Never looked after: a child in need, never placed (test children are placed at Oakfield House).
        jdbc.sql("update child set legal_status = 'CIN' where id = :c").param("c", lookedAfter).update();
        jdbc.sql("delete from placement where child_id = :c").param("c", lookedAfter).update();
        report = mvc.perform(get("/records/retention").with(as(users, "lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("Ivy Retention-Test").contains("/records/retention/child-record/" + lookedAfter);
    }
}

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
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HomewardTest
class RetentionWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    UUID user(String username) {
        return jdbc.sql("select id from user_account where username = :u").param("u", username)
                .query(UUID.class).single();
    }

    /** A supervision between two people who have no other, held on the given day. */
    UUID supervision(String supervisor, String supervisee, LocalDate heldOn, String discussion) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into supervision (id, kind, held_on, supervisor_id, supervisee_id, discussion, recorded_by, recorded_at)
                values (:id, 'REFLECTIVE', :held, :sr, :se, :d, :sr, :at)""")
                .param("id", id).param("held", heldOn).param("sr", user(supervisor)).param("se", user(supervisee))
                .param("d", discussion).param("at", Timestamp.from(Instant.now())).update();
        jdbc.sql("insert into supervision_action (supervision_id, position, action, owner_id, due_on) values (:id, 1, 'Read', :o, :d)")
                .param("id", id).param("o", user(supervisee)).param("d", heldOn.plusDays(7)).update();
        return id;
    }

    long supervisions(UUID id) {
        return jdbc.sql("select count(*) from supervision where id = :id").param("id", id).query(Long.class).single();
    }

    UUID requestDisposal(String username, UUID supervision, String reason) throws Exception {
        String location = mvc.perform(post("/records/retention/supervision/" + supervision).with(csrf())
                        .with(as(users, username)).param("reason", reason))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring("/records/disposals/".length()));
    }

    @Test
    void theReportListsRecordsWhoseRetentionEndedOrEndsWithinTheHorizonWithTheRule() throws Exception {
        UUID ended = supervision("manager", "police", today().minusYears(7), "Ended retention");
        UUID soon = supervision("manager", "coordinator", today().minusYears(6).plusDays(30), "Ends soon");
        UUID later = supervision("manager", "carer", today().minusYears(5), "Kept for a year yet");
        // An old session between two who still meet is kept: the period runs from their last supervision.
        UUID stillMeeting = supervision("lead", "police", today().minusYears(8), "Old but the pair still meet");
        supervision("lead", "police", today().minusMonths(1), "Recent");

        String page = mvc.perform(get("/records/retention").with(as(users, "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Records due for review").contains("A looked-after child&#39;s case record")
                .contains("75 years").contains("25 years")
                .contains("/records/retention/supervision/" + ended)
                .contains("Supervision records: kept 6 years from the last supervision between the same supervisor and supervisee")
                .contains("(in 30 days)").doesNotContain("/records/retention/supervision/" + soon)
                .doesNotContain(later.toString()).doesNotContain(stillMeeting.toString());
        assertThat(page.indexOf("/records/retention/supervision/" + ended)).isLessThan(page.indexOf("(in 30 days)"));
    }

    @Test
    void aDisposalIsAskedForWithAReasonAndOnlyDisposedOfWhenAnotherSeniorManagerApproves() throws Exception {
        UUID record = supervision("lead", "socialworker", today().minusYears(6).minusDays(1), "To dispose of");
        String form = mvc.perform(get("/records/retention/supervision/" + record).with(as(users, "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Reflective supervision of").contains("Ask for disposal");

        UUID disposal = requestDisposal("manager", record, "Retention ended; no open complaint");
        assertThat(supervisions(record)).isEqualTo(1);
        mvc.perform(post("/records/disposals/" + disposal + "/approve").with(csrf()).with(as(users, "manager")))
                .andExpect(status().isForbidden());
        assertThat(supervisions(record)).isEqualTo(1);

        mvc.perform(post("/records/disposals/" + disposal + "/approve").with(csrf()).with(as(users, "lead")))
                .andExpect(status().is3xxRedirection());
        assertThat(supervisions(record)).isZero();
        assertThat(jdbc.sql("select count(*) from supervision_action where supervision_id = :id").param("id", record)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from record_disposal d join user_account r on r.id = d.requested_by
                  join user_account a on a.id = d.approved_by
                 where d.id = :id and d.record_id = :record and r.username = 'manager' and a.username = 'lead'
                   and d.rule like 'Supervision records: kept 6 years%'""")
                .param("id", disposal).param("record", record).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DISPOSE' and record_id = :r and username = 'lead'")
                .param("r", record).query(Long.class).single()).isEqualTo(1);
        String register = mvc.perform(get("/records/disposals").with(as(users, "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("supervision " + record.toString().substring(0, 8)).contains("Lesley Grant");
        // The register is kept: nothing in it can be deleted, even by hand.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from record_disposal where id = :id")
                .param("id", disposal).update()).hasMessageContaining("kept as recorded");
    }

    @Test
    void aSupervisionCannotBeDeletedOutsideAnApprovedDisposal() {
        UUID record = supervision("manager", "analyst", today().minusYears(9), "Kept");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from supervision where id = :id")
                .param("id", record).update()).hasMessageContaining("kept as made");
    }

    @Test
    void aDisposalWithoutAReasonOrBeforeTheEndOfRetentionIsRefusedAndNothingChanges() throws Exception {
        UUID early = supervision("manager", "auditor", today().minusYears(6).plusDays(10), "Not yet");
        String page = mvc.perform(post("/records/retention/supervision/" + early).with(csrf()).with(as(users, "manager"))
                        .param("reason", "  "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Enter why this record should be disposed of")
                .contains("its disposal cannot be asked for before then").contains("href=\"#reason\"");
        assertThat(jdbc.sql("select count(*) from record_disposal where record_id = :r").param("r", early)
                .query(Long.class).single()).isZero();
        assertThat(supervisions(early)).isEqualTo(1);
    }

    @Test
    void aSeniorManagerCannotApproveTheirOwnRequest() throws Exception {
        UUID record = supervision("manager", "rhiworker", today().minusYears(7), "Own request");
        UUID disposal = requestDisposal("lead", record, "Retention ended");
        String page = mvc.perform(post("/records/disposals/" + disposal + "/approve").with(csrf()).with(as(users, "lead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("You asked for this disposal: a different named senior manager must approve it");
        assertThat(supervisions(record)).isEqualTo(1);
        assertThat(jdbc.sql("select approved_at is null from record_disposal where id = :id").param("id", disposal)
                .query(Boolean.class).single()).isTrue();
        // Asking twice is refused too.
        String again = mvc.perform(post("/records/retention/supervision/" + record).with(csrf()).with(as(users, "manager"))
                        .param("reason", "Again"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("already been asked for");
    }

    @Test
    void onlyTeamAndSeniorManagersReviewRetention() throws Exception {
        for (String username : new String[] {"socialworker", "police", "carer", "rhiworker", "analyst", "auditor",
                "admin"}) {
            mvc.perform(get("/records/retention").with(as(users, username))).andExpect(status().isForbidden());
            mvc.perform(get("/records/disposals").with(as(users, username))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/records/retention").with(as(users, "lead"))).andExpect(status().isOk());
    }
}

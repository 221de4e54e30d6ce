package org.homeward.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Consumer;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The involvement table (what every access check and list reads) equals its definition, the
 * child_involvement view: on the demo data, and after every kind of record that creates, moves or ends
 * an involvement is written, changed or removed, each in its own committed transaction.
 */
@HomewardTest
class InvolvementTableTest {

    static final UUID SOUTH_GLOS = UUID.fromString("6513270e-269e-0d37-f2a7-4de452e6b438");
    static final UUID OAKFIELD = UUID.fromString("36f675cc-81e7-4ef5-e8e2-5d940ed90475");

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired InvolvementCheck check;

    @Test
    void theTableEqualsItsDefinitionOnTheDemoData() {
        assertThat(check.check(false)).isEqualTo(new InvolvementCheck.Result(0, 0, 0));
        assertThat(count("select count(*) from involvement")).isPositive();
    }

    @Test
    void theTableEqualsItsDefinitionAfterEveryKindOfChange() {
        UUID worker = user("socialworker");
        UUID police = user("police");
        UUID team = jdbc.sql("select team_id from user_account where id = :u").param("u", user("manager"))
                .query(UUID.class).single();
        UUID force = UUID.randomUUID();
        UUID council = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        UUID task = UUID.randomUUID();

        after("a police force and a council in its area are added", j -> {
            j.sql("insert into agency (id, name, kind) values (:id, 'Involvement Test Police', 'POLICE_FORCE')")
                    .param("id", force).update();
            j.sql("insert into agency (id, name, kind, ons_code, dfe_code, police_force_id) values (:id,"
                    + " 'Involvement Test Council', 'LOCAL_AUTHORITY', 'E06000998', 'I9T', :f)").param("id", council).param("f", force).update();
        });
        after("a child with no responsible authority is recorded", j -> j.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, legal_status, created_at, updated_at, version)
                values (:id, 'Involved', 'Testchild', date '2011-02-02', 'F', 'LAC_CO', now(), now(), 0)""")
                .param("id", child).update());
        assertThat(count("select count(*) from involvement where child_id = '" + child
                + "' and basis = 'NO_RESPONSIBLE_AUTHORITY' and agency_id = '" + force + "'")).isEqualTo(1);
        after("the child gets a responsible authority, a worker, a team, a recorder and an IRO", j -> j.sql("""
                update child set responsible_authority_id = :c, allocated_worker_id = :w, allocated_team_id = :t,
                                 recorded_by_agency_id = :sg, iro_id = :w where id = :id""")
                .param("c", council).param("w", worker).param("t", team).param("sg", SOUTH_GLOS).param("id", child)
                .update());
        after("an update that touches nothing involvement reads", j -> j.sql(
                "update child set given_names = 'Involved Again' where id = :id").param("id", child).update());
        after("the child is placed", j -> j.sql("""
                insert into placement (id, child_id, placement_type, provider_name, placing_authority_id, host_authority_id,
                                       host_police_force_id, provider_agency_id, start_date, created_at, version)
                values (:id, :child, 'CHILDRENS_HOME', 'Oakfield House', :c, :sg, :f, :p, date '2020-01-01', now(), 0)""")
                .param("id", placement).param("child", child).param("c", council).param("sg", SOUTH_GLOS)
                .param("f", force).param("p", OAKFIELD).update());
        after("the placement ends", j -> j.sql("update placement set end_date = date '2021-01-01' where id = :id")
                .param("id", placement).update());
        assertThat(count("select count(*) from involvement where child_id = '" + child
                + "' and basis = 'HOST_AUTHORITY' and until = timestamptz '2021-01-02 00:00 Europe/London'")).isEqualTo(1);
        after("an episode is reported to a force", j -> j.sql("""
                insert into episode (id, child_id, category, missing_from, last_seen_at, last_seen_place, police_force_id,
                                     created_by, created_at, updated_at, version)
                values (:id, :child, 'MISSING_FROM_HOME', 'HOME', now() - interval '3 hours', 'Park', :f, :u, now(), now(), 0)""")
                .param("id", episode).param("child", child).param("f", force).param("u", police).update());
        after("the episode touches another force's area", j -> j.sql("""
                insert into episode_force_area (episode_id, area, force_id, recorded_at, recorded_by)
                values (:e, 'FOUND', (select police_force_id from agency where id = :sg), now(), :u)""")
                .param("e", episode).param("sg", SOUTH_GLOS).param("u", police).update());
        after("the force area is corrected away", j -> j.sql("delete from episode_force_area where episode_id = :e")
                .param("e", episode).update());
        after("the child is referred for a return interview", j -> j.sql("""
                insert into rhi_offer (id, episode_id, child_id, returned_at, due_at, provider_agency_id, created_at)
                values (gen_random_uuid(), :e, :child, now(), now() + interval '72 hours', :p, now())""")
                .param("e", episode).param("child", child).param("p", OAKFIELD).update());
        after("a task about the child is opened for a team", j -> j.sql("""
                insert into task (id, kind, subject, child_id, source_module, source_id, link, owner_team_id, due_at, created_at)
                values (:id, 'X', 'Do it', :child, 'test', :s, '/x', :t, now(), now())""")
                .param("id", task).param("child", child).param("s", task.toString()).param("t", team).update());
        after("the task is done", j -> j.sql("update task set status = 'DONE', closed_at = now() where id = :id")
                .param("id", task).update());
        after("someone breaks the glass", j -> j.sql("""
                insert into break_glass_access (id, child_id, user_id, agency_id, reason, opened_at, expires_at)
                values (gen_random_uuid(), :child, :u, :sg, 'Urgent safeguarding concern overnight', now(), now() + interval '4 hours')""")
                .param("child", child).param("u", worker).param("sg", SOUTH_GLOS).update());
        after("the council moves to another force", j -> j.sql("update agency set police_force_id = "
                + "(select police_force_id from agency where id = :sg) where id = :c").param("sg", SOUTH_GLOS)
                .param("c", council).update());
        after("the responsible authority is removed again", j -> j.sql(
                "update child set responsible_authority_id = null where id = :id").param("id", child).update());
        after("the child's records are removed", j -> {
            j.sql("delete from break_glass_access where child_id = :id").param("id", child).update();
            j.sql("delete from task where child_id = :id").param("id", child).update();
            j.sql("delete from rhi_offer where child_id = :id").param("id", child).update();
            j.sql("delete from episode_change where episode_id = :e").param("e", episode).update();
            j.sql("delete from episode where child_id = :id").param("id", child).update();
            j.sql("delete from placement where child_id = :id").param("id", child).update();
            j.sql("delete from child where id = :id").param("id", child).update();
        });
        assertThat(count("select count(*) from involvement where child_id = '" + child + "'")).isZero();
        after("the force and council are removed", j -> j.sql("delete from agency where id in (:c, :f)")
                .param("c", council).param("f", force).update());
    }

    @Test
    void theCheckFindsAndRepairsAChildThatDiffers() {
        UUID child = jdbc.sql("select child_id from involvement where basis = 'RESPONSIBLE_AUTHORITY' limit 1")
                .query(UUID.class).single();
        tx.executeWithoutResult(s -> {
            jdbc.sql("delete from involvement where child_id = :c").param("c", child).update();
            jdbc.sql("insert into involvement (child_id, user_id, basis) values (:c, gen_random_uuid(), 'BREAK_GLASS')")
                    .param("c", child).update();
        });
        InvolvementCheck.Result found = check.check(true);
        assertThat(found.missingRows()).isPositive();
        assertThat(found.extraRows()).isEqualTo(1);
        assertThat(found.childrenRepaired()).isEqualTo(1);
        assertThat(check.check(false).equal()).isTrue();
    }

    private void after(String change, Consumer<JdbcClient> write) {
        tx.executeWithoutResult(s -> write.accept(jdbc));
        assertThat(check.check(false)).as(change).isEqualTo(new InvolvementCheck.Result(0, 0, 0));
    }

    private UUID user(String username) {
        return jdbc.sql("select id from user_account where username = :u").param("u", username).query(UUID.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

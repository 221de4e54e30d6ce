package org.homeward.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The deadline engine's own rules, on the real database. */
@HomewardTest
class DeadlinesTest {

    static final UUID SOCIAL_WORKER = UUID.fromString("907a70c3-1012-f037-b64c-e4228c38fb29");
    static final UUID MANAGER = UUID.fromString("c6f87718-6d76-b07e-881e-d162ae2eb154");

    @Autowired Deadlines deadlines;
    @Autowired JdbcClient jdbc;

    private static TaskSource source() {
        return new TaskSource("RHI_OFFER", "test", UUID.randomUUID().toString());
    }

    private static Instant tomorrow() {
        return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aTaskWithoutAnOwnerOrADueTimeIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> new NewTask(source(), "Do it", null, null, tomorrow(), false, "/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A task needs an owner: a person or a team");
        assertThatThrownBy(() -> new NewTask(source(), "Do it", null, TaskOwner.person(SOCIAL_WORKER), null, false, "/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A task needs the time it is due");
        assertThatThrownBy(() -> new TaskOwner(null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A task needs exactly one owner: a person or a team");
        assertThatThrownBy(() -> new TaskOwner(SOCIAL_WORKER, UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deadlines.reassign(source(), null, MANAGER))
                .hasMessage("A task needs an owner: a person or a team");
    }

    @Test
    void theDatabaseRefusesATaskWithNoOwnerOrTwoOwners() {
        String insert = """
                insert into task (id, kind, subject, source_module, source_id, link, owner_id, owner_team_id, due_at, created_at)
                values (gen_random_uuid(), 'X', 'Do it', 'test', :s, '/x', :o, :t, now(), now())""";
        assertThatThrownBy(() -> jdbc.sql(insert).param("s", UUID.randomUUID().toString()).param("o", null)
                .param("t", null).update()).isInstanceOf(DataIntegrityViolationException.class);
        UUID team = jdbc.sql("select team_id from user_account where id = :u").param("u", MANAGER).query(UUID.class).single();
        assertThatThrownBy(() -> jdbc.sql(insert).param("s", UUID.randomUUID().toString()).param("o", SOCIAL_WORKER)
                .param("t", team).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void openingTheSameRecordTwiceOpensOneTaskAndACorrectedTimeMovesIt() {
        TaskSource source = source();
        Instant due = tomorrow();
        UUID first = deadlines.open(new NewTask(source, "Do it", null, TaskOwner.person(SOCIAL_WORKER), due, false, "/x"));
        UUID again = deadlines.open(new NewTask(source, "Do it", null, TaskOwner.person(SOCIAL_WORKER),
                due.plusSeconds(3600), false, "/x"));
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("select due_at from task where id = :id").param("id", first).query(Instant.class).single())
                .isEqualTo(due.plusSeconds(3600));

        assertThat(deadlines.complete(source, SOCIAL_WORKER)).isTrue();
        assertThat(deadlines.complete(source, SOCIAL_WORKER)).isFalse();
        deadlines.open(new NewTask(source, "Do it", null, TaskOwner.person(SOCIAL_WORKER), due, false, "/x"));
        assertThat(jdbc.sql("select status from task where id = :id").param("id", first).query(String.class).single())
                .isEqualTo("DONE");
    }

    @Test
    void aTaskCanBeCancelledOrHandedToAnotherOwner() {
        TaskSource source = source();
        UUID id = deadlines.open(new NewTask(source, "Do it", null, TaskOwner.person(SOCIAL_WORKER), tomorrow(), false, "/x"));
        assertThat(deadlines.reassign(source, TaskOwner.person(MANAGER), MANAGER)).isTrue();
        assertThat(jdbc.sql("select owner_id from task where id = :id").param("id", id).query(UUID.class).single())
                .isEqualTo(MANAGER);
        assertThat(deadlines.cancel(source, MANAGER)).isTrue();
        assertThat(deadlines.reassign(source, TaskOwner.person(SOCIAL_WORKER), MANAGER)).isFalse();
    }
}

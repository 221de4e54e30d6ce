package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@HomewardTest
class AuditTrailTest {

    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    long entriesFor(UUID child) {
        return jdbc.sql("select count(*) from audit_entry where child_id = :c").param("c", child).query(Long.class).single();
    }

    @Test
    void anEntryIsWrittenOnlyWhenItsActionCommits() {
        UUID child = UUID.randomUUID();
        tx.executeWithoutResult(s -> audit.record(AuditAction.VIEW, AuditTrail.Subject.child(child), List.of(), null));
        assertThat(entriesFor(child)).isEqualTo(1);

        UUID rolledBack = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            audit.record(AuditAction.CHANGE, AuditTrail.Subject.child(rolledBack), List.of("Family name"), null);
            s.setRollbackOnly();
        });
        assertThat(entriesFor(rolledBack)).isZero();
    }

    @Test
    void writingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(AuditAction.VIEW, AuditTrail.Subject.child(UUID.randomUUID()), List.of(), null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theTrailCannotBeChangedOrDeleted() {
        UUID child = UUID.randomUUID();
        tx.executeWithoutResult(s -> audit.record(AuditAction.VIEW, AuditTrail.Subject.child(child), List.of(), null));
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set username = 'someone' where child_id = :c")
                .param("c", child).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where child_id = :c").param("c", child).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(entriesFor(child)).isEqualTo(1);
    }
}

package org.homeward.records.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The disposal register: requests, their approval, and so what was disposed of, by whom and when. */
@Repository
class DisposalRegister {

    public record Disposal(UUID id, String recordType, UUID recordId, String rule, LocalDate retentionEndedOn,
                           String reason, UUID requestedById, String requestedBy, Instant requestedAt,
                           String approvedBy, Instant approvedAt) {

        public boolean disposed() {
            return approvedAt != null;
        }
    }

    private static final String SELECT = """
            select d.id, d.record_type, d.record_id, d.rule, d.retention_ended_on, d.reason,
                   d.requested_by as requested_by_id, rq.display_name as requested_by, d.requested_at,
                   ap.display_name as approved_by, d.approved_at
              from record_disposal d join user_account rq on rq.id = d.requested_by
                   left join user_account ap on ap.id = d.approved_by""";

    private final JdbcClient jdbc;

    DisposalRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void request(UUID id, String type, UUID recordId, String rule, LocalDate endedOn, String reason, UUID by,
                 Instant at) {
        jdbc.sql("""
                insert into record_disposal (id, record_type, record_id, rule, retention_ended_on, reason,
                       requested_by, requested_at)
                values (:id, :type, :record, :rule, :ended, :reason, :by, :at)""")
                .param("id", id).param("type", type).param("record", recordId).param("rule", rule)
                .param("ended", endedOn).param("reason", reason).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    void approve(UUID id, UUID by, Instant at) {
        jdbc.sql("update record_disposal set approved_by = :by, approved_at = :at where id = :id and approved_at is null")
                .param("id", id).param("by", by).param("at", Timestamp.from(at)).update();
    }

    Optional<Disposal> find(UUID id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Disposal.class).optional();
    }

    Optional<Disposal> pending(String type, UUID recordId) {
        return jdbc.sql(SELECT + " where d.record_type = :type and d.record_id = :record and d.approved_at is null")
                .param("type", type).param("record", recordId).query(Disposal.class).optional();
    }

    List<Disposal> latest(int limit) {
        return jdbc.sql(SELECT + " order by d.approved_at is not null, coalesce(d.approved_at, d.requested_at) desc"
                        + " limit :limit")
                .param("limit", limit).query(Disposal.class).list();
    }
}

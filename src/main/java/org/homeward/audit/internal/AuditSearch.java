package org.homeward.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditSearch {

    record Entry(Instant occurredAt, String username, String agencyName, String action, String recordType,
                 UUID recordId, UUID childId, String fieldsChanged, String detail, String clientAddress) {
    }

    record Criteria(UUID childId, String username, LocalDate from, LocalDate to) {
    }

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> find(Criteria criteria, int page) {
        StringBuilder sql = new StringBuilder("""
                select occurred_at, username, agency_name, action, record_type, record_id, child_id,
                       array_to_string(fields_changed, ', ') as fields_changed, detail, client_address
                  from audit_entry where true""");
        List<Object> params = new ArrayList<>();
        if (criteria.childId() != null) {
            sql.append(" and child_id = ?");
            params.add(criteria.childId());
        }
        if (criteria.username() != null && !criteria.username().isBlank()) {
            sql.append(" and lower(username) = lower(?)");
            params.add(criteria.username().strip());
        }
        if (criteria.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(startOfDay(criteria.from()));
        }
        if (criteria.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(startOfDay(criteria.to().plusDays(1)));
        }
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        params.add(PAGE_SIZE + 1);
        params.add(Math.max(0, page - 1) * PAGE_SIZE);
        return jdbc.sql(sql.toString()).params(params).query(Entry.class).list();
    }

    /** A day is a day in England: the search's dates are London dates. */
    private static Timestamp startOfDay(LocalDate date) {
        return Timestamp.from(date.atStartOfDay(ClockConfiguration.LONDON).toInstant());
    }
}

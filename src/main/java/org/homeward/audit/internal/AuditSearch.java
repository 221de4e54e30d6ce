package org.homeward.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Keyset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditSearch {

    record Entry(long id, Instant occurredAt, String username, String agencyName, String action, String recordType,
                 UUID recordId, UUID childId, String fieldsChanged, String detail, String clientAddress) {
    }

    record Criteria(UUID childId, String username, LocalDate from, LocalDate to) {
    }

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page of matching entries at {@code keyset}'s position, newest first, ties by the entry's number:
     * each filter has an index in that order, so a page costs the same however far back it is.
     */
    Keyset.Page<Entry> find(Criteria criteria, Keyset keyset) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, username, agency_name, action, record_type, record_id, child_id,
                       array_to_string(fields_changed, ', ') as fields_changed, detail, client_address
                  from audit_entry where true""");
        Map<String, Object> params = new HashMap<>();
        if (criteria.childId() != null) {
            sql.append(" and child_id = :child");
            params.put("child", criteria.childId());
        }
        if (criteria.username() != null && !criteria.username().isBlank()) {
            sql.append(" and lower(username) = lower(:username)");
            params.put("username", criteria.username().strip());
        }
        if (criteria.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", startOfDay(criteria.from()));
        }
        if (criteria.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", startOfDay(criteria.to().plusDays(1)));
        }
        sql.append(keyset.condition("occurred_at", "id", true)).append(keyset.orderBy("occurred_at", "id", true))
                .append(keyset.limit());
        return keyset.page(keyset.bind(jdbc.sql(sql.toString())).params(params).query(Entry.class).list(),
                e -> new Keyset.Position(e.occurredAt(), e.id()));
    }

    /** A day is a day in England: the search's dates are London dates. */
    private static Timestamp startOfDay(LocalDate date) {
        return Timestamp.from(date.atStartOfDay(ClockConfiguration.LONDON).toInstant());
    }
}

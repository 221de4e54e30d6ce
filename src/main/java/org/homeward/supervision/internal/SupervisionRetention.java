package org.homeward.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.platform.records.RetainedRecord;
import org.homeward.platform.records.RetentionSource;
import org.homeward.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Supervision records are kept for a period after the last supervision between the same supervisor
 * and supervisee: the record of a working relationship goes when the relationship has long ended, all
 * of it together, not one session at a time while the two still meet.
 */
@Component
class SupervisionRetention implements RetentionSource {

    static final String TYPE = "supervision";

    private static final String SELECT = """
            select s.id, s.kind, s.held_on, sr.display_name as supervisor, se.display_name as supervisee,
                   pair.last_on
              from supervision s
              join (select supervisor_id, supervisee_id, max(held_on) as last_on
                      from supervision group by supervisor_id, supervisee_id) pair
                on pair.supervisor_id = s.supervisor_id and pair.supervisee_id = s.supervisee_id
              join user_account sr on sr.id = s.supervisor_id
              join user_account se on se.id = s.supervisee_id""";

    private final JdbcClient jdbc;
    private final Dates dates;

    SupervisionRetention(JdbcClient jdbc, Dates dates) {
        this.jdbc = jdbc;
        this.dates = dates;
    }

    private record Row(UUID id, String kind, LocalDate heldOn, String supervisor, String supervisee, LocalDate lastOn) {
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(TYPE);
    }

    @Override
    public List<RetainedRecord> anchoredBy(String recordType, LocalDate anchoredBy) {
        if (!TYPE.equals(recordType)) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where pair.last_on <= :by order by pair.last_on, s.held_on, s.id")
                .param("by", anchoredBy).query(Row.class).list().stream().map(this::retained).toList();
    }

    @Override
    public Optional<RetainedRecord> find(String recordType, UUID id) {
        if (!TYPE.equals(recordType)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(Row.class).optional().map(this::retained);
    }

    @Override
    public void dispose(String recordType, UUID id) {
        if (!TYPE.equals(recordType)) {
            throw new IllegalArgumentException("Not a supervision record: " + recordType);
        }
        jdbc.sql("delete from supervision_action where supervision_id = :id").param("id", id).update();
        jdbc.sql("delete from supervision_child where supervision_id = :id").param("id", id).update();
        jdbc.sql("delete from supervision where id = :id").param("id", id).update();
    }

    private RetainedRecord retained(Row r) {
        String kind = "CASE".equals(r.kind()) ? "Case supervision" : "Reflective supervision";
        return new RetainedRecord(TYPE, r.id(), kind + " of " + r.supervisee() + " by " + r.supervisor() + " on "
                + dates.date(r.heldOn()), r.lastOn(), null);
    }
}

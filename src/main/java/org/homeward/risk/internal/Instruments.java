package org.homeward.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published versions of the instrument. A version never changes once published (the database
 * refuses it), so each is read once and kept.
 */
@Repository
class Instruments {

    private final JdbcClient jdbc;
    private final Map<UUID, Instrument> read = new ConcurrentHashMap<>();

    Instruments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force on a day: the latest to take effect on or before it. */
    Optional<Instrument> inForce(LocalDate on) {
        return jdbc.sql("""
                select id from risk_instrument_version where effective_from <= :on
                 order by effective_from desc, version desc limit 1""")
                .param("on", on).query(UUID.class).optional().map(this::byId);
    }

    Instrument byId(UUID id) {
        return read.computeIfAbsent(id, this::load);
    }

    private Instrument load(UUID id) {
        record Version(UUID id, int version, String title, LocalDate effectiveFrom, int mediumFrom, int highFrom) {
        }
        Version v = jdbc.sql("""
                select id, version, title, effective_from, medium_from, high_from
                  from risk_instrument_version where id = :id""")
                .param("id", id).query(Version.class).single();
        List<Instrument.Factor> factors = jdbc.sql("""
                select code, section, label, guidance, weight, critical from risk_instrument_factor
                 where version_id = :id order by sort_order, code""")
                .param("id", id).query(Instrument.Factor.class).list();
        return new Instrument(v.id(), v.version(), v.title(), v.effectiveFrom(), v.mediumFrom(), v.highFrom(), factors);
    }

    /** One published version in brief, for the list of versions. */
    public record Published(UUID id, int version, String title, LocalDate effectiveFrom, String changeNote,
                     Instant publishedAt, String publishedBy) {
    }

    /** Every published version, latest first. */
    List<Published> published() {
        return jdbc.sql("""
                select id, version, title, effective_from, change_note, published_at, published_by
                  from risk_instrument_version order by effective_from desc, version desc""")
                .query(Published.class).list();
    }
}

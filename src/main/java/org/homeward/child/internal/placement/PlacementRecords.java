package org.homeward.child.internal.placement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.PlacementEnded;
import org.homeward.child.PlacementStarted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class PlacementRecords {

    record NewPlacement(UUID childId, String type, String providerName, String address, String postcode,
                        UUID placingAuthorityId, UUID hostAuthorityId, UUID hostPoliceForceId, LocalDate start,
                        UUID providerAgencyId, boolean addressWithheld) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PlacementRecords(JdbcClient jdbc, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The placement this one would overlap, if any: a child is in one placement at a time. */
    Optional<LocalDate> overlapping(UUID childId, LocalDate start, UUID except) {
        return jdbc.sql("""
                select start_date from placement
                 where child_id = :child and (end_date is null or end_date >= :start) and id <> :except
                 order by start_date desc limit 1""")
                .param("child", childId).param("start", start).param("except", except == null ? new UUID(0, 0) : except)
                .query(LocalDate.class).optional();
    }

    @Transactional
    UUID add(NewPlacement p, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into placement (id, child_id, placement_type, provider_name, address, postcode,
                                       placing_authority_id, host_authority_id, host_police_force_id, start_date,
                                       provider_agency_id, address_withheld, created_at, version)
                values (:id, :child, :type, :provider, :address, :postcode, :placing, :host, :force, :start,
                        :providerAgency, :withheld, :now, 0)""")
                .param("id", id).param("child", p.childId()).param("type", p.type())
                .param("provider", p.providerName()).param("address", p.address()).param("postcode", p.postcode())
                .param("placing", p.placingAuthorityId()).param("host", p.hostAuthorityId())
                .param("force", p.hostPoliceForceId()).param("start", p.start())
                .param("providerAgency", p.providerAgencyId()).param("withheld", p.addressWithheld())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditAction.CREATE, new AuditTrail.Subject("placement", id, p.childId()),
                List.of("Placement type", "Provider", "Care provider", "Address", "Address withheld", "Placing authority",
                        "Host authority", "Host police force", "Start date"), null);
        events.publishEvent(new PlacementStarted(id, p.childId(), p.placingAuthorityId(), p.hostAuthorityId(),
                p.hostPoliceForceId(), p.start(), by));
        return id;
    }

    @Transactional
    boolean end(UUID id, UUID childId, LocalDate end, UUID by) {
        int updated = jdbc.sql("""
                update placement set end_date = :end, version = version + 1
                 where id = :id and end_date is null and start_date <= :end""")
                .param("id", id).param("end", end).update();
        if (updated == 1) {
            audit.record(AuditAction.CHANGE, new AuditTrail.Subject("placement", id, childId), List.of("End date"), null);
            events.publishEvent(jdbc.sql("select placing_authority_id, host_authority_id from placement where id = :id")
                    .param("id", id).query((rs, n) -> new PlacementEnded(id, childId, rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class), end, by)).single());
        }
        return updated == 1;
    }

    @Transactional
    void viewed(UUID childId) {
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("placements", null, childId), List.of(), null);
    }
}

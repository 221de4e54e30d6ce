package org.homeward.crossborder.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Placements out of the placing authority's area, with the details of their notice to the host,
 * and the host's register of children placed into its area (DOMAIN.md XB-01, XB-02).
 */
@Component
class PlacementNotices {

    /**
     * An out-of-area placement as the notice form and the register show it. Whether the host was told
     * and acknowledged comes from the notices themselves: the host authority's own, and the others
     * ({@code othersAwaiting}: the host area's agencies in Homeward that have not acknowledged theirs).
     */
    public record PlacedIn(UUID placementId, UUID childId, String childName, UUID placingAuthorityId,
                           String placingAuthority, UUID hostAuthorityId, String hostAuthority, String providerName,
                           LocalDate startDate, LocalDate endDate, String placingContact, String iroContact,
                           String ehcPlan, String maintainingAuthority, Instant notifiedAt, long noticesWaiting,
                           Instant hostSentAt, Instant hostAcknowledgedAt, String othersAwaiting,
                           boolean dischargeNotified) {

        public boolean current() {
            return endDate == null;
        }

        public String notificationStatus() {
            if (hostSentAt == null) {
                return "Host not yet told";
            }
            if (noticesWaiting > 0) {
                return noticesWaiting + (noticesWaiting == 1 ? " notice" : " notices") + " to send by hand";
            }
            if (hostAcknowledgedAt == null) {
                return "Awaiting acknowledgement";
            }
            return othersAwaiting == null ? "Acknowledged"
                    : "Acknowledged by the host authority; awaiting " + othersAwaiting;
        }
    }

    private static final String SELECT = """
            select x.placement_id, x.child_id, c.given_names || ' ' || c.family_name as child_name,
                   x.placing_authority_id, pa.name as placing_authority, x.host_authority_id, ha.name as host_authority,
                   p.provider_name, p.start_date, p.end_date, x.placing_contact, x.iro_contact, x.ehc_plan,
                   x.maintaining_authority, x.notified_at,
                   (select count(*) from crossborder_notice n where n.placement_id = x.placement_id
                       and n.kind = 'PLACEMENT' and n.sent_at is null) as notices_waiting,
                   h.sent_at as host_sent_at, h.acknowledged_at as host_acknowledged_at,
                   (select string_agg(lower(n.recipient), ', ' order by n.recipient) from crossborder_notice n
                     where n.placement_id = x.placement_id and n.kind = 'PLACEMENT' and n.recipient <> 'HOST_AUTHORITY'
                       and n.sent_at is not null and not n.by_hand and n.acknowledged_at is null) as others_awaiting,
                   exists (select 1 from crossborder_notice n where n.placement_id = x.placement_id
                       and n.kind = 'DISCHARGE') as discharge_notified
              from crossborder_placement x join placement p on p.id = x.placement_id
              join child c on c.id = x.child_id
              join agency pa on pa.id = x.placing_authority_id join agency ha on ha.id = x.host_authority_id
              left join crossborder_notice h on h.placement_id = x.placement_id and h.kind = 'PLACEMENT'
                                           and h.recipient = 'HOST_AUTHORITY'
            """;

    private final JdbcClient jdbc;

    PlacementNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean add(UUID placementId, UUID childId, UUID placing, UUID host, Instant now) {
        return jdbc.sql("""
                insert into crossborder_placement (placement_id, child_id, placing_authority_id, host_authority_id, created_at)
                values (:p, :c, :placing, :host, :now) on conflict (placement_id) do nothing""")
                .param("p", placementId).param("c", childId).param("placing", placing).param("host", host)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** Records the notice's details and that the host was told; false when it had been already. */
    boolean notified(UUID placementId, String placingContact, String iroContact, String ehcPlan,
                     String maintainingAuthority, UUID by, Instant now) {
        return jdbc.sql("""
                update crossborder_placement set placing_contact = :pc, iro_contact = :iro, ehc_plan = :ehc,
                       maintaining_authority = :ma, notified_at = :now, notified_by = :by
                 where placement_id = :p and notified_at is null""")
                .param("pc", placingContact).param("iro", iroContact).param("ehc", ehcPlan)
                .param("ma", maintainingAuthority).param("now", Timestamp.from(now)).param("by", by)
                .param("p", placementId).update() == 1;
    }

    Optional<PlacedIn> find(UUID placementId) {
        return jdbc.sql(SELECT + " where x.placement_id = :p").param("p", placementId).query(PlacedIn.class).optional();
    }

    /** Children placed into this authority's area by others: current first, then by admission, latest first. */
    List<PlacedIn> placedInto(UUID hostAuthorityId) {
        return jdbc.sql(SELECT + """
                 where x.host_authority_id = :h order by p.end_date is not null, p.start_date desc, child_name""")
                .param("h", hostAuthorityId).query(PlacedIn.class).list();
    }

    /** Out-of-area placements whose host has not been told (the notice's details are still to be given). */
    List<PlacedIn> unnotified(UUID agencyId) {
        return jdbc.sql(SELECT + """
                 where x.notified_at is null and (cast(:a as uuid) is null or :a in (x.placing_authority_id, x.host_authority_id))
                 order by p.start_date""")
                .param("a", agencyId).query(PlacedIn.class).list();
    }
}

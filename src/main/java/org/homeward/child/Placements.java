package org.homeward.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where a child lives or lived, for other modules (an episode is from a placement). */
@Component
public class Placements {

    static final String SELECT = """
            select p.id, p.child_id, coalesce(v.label, p.placement_type) as type, p.provider_name, p.address,
                   p.placing_authority_id, pa.name as placing_authority, p.host_authority_id, ha.name as host_authority,
                   p.host_police_force_id, hf.name as host_police_force, p.start_date, p.end_date,
                   p.address_withheld
              from placement p
              join agency pa on pa.id = p.placing_authority_id
              join agency ha on ha.id = p.host_authority_id
              left join agency hf on hf.id = p.host_police_force_id
              left join (select distinct on (code) code, label from vocabulary_term
                          where vocabulary = 'placement-type' order by code, effective_from desc) v
                     on v.code = p.placement_type
            """;

    private final JdbcClient jdbc;

    Placements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlacementSummary> on(UUID childId, LocalDate date) {
        return jdbc.sql(SELECT + """
                 where p.child_id = :child and p.start_date <= :d and (p.end_date is null or p.end_date >= :d)""")
                .param("child", childId).param("d", date)
                .query(PlacementSummary.class).optional();
    }

    public Optional<PlacementSummary> byId(UUID id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(PlacementSummary.class).optional();
    }

    public List<PlacementSummary> history(UUID childId) {
        return jdbc.sql(SELECT + " where p.child_id = :child order by p.start_date desc")
                .param("child", childId).query(PlacementSummary.class).list();
    }
}

package org.homeward.crossborder.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The education and health agencies serving each local authority's area, as far as Homeward knows them. */
@Component
class AreaAgencies {

    static final List<String> KINDS = List.of("EDUCATION", "HEALTH");

    /** A local authority with the agencies serving its area (null: none in Homeward). */
    public record Area(UUID authorityId, String authority, UUID educationId, UUID healthId) {
    }

    private final JdbcClient jdbc;

    AreaAgencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agency of this kind (EDUCATION or HEALTH) serving the authority's area; empty when Homeward has none. */
    Optional<Directory.Option> serving(UUID authorityId, String kind) {
        return jdbc.sql("""
                select a.id, a.name from crossborder_area_agency s join agency a on a.id = s.agency_id
                 where s.authority_id = :la and s.kind = :kind""")
                .param("la", authorityId).param("kind", kind).query(Directory.Option.class).optional();
    }

    List<Area> areas() {
        return jdbc.sql("""
                select la.id as authority_id, la.name as authority,
                       (select agency_id from crossborder_area_agency where authority_id = la.id and kind = 'EDUCATION') as education_id,
                       (select agency_id from crossborder_area_agency where authority_id = la.id and kind = 'HEALTH') as health_id
                  from agency la where la.kind = 'LOCAL_AUTHORITY' order by la.name""").query(Area.class).list();
    }

    /** Agencies of a kind that can serve an area. */
    List<Directory.Option> agencies(String kind) {
        return jdbc.sql("select id, name from agency where kind = :kind order by name").param("kind", kind)
                .query(Directory.Option.class).list();
    }

    /** Sets or (agency null) clears who serves the area. */
    void set(UUID authorityId, String kind, UUID agencyId) {
        if (agencyId == null) {
            jdbc.sql("delete from crossborder_area_agency where authority_id = :la and kind = :kind")
                    .param("la", authorityId).param("kind", kind).update();
            return;
        }
        jdbc.sql("""
                insert into crossborder_area_agency (authority_id, kind, agency_id) values (:la, :kind, :a)
                on conflict (authority_id, kind) do update set agency_id = excluded.agency_id""")
                .param("la", authorityId).param("kind", kind).param("a", agencyId).update();
    }
}

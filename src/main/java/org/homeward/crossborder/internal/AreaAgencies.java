package org.homeward.crossborder.internal;

import java.util.Optional;
import java.util.UUID;
import org.homeward.access.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The education and health agencies serving a local authority's area, as far as Homeward knows them. */
@Component
class AreaAgencies {

    private final JdbcClient jdbc;

    AreaAgencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agency of this kind (EDUCATION or HEALTH) serving the authority's area; empty when Homeward has none. */
    Optional<Directory.Option> serving(UUID authorityId, String kind) {
        return jdbc.sql("""
                select a.id, a.name from crossborder_area_agency s join agency a on a.id = s.agency_id
                 where s.authority_id = :la and a.kind = :kind order by a.name limit 1""")
                .param("la", authorityId).param("kind", kind).query(Directory.Option.class).optional();
    }
}

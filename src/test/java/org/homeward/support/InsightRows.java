package org.homeward.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Children, placements, episodes and gradings written straight to the tables, for insight's hand counts. */
public final class InsightRows {

    private InsightRows() {
    }

    public static UUID child(JdbcClient jdbc, String born, String sex, String ethnicity, String legalStatus,
                             UUID authority) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into child (id, given_names, family_name, date_of_birth, sex, ethnicity, legal_status,
                                   responsible_authority_id, created_at, updated_at, version)
                values (:id, 'Figure', 'Child', cast(:born as date), :sex, :ethnicity, :legal, :authority, now(), now(), 0)""")
                .param("id", id).param("born", born).param("sex", sex).param("ethnicity", ethnicity)
                .param("legal", legalStatus).param("authority", authority).update();
        return id;
    }

    public static UUID placement(JdbcClient jdbc, UUID child, UUID placing, UUID host) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into placement (id, child_id, placement_type, provider_name, placing_authority_id,
                                       host_authority_id, start_date, created_at, version)
                values (:id, :child, 'CHILDRENS_HOME', 'Figures Home', :placing, :host, date '2023-01-01', now(), 0)""")
                .param("id", id).param("child", child).param("placing", placing).param("host", host).update();
        return id;
    }

    /** {@code located} null: still missing. */
    public static UUID episode(JdbcClient jdbc, UUID child, UUID placement, String category, String lastSeen,
                               String located) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into episode (id, child_id, category, missing_from, placement_id, last_seen_at, last_seen_place,
                                     located_at, created_at, updated_at, version)
                values (:id, :child, :category, :from, :placement, :seen, 'Town centre', :located, now(), now(), 0)""")
                .param("id", id).param("child", child).param("category", category)
                .param("from", placement == null ? "HOME" : "PLACEMENT").param("placement", placement)
                .param("seen", Timestamp.from(Instant.parse(lastSeen)))
                .param("located", located == null ? null : Timestamp.from(Instant.parse(located))).update();
        return id;
    }

    public static void grade(JdbcClient jdbc, UUID episode, String classification, String risk) {
        jdbc.sql("""
                insert into episode_grading (id, episode_id, classification, risk_level, rationale, graded_at, graded_by_name)
                values (gen_random_uuid(), :e, :c, :r, 'Test', clock_timestamp(), 'Test officer')""")
                .param("e", episode).param("c", classification).param("r", risk).update();
    }
}
